pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The files waiting above the composer: a preview or a type icon, name and size, a caption
// each, and why a file cannot be sent. Enter in a caption sends all, Esc empties the tray.
Pane {
    id: tray
    objectName: "attachmentTray"

    required property AttachmentDraftModel model
    readonly property bool dark: Material.theme === Material.Dark

    signal sendRequested()

    padding: 4
    Material.elevation: 0
    background: Rectangle {
        color: tray.dark ? "#1f2c34" : "#f0f2f5"
        radius: 8
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "attachmentTrayTitle"
                text: tray.model.count === 1 ? qsTr("1 file to send")
                                             : qsTr("%1 files to send").arg(tray.model.count)
                font.bold: true
                Layout.fillWidth: true
                leftPadding: 4
            }
            CheckBox {
                objectName: "compressImagesCheck"
                text: qsTr("Send images compressed")
                checked: tray.model.compressImages
                onToggled: tray.model.compressImages = checked
            }
            ToolButton {
                objectName: "clearAttachmentsButton"
                text: qsTr("Clear")
                onClicked: tray.model.clear()
                Accessible.name: qsTr("Remove all files")
            }
        }

        Label {
            objectName: "attachmentTrayNotice"
            visible: text !== ""
            text: tray.model.notice
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "attachmentList"
            Accessible.name: qsTr("Files to send")
            model: tray.model
            clip: true
            spacing: 2
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            // Up to three rows show at once; more scroll.
            Layout.preferredHeight: Math.min(contentHeight, 3 * 64 + 4)
            ScrollBar.vertical: ScrollBar {}
            delegate: AttachmentTrayEntry {
                width: ListView.view.width
                dark: tray.dark
                onRemoveRequested: row => tray.model.remove(row)
                onCaptionEdited: (row, text) => tray.model.setCaption(row, text)
                onSendRequested: tray.sendRequested()
                onClearRequested: tray.model.clear()
            }
        }
    }
}
