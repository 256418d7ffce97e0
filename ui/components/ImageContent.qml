import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// A photo in a bubble: the blurred thumbnail with size and type until the file is here, then
// the picture itself, decoded off the UI thread at the size it is shown. A click on a
// downloaded picture opens the viewer.
Item {
    id: content

    required property string thumbnailUrl
    required property url localUrl
    required property int mediaWidth
    required property int mediaHeight
    required property string fileSizeText
    required property string fileTypeText
    required property int transferState
    required property real transferProgress
    required property string transferError
    property bool dark: false
    // The largest a picture is shown in a bubble, in logical pixels per edge.
    readonly property int maxSize: 330
    // Unknown dimensions show as 4:3.
    readonly property real aspect: mediaWidth > 0 && mediaHeight > 0 ? mediaWidth / mediaHeight : 4 / 3
    readonly property bool ready: transferState === Natter.Ready && localUrl.toString() !== ""

    signal viewRequested
    signal downloadClicked
    signal cancelClicked
    signal retryClicked

    implicitWidth: Math.round(Math.max(160, Math.min(maxSize, maxSize * aspect)))
    implicitHeight: Math.round(Math.max(90, Math.min(maxSize, implicitWidth / aspect)))

    Rectangle {
        anchors.fill: parent
        radius: 6
        color: content.dark ? "#2a3942" : "#e9edef"
    }

    Image {
        objectName: "mediaThumbnail"
        anchors.fill: parent
        visible: !full.visible
        source: content.thumbnailUrl !== "" ? content.thumbnailUrl + (content.ready ? "" : "/blur") : ""
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        cache: false
    }

    Image {
        id: full
        objectName: "mediaImage"
        anchors.fill: parent
        visible: status === Image.Ready
        // Ours shows while it uploads too: the model gives its local file from the start.
        source: content.localUrl
        sourceSize: Qt.size(Math.ceil(width * Screen.devicePixelRatio), Math.ceil(height * Screen.devicePixelRatio))
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        autoTransform: true
    }

    Label {
        objectName: "mediaTypeBadge"
        visible: !content.ready && text !== ""
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: content.fileTypeText
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

    MouseArea {
        anchors.fill: parent
        enabled: content.ready
        cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: content.viewRequested()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("View picture")
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
