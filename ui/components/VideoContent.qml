import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Natter.Models
import Natter.Ui

// A video in a bubble: its poster frame with the duration and, once downloaded, a play button.
// The player is created only when the person presses play and goes away when playback ends, so
// a timeline of videos at rest holds no players.
Item {
    id: content

    required property string thumbnailUrl
    required property url localUrl
    required property int mediaWidth
    required property int mediaHeight
    required property string durationText
    required property string fileSizeText
    required property int transferState
    required property real transferProgress
    required property string transferError
    property bool dark: false
    readonly property int maxSize: 330
    readonly property real aspect: mediaWidth > 0 && mediaHeight > 0 ? mediaWidth / mediaHeight : 16 / 9
    readonly property bool ready: transferState === Natter.Ready && localUrl.toString() !== ""
    readonly property bool playing: player.active

    signal downloadClicked
    signal cancelClicked
    signal retryClicked

    implicitWidth: Math.round(Math.max(200, Math.min(maxSize, maxSize * aspect)))
    implicitHeight: Math.round(Math.max(110, Math.min(maxSize, implicitWidth / aspect)))

    Rectangle {
        anchors.fill: parent
        radius: 6
        color: "#111b21"
    }

    Image {
        objectName: "videoPoster"
        anchors.fill: parent
        visible: !player.active && source.toString() !== ""
        source: content.thumbnailUrl
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: false
    }

    Loader {
        id: player
        objectName: "videoPlayer"
        anchors.fill: parent
        active: false
        sourceComponent: InlineVideo {
            source: content.localUrl
            onFinished: player.active = false
        }
    }

    RoundButton {
        objectName: "playButton"
        anchors.centerIn: parent
        visible: content.ready && !player.active
        text: "▶"
        font.family: Format.textFontFamily
        font.pixelSize: 22
        Material.background: Qt.rgba(0, 0, 0, 0.55)
        Material.foreground: "white"
        onClicked: player.active = true
        Accessible.name: qsTr("Play video")
    }

    Label {
        objectName: "durationBadge"
        visible: text !== "" && !player.active
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: content.durationText
        color: "white"
        font.pixelSize: 11
        padding: 3
        leftPadding: 6
        rightPadding: 6
        background: Rectangle {
            radius: 8
            color: Qt.rgba(0, 0, 0, 0.55)
        }
    }

    TransferOverlay {
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 16)
        transferState: content.ready ? Natter.Ready : content.transferState
        transferProgress: content.transferProgress
        transferError: content.transferError
        sizeText: content.fileSizeText
        overMedia: true
        onDownloadClicked: content.downloadClicked()
        onCancelClicked: content.cancelClicked()
        onRetryClicked: content.retryClicked()
    }
}
