pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The chat's pictures over the whole window: fit to the window or zoomed (wheel, + and -, a
// double click toggles fit and 100%), panned by dragging, stepped through with the arrow keys
// or buttons (right is newer), saved elsewhere or opened in the system's viewer. Esc closes.
Popup {
    id: viewer
    objectName: "imageViewer"

    required property AccountSession session
    required property string peer
    // 0 fits the picture into the window; otherwise the scale of the shown picture.
    property real zoom: 0
    // The row of SharedMediaModel shown; rows are newest first, so "newer" is a lower row.
    property int row: -1
    readonly property ViewerPage current: row >= 0 && row < pages.count ? pages.itemAt(row) : null

    function show(messageId) {
        pictures.find(messageId)
        open()
    }
    function step(by: int) {
        row = Math.max(0, Math.min(pages.count - 1, row + by))
    }
    function zoomBy(factor: real) {
        zoom = Math.max(0.05, Math.min(8, (zoom > 0 ? zoom : (current ? current.fitScale : 1)) * factor))
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    Material.theme: Material.Dark
    background: Rectangle {
        objectName: "viewerBackground"
        color: "#0b141a"
    }

    SharedMediaModel {
        id: pictures
        session: viewer.session
        peer: viewer.peer
        imagesOnly: true
        onFound: (messageId, row) => viewer.row = Math.max(0, row)
    }

    onRowChanged: {
        zoom = 0
        if (row >= pages.count - 3)
            pictures.fetchOlder()
    }

    SaveFileDialog {
        id: saveDialog
        onSaveTo: (id, target) => pictures.saveAs(id, target)
    }

    Shortcut {
        sequences: ["+", "="]
        enabled: viewer.visible
        onActivated: viewer.zoomBy(1.25)
    }
    Shortcut {
        sequence: "-"
        enabled: viewer.visible
        onActivated: viewer.zoomBy(0.8)
    }
    Shortcut {
        sequence: "0"
        enabled: viewer.visible
        onActivated: viewer.zoom = 0
    }

    contentItem: Item {
        // Every loaded row has a page, but only the shown one loads its picture: no positioning
        // of a list to go wrong while the window and the rows change size.
        Item {
            id: stage
            objectName: "viewerStage"
            anchors.fill: parent
            anchors.topMargin: bar.height
            clip: true
            focus: true
            Keys.onLeftPressed: viewer.step(1)
            Keys.onRightPressed: viewer.step(-1)

            Repeater {
                id: pages
                model: pictures
                delegate: ViewerPage {
                    width: stage.width
                    height: stage.height
                    active: index === viewer.row
                    zoom: active ? viewer.zoom : 0
                    onZoomRequested: factor => viewer.zoomBy(factor)
                    onFitToggled: viewer.zoom = viewer.zoom > 0 ? 0 : 1
                    onDownloadClicked: id => pictures.download(id)
                    onCancelClicked: id => pictures.cancelTransfer(id)
                }
            }
        }

        RoundButton {
            objectName: "viewerOlder"
            anchors.left: parent.left
            anchors.verticalCenter: stage.verticalCenter
            anchors.margins: Theme.spacing
            visible: viewer.row < pages.count - 1
            text: "‹"
            font.pixelSize: 26
            onClicked: viewer.step(1)
            Accessible.name: qsTr("Older picture")
        }
        RoundButton {
            objectName: "viewerNewer"
            anchors.right: parent.right
            anchors.verticalCenter: stage.verticalCenter
            anchors.margins: Theme.spacing
            visible: viewer.row > 0
            text: "›"
            font.pixelSize: 26
            onClicked: viewer.step(-1)
            Accessible.name: qsTr("Newer picture")
        }

        ToolBar {
            id: bar
            anchors.left: parent.left
            anchors.right: parent.right
            Material.background: "transparent"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                Label {
                    objectName: "viewerTitle"
                    text: viewer.current ? viewer.current.fileName : ""
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "viewerZoom"
                    visible: viewer.current !== null && viewer.current.ready
                    text: visible ? qsTr("%1%").arg(Math.round(100 * viewer.current.shownScale)) : ""
                    color: Theme.secondaryText(true)
                }
                ToolButton {
                    objectName: "viewerSave"
                    text: qsTr("Save as…")
                    enabled: viewer.current !== null && viewer.current.ready
                    onClicked: saveDialog.ask(viewer.current.attachmentId, viewer.current.fileName)
                }
                ToolButton {
                    objectName: "viewerOpen"
                    text: qsTr("Open")
                    enabled: viewer.current !== null && viewer.current.ready
                    onClicked: pictures.openExternally(viewer.current.attachmentId)
                }
                ToolButton {
                    objectName: "viewerClose"
                    text: "✕"
                    onClicked: viewer.close()
                    Accessible.name: qsTr("Close")
                }
            }
        }
    }
}
