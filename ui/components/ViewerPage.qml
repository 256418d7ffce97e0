pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// One picture of the viewer: fitted or at the viewer's zoom, panned by dragging when larger
// than the window. Decoded off the UI thread and never above 4096 pixels a side, whatever the
// file claims. A picture that is not here yet shows its blurred thumbnail and a download button.
Flickable {
    id: page

    required property var attachmentId
    required property string fileName
    required property string thumbnailUrl
    required property url localUrl
    required property string fileSizeText
    required property int transferState
    required property real transferProgress
    required property string transferError
    required property int index
    // Only the page shown holds its picture.
    property bool active: false
    property real zoom: 0 // 0: fit
    readonly property bool ready: transferState === Natter.Ready && localUrl.toString() !== ""
    readonly property real fitScale: picture.implicitWidth > 0 ? Math.min(1, width / picture.implicitWidth, height / picture.implicitHeight) : 1
    readonly property real shownScale: zoom > 0 ? zoom : fitScale

    signal zoomRequested(real factor)
    signal fitToggled
    signal downloadClicked(var attachmentId)
    signal cancelClicked(var attachmentId)

    visible: active
    contentWidth: Math.max(width, picture.width)
    contentHeight: Math.max(height, picture.height)
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Image {
        objectName: "viewerThumbnail"
        anchors.centerIn: parent
        width: Math.min(page.width, page.height) * 0.6
        height: width
        visible: page.active && !page.ready && page.thumbnailUrl !== ""
        source: visible ? page.thumbnailUrl + "/blur" : ""
        fillMode: Image.PreserveAspectFit
        asynchronous: true
    }

    Image {
        id: picture
        objectName: "viewerImage"
        x: Math.max(0, (page.width - width) / 2)
        y: Math.max(0, (page.height - height) / 2)
        width: implicitWidth * page.shownScale
        height: implicitHeight * page.shownScale
        source: page.active && page.ready ? page.localUrl : ""
        sourceSize: Qt.size(4096, 4096)
        asynchronous: true
        autoTransform: true
        smooth: true
        mipmap: true
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: picture.status === Image.Loading
    }

    TransferOverlay {
        anchors.centerIn: parent
        transferState: page.ready ? Natter.Ready : page.transferState
        transferProgress: page.transferProgress
        transferError: page.transferError
        sizeText: page.fileSizeText
        overMedia: true
        onDownloadClicked: page.downloadClicked(page.attachmentId)
        onCancelClicked: page.cancelClicked(page.attachmentId)
        onRetryClicked: page.downloadClicked(page.attachmentId)
    }

    WheelHandler {
        onWheel: event => page.zoomRequested(event.angleDelta.y > 0 ? 1.25 : 0.8)
    }
    TapHandler {
        onDoubleTapped: page.fitToggled()
    }
}
