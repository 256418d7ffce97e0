import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Where a file is on its way, and the one thing the person can do about it: download it (with
// its size), cancel a running transfer (with its progress), or retry a failed one (with why it
// failed). Nothing shows once the file is here. On a picture it sits on dark pills.
ColumnLayout {
    id: overlay

    required property int transferState
    required property real transferProgress // 0..1, or -1 when unknown
    required property string transferError
    property string sizeText: ""
    property bool overMedia: false
    // Off where the caller words the error itself (a document card, under its row).
    property bool showText: true
    property bool dark: false
    readonly property bool running: transferState === Natter.Downloading || transferState === Natter.Uploading
    readonly property bool failed: transferState === Natter.DownloadFailed || transferState === Natter.UploadFailed
    readonly property color textColor: overMedia ? "white" : Theme.secondaryText(dark)

    signal downloadClicked
    signal cancelClicked
    signal retryClicked

    visible: transferState !== Natter.Ready
    spacing: 4

    RoundButton {
        objectName: overlay.running ? "cancelTransferButton" : overlay.failed ? "retryTransferButton" : "downloadButton"
        text: overlay.running ? "✕" : overlay.failed ? "↻" : "↓"
        font.pixelSize: 20
        highlighted: !overlay.overMedia
        Material.background: overlay.overMedia ? Qt.rgba(0, 0, 0, 0.55) : Theme.accent
        Material.foreground: "white"
        Layout.alignment: Qt.AlignHCenter
        onClicked: overlay.running ? overlay.cancelClicked() : overlay.failed ? overlay.retryClicked() : overlay.downloadClicked()
        Accessible.name: overlay.running ? qsTr("Cancel") : overlay.failed ? qsTr("Try again") : qsTr("Download")
    }

    ProgressBar {
        objectName: "transferProgress"
        visible: overlay.running
        from: 0
        to: 1
        value: Math.max(0, overlay.transferProgress)
        indeterminate: overlay.transferProgress < 0
        Layout.preferredWidth: 96
        Layout.alignment: Qt.AlignHCenter
    }

    Label {
        objectName: overlay.failed ? "transferError" : "transferSize"
        visible: overlay.showText && text !== ""
        text: overlay.failed ? (overlay.transferError !== "" ? overlay.transferError : qsTr("The transfer failed.")) : overlay.running ? "" : overlay.sizeText
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: 12
        color: overlay.failed && !overlay.overMedia ? Theme.danger : overlay.textColor
        padding: overlay.overMedia ? 4 : 0
        leftPadding: overlay.overMedia ? 8 : 0
        rightPadding: overlay.overMedia ? 8 : 0
        Layout.maximumWidth: 220
        Layout.alignment: Qt.AlignHCenter
        background: Rectangle {
            visible: overlay.overMedia
            radius: 10
            color: Qt.rgba(0, 0, 0, 0.55)
        }
    }
}
