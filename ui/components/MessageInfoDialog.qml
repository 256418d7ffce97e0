pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Message info" for one message of ours: its first line, when it was sent, and how far it got:
// in a private group who has read it and who not yet (live), in a one-to-one chat the delivery
// state, in a channel only the time.
Dialog {
    id: dialog
    objectName: "messageInfoDialog"

    required property AccountSession session
    // A double, not an alias: Qt 6.4's qmllint cannot type an alias to a qint64; ids fit in 2^53.
    property double messageId: 0
    readonly property bool dark: Material.theme === Material.Dark

    parent: Overlay.overlay
    anchors.centerIn: parent
    title: qsTr("Message info")
    modal: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    standardButtons: Dialog.Close
    onOpened: readers.forceActiveFocus()

    MessageInfoModel {
        id: info
        objectName: "messageInfoModel"
        session: dialog.session
        messageId: dialog.messageId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "messageInfoPreview"
            Layout.fillWidth: true
            text: info.preview
            textFormat: Text.PlainText
            elide: Text.ElideRight
            maximumLineCount: 1
            font.italic: true
        }
        Label {
            objectName: "messageInfoSent"
            Layout.fillWidth: true
            visible: info.sentText !== ""
            text: qsTr("Sent %1").arg(info.sentText)
            textFormat: Text.PlainText
            color: Theme.secondaryText(dialog.dark)
        }
        Label {
            objectName: "messageInfoState"
            Layout.fillWidth: true
            visible: info.stateText !== ""
            text: info.stateText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
        // Edited: what it said before, oldest first.
        Label {
            objectName: "messageInfoVersionsHeading"
            Layout.fillWidth: true
            visible: info.earlierVersions.length > 0
            text: qsTr("Edited. Earlier versions:")
            font.bold: true
        }
        Repeater {
            model: info.earlierVersions
            delegate: Label {
                required property string modelData
                objectName: "messageInfoVersion"
                Layout.fillWidth: true
                text: modelData
                textFormat: Text.PlainText // the sender's words, untrusted
                elide: Text.ElideRight
                maximumLineCount: 1
                color: Theme.secondaryText(dialog.dark)
                Accessible.name: text
            }
        }
        Label {
            objectName: "messageInfoReadBy"
            Layout.fillWidth: true
            visible: info.showsReaders
            text: info.readByText
            textFormat: Text.PlainText
            font.bold: true
            Accessible.name: text
        }

        ListView {
            id: readers
            objectName: "messageInfoReaders"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            visible: info.showsReaders && count > 0
            clip: true
            model: info
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
            Accessible.role: Accessible.List
            Accessible.name: info.readByText
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string name
                required property string initials
                required property color tint
                required property url avatar
                required property string readAtText
                required property string accessibleName
                required property string heading
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && readers.activeFocus
                Accessible.name: accessibleName
                // The first reader's row and the first other's carry their group's heading.
                topInset: headingLabel.visible ? headingLabel.height : 0
                topPadding: topInset + Theme.spacing / 2
                Label {
                    id: headingLabel
                    objectName: "messageInfoHeading"
                    visible: row.heading !== ""
                    width: row.width
                    leftPadding: row.leftPadding
                    topPadding: Theme.spacing / 2
                    bottomPadding: Theme.spacing / 4
                    text: row.heading
                    color: Theme.secondaryText(dialog.dark)
                    font.bold: true
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: row.avatar
                        initials: row.initials
                        tint: row.tint
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        maximumLineCount: 1
                    }
                    Label {
                        visible: row.readAtText !== ""
                        text: row.readAtText
                        textFormat: Text.PlainText
                        color: Theme.secondaryText(dialog.dark)
                    }
                }
            }
        }
    }
}
