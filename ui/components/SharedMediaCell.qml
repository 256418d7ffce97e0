pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// One file of the contact page's "Shared media": a picture or a video's poster as a square, any
// other file as a tile with its type and name. The click does the obvious thing: view a
// picture, open another file, or download what is not here yet.
Item {
    id: cell

    required property var messageId
    required property var attachmentId
    required property int mediaKind
    required property string fileName
    required property string fileTypeText
    required property string durationText
    required property string thumbnailUrl
    required property url localUrl
    required property int transferState
    property bool dark: false
    readonly property bool ready: transferState === Natter.Ready && localUrl.toString() !== ""
    // Ours that are still uploading are not fetched; theirs that are not here yet are.
    readonly property bool fetchable: transferState === Natter.Remote || transferState === Natter.DownloadFailed
    readonly property bool visual: mediaKind === Natter.Image || mediaKind === Natter.Video

    signal viewRequested(var messageId)
    signal openRequested(var attachmentId)
    signal downloadRequested(var attachmentId)

    Rectangle {
        id: tile
        anchors.fill: parent
        anchors.margins: 2
        radius: 4
        clip: true
        color: cell.visual ? (cell.dark ? "#2a3942" : "#e9edef") : cell.mediaKind === Natter.Audio ? "#f79c2a" : cell.fileTypeText === "PDF" ? "#e5534b" : "#4f86f7"

        Image {
            objectName: "sharedThumbnail"
            anchors.fill: parent
            visible: cell.visual
            source: cell.mediaKind === Natter.Image && cell.ready ? cell.localUrl : cell.thumbnailUrl
            sourceSize: Qt.size(Math.ceil(width * Screen.devicePixelRatio), Math.ceil(height * Screen.devicePixelRatio))
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            cache: false
        }

        Label {
            visible: cell.mediaKind === Natter.Video
            anchors.centerIn: parent
            text: "▶"
            font.family: Format.textFontFamily
            color: "white"
            font.pixelSize: 22
            style: Text.Outline
            styleColor: Qt.rgba(0, 0, 0, 0.5)
        }

        Column {
            visible: !cell.visual
            anchors.fill: parent
            anchors.margins: 6
            spacing: 4
            Label {
                text: cell.mediaKind === Natter.Audio ? "♪" : cell.fileTypeText
                color: "white"
                font.bold: true
                font.pixelSize: 16
            }
            Label {
                objectName: "sharedFileName"
                width: parent.width
                text: cell.fileName
                textFormat: Text.PlainText
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 3
                elide: Text.ElideRight
                color: "white"
                font.pixelSize: 11
            }
        }

        Label {
            visible: text !== ""
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: 4
            text: cell.fetchable ? "↓" : cell.durationText
            color: "white"
            font.pixelSize: 11
            padding: 2
            leftPadding: 5
            rightPadding: 5
            background: Rectangle {
                radius: 6
                color: Qt.rgba(0, 0, 0, 0.55)
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        enabled: cell.ready || cell.fetchable
        onClicked: cell.fetchable ? cell.downloadRequested(cell.attachmentId) : cell.mediaKind === Natter.Image ? cell.viewRequested(cell.messageId) : cell.openRequested(cell.attachmentId)
    }

    Accessible.role: Accessible.Button
    Accessible.name: cell.fileName
}
