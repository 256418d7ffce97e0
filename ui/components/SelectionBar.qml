import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// In place of the composer while several messages are chosen: how many, and what to do with
// them all at once. Esc in the list or ✕ here lets go of them.
Pane {
    id: bar
    objectName: "selectionBar"

    required property MessageSelection selection
    property bool dark: false

    signal copyRequested()
    signal deleteRequested()
    signal forwardRequested()
    signal starRequested()

    padding: Theme.spacing / 2
    Accessible.role: Accessible.ToolBar
    Accessible.name: countLabel.text
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        ToolButton {
            objectName: "cancelSelectionButton"
            text: "✕"
            font.pixelSize: 16
            onClicked: bar.selection.clear()
            Accessible.name: qsTr("Cancel selection")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        Label {
            id: countLabel
            objectName: "selectionCount"
            text: qsTr("%n selected", "", bar.selection.count)
            font.bold: true
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "copySelectionButton"
            text: qsTr("Copy")
            enabled: bar.selection.hasText
            onClicked: bar.copyRequested()
            Accessible.name: qsTr("Copy the selected messages")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "starSelectionButton"
            text: "★"
            font.pixelSize: 18
            onClicked: bar.starRequested()
            Accessible.name: qsTr("Star or unstar the selected messages")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "forwardSelectionButton"
            text: qsTr("Forward")
            enabled: bar.selection.canForward
            onClicked: bar.forwardRequested()
            Accessible.name: qsTr("Forward the selected messages")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "deleteSelectionButton"
            text: qsTr("Delete")
            Material.foreground: Theme.dangerText(bar.dark)
            onClicked: bar.deleteRequested()
            Accessible.name: qsTr("Delete the selected messages")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
    }
}
