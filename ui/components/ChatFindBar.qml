import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Find in the open chat (Ctrl+F): the words typed, "3 of 17", and the way to the next match
// (older: Enter or Down) and the previous one (newer: Shift+Enter or Up). Esc closes it.
Pane {
    id: bar
    objectName: "chatFindBar"

    required property ChatFinder finder
    property bool dark: false
    readonly property string text: field.text

    signal closed()

    function start() {
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function close() {
        if (!visible)
            return
        visible = false
        field.text = ""
        bar.closed()
    }

    visible: false
    padding: Theme.spacing / 2
    Material.elevation: 2
    background: Rectangle {
        color: bar.dark ? "#202c33" : "#ffffff"
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        TextField {
            id: field
            objectName: "chatFindField"
            placeholderText: qsTr("Find in this chat")
            Accessible.name: qsTr("Find in this chat")
            selectByMouse: true
            Layout.fillWidth: true
            Keys.onReturnPressed: event => event.modifiers & Qt.ShiftModifier ? bar.finder.previous() : bar.finder.next()
            Keys.onEnterPressed: event => event.modifiers & Qt.ShiftModifier ? bar.finder.previous() : bar.finder.next()
            Keys.onDownPressed: bar.finder.next()
            Keys.onUpPressed: bar.finder.previous()
            Keys.onEscapePressed: bar.close()
            // Esc closes the find bar, not the chat (MainPage's shortcut).
            Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
        }
        Label {
            objectName: "chatFindPosition"
            visible: field.text.trim() !== ""
            text: bar.finder.searching && bar.finder.count === 0 ? qsTr("Searching…") : bar.finder.count === 0 ? qsTr("No matches") : qsTr("%1 of %2").arg(bar.finder.current).arg(bar.finder.count)
            color: Theme.secondaryText(bar.dark)
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ToolButton {
            objectName: "findPreviousButton"
            text: "▲"
            enabled: bar.finder.count > 1
            focusPolicy: Qt.NoFocus
            onClicked: bar.finder.previous()
            Accessible.name: qsTr("Previous match (newer)")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "findNextButton"
            text: "▼"
            enabled: bar.finder.count > 1
            focusPolicy: Qt.NoFocus
            onClicked: bar.finder.next()
            Accessible.name: qsTr("Next match (older)")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
        ToolButton {
            objectName: "findCloseButton"
            text: "✕"
            focusPolicy: Qt.NoFocus
            onClicked: bar.close()
            Accessible.name: qsTr("Close find")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
    }
}
