import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A file shown as a card: a tile naming its type, the name (elided, never interpreted as
// markup), size, type and (for audio) duration, then what can be done: download, follow or
// cancel the transfer, retry it, or open and save the file once it is here.
Item {
    id: content

    required property int mediaKind
    required property string fileName
    required property string fileSizeText
    required property string fileTypeText
    required property string durationText
    required property int transferState
    required property real transferProgress
    required property string transferError
    property bool dark: false
    readonly property bool ready: transferState === Natter.Ready

    signal downloadClicked
    signal cancelClicked
    signal retryClicked
    signal openClicked
    signal saveClicked

    implicitWidth: 280
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        width: content.width
        spacing: 4

        Rectangle {
            radius: 6
            color: content.dark ? Qt.rgba(0, 0, 0, 0.18) : Qt.rgba(0, 0, 0, 0.05)
            Layout.fillWidth: true
            Layout.preferredHeight: row.implicitHeight + 16

            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: 8
                spacing: 10

                Rectangle {
                    objectName: "documentIcon"
                    radius: 4
                    color: content.mediaKind === Natter.Audio ? "#f79c2a" : content.fileTypeText === "PDF" ? "#e5534b" : "#4f86f7"
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 48
                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 4
                        text: content.mediaKind === Natter.Audio ? "♪" : content.fileTypeText
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        color: "white"
                        font.pixelSize: content.mediaKind === Natter.Audio ? 20 : 10
                        font.bold: true
                    }
                }

                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        objectName: "documentName"
                        text: content.fileName !== "" ? content.fileName : qsTr("File")
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        maximumLineCount: 1
                        color: Theme.bubbleText(content.dark)
                        font.pixelSize: 14
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "documentDetails"
                        text: [content.durationText, content.fileSizeText, content.fileTypeText].filter(s => s !== "").join(" · ")
                        color: Theme.secondaryText(content.dark)
                        font.pixelSize: 12
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }

                TransferOverlay {
                    transferState: content.transferState
                    transferProgress: content.transferProgress
                    transferError: content.transferError
                    showText: false
                    dark: content.dark
                    Layout.alignment: Qt.AlignVCenter
                    onDownloadClicked: content.downloadClicked()
                    onCancelClicked: content.cancelClicked()
                    onRetryClicked: content.retryClicked()
                }
            }
        }

        Label {
            objectName: "transferError"
            visible: content.transferState === Natter.DownloadFailed || content.transferState === Natter.UploadFailed
            text: content.transferError !== "" ? content.transferError : qsTr("The transfer failed.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.danger
            font.pixelSize: 12
            Layout.fillWidth: true
        }

        RowLayout {
            visible: content.ready
            spacing: 0
            Button {
                objectName: "openFileButton"
                text: qsTr("Open")
                flat: true
                onClicked: content.openClicked()
            }
            Button {
                objectName: "saveFileButton"
                text: qsTr("Save as…")
                flat: true
                onClicked: content.saveClicked()
            }
        }
    }
}
