pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One file in the attachment tray. Images preview from a small, asynchronously decoded copy;
// other files show an icon for their kind.
ItemDelegate {
    id: entry
    objectName: "attachmentEntry"

    required property int index
    required property string fileName
    required property string sizeText
    required property int mediaKind
    required property url previewUrl
    required property string caption
    required property string error
    property bool dark: false

    signal removeRequested(int row)
    signal captionEdited(int row, string text)
    signal sendRequested()
    signal clearRequested()

    height: 64
    padding: 4
    hoverEnabled: false
    down: false

    contentItem: RowLayout {
        spacing: 8

        Rectangle {
            implicitWidth: 56
            implicitHeight: 56
            radius: 6
            color: entry.dark ? "#2a3942" : "#dfe5e7"
            clip: true
            Image {
                id: preview
                objectName: "attachmentPreview"
                anchors.fill: parent
                visible: status === Image.Ready
                source: entry.previewUrl
                asynchronous: true
                // Decoded small (twice the shown size for high-DPI), never the full photo.
                sourceSize.width: 112
                sourceSize.height: 112
                fillMode: Image.PreserveAspectCrop
            }
            Label {
                objectName: "attachmentIcon"
                anchors.centerIn: parent
                // Also while the preview loads, or when the "image" does not decode.
                visible: preview.status !== Image.Ready
                // MediaKind order: Image, Video, Audio, Document.
                text: ["🖼", "🎬", "🎵", "📄"][entry.mediaKind] ?? "📄"
                font.family: Format.emojiFontFamily
                font.pixelSize: 26
            }
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Label {
                objectName: "attachmentName"
                text: entry.fileName
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                objectName: "attachmentDetail"
                text: entry.error !== "" ? entry.error : entry.sizeText
                color: entry.error !== "" ? Theme.danger : Theme.secondaryText(entry.dark)
                font.pixelSize: 12
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                ToolTip.visible: entry.error !== "" && detailHover.hovered
                ToolTip.text: entry.error
                HoverHandler {
                    id: detailHover
                }
            }
        }

        TextField {
            objectName: "attachmentCaption"
            text: entry.caption
            enabled: entry.error === ""
            placeholderText: qsTr("Add a caption")
            selectByMouse: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            onTextEdited: entry.captionEdited(entry.index, text)
            Keys.onReturnPressed: entry.sendRequested()
            Keys.onEnterPressed: entry.sendRequested()
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
            Keys.onEscapePressed: entry.clearRequested()
            Accessible.name: qsTr("Caption for %1").arg(entry.fileName)
        }

        ToolButton {
            objectName: "removeAttachmentButton"
            text: "✕"
            onClicked: entry.removeRequested(entry.index)
            Accessible.name: qsTr("Remove %1").arg(entry.fileName)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Remove")
        }
    }
}
