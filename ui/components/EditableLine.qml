import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Ui

// A line of untrusted plain text that those allowed can edit in place: the pencil (or Enter on
// the focused text) opens a field, Enter saves, Esc cancels; the error shows under it.
ColumnLayout {
    id: line

    required property string text
    property string placeholder: ""
    property bool editable: false
    property bool editing: false
    property bool busy: false
    property string errorText: ""
    property int maximumLength: 100
    property int pixelSize: 15
    property bool bold: false
    // A description rather than a title: shown lighter.
    property bool secondary: false
    // What the pencil button and the field are called for a screen reader ("Group name").
    required property string label

    // Whatever announces lineFinished(action, error) when a save ended, and this line's action.
    property QtObject finishedBy: null
    property string action: ""

    signal saveRequested(string text)

    function startEditing() {
        errorText = ""
        field.text = line.text
        editing = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function finishEditing() {
        editing = false
    }

    spacing: 2

    Connections {
        target: line.finishedBy
        ignoreUnknownSignals: true
        function onLineFinished(action: string, error: string) {
            if (action !== line.action)
                return
            line.errorText = error
            if (error === "")
                line.finishEditing()
        }
    }

    RowLayout {
        visible: !line.editing
        Layout.fillWidth: true
        Label {
            objectName: "editableText"
            text: line.text !== "" ? line.text : line.placeholder
            textFormat: Text.PlainText // names and subjects from a room are untrusted
            opacity: line.text === "" ? 0.5 : line.secondary ? 0.75 : 1
            font.pixelSize: line.pixelSize
            font.bold: line.bold
            elide: Text.ElideRight
            maximumLineCount: 1
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "editButton"
            visible: line.editable
            text: "✎"
            onClicked: line.startEditing()
            Accessible.name: qsTr("Edit %1").arg(line.label)
        }
    }
    RowLayout {
        visible: line.editing
        Layout.fillWidth: true
        TextField {
            id: field
            objectName: "editField"
            maximumLength: line.maximumLength
            selectByMouse: true
            enabled: !line.busy
            Accessible.name: line.label
            Layout.fillWidth: true
            onAccepted: line.saveRequested(text)
            Keys.onEscapePressed: line.finishEditing()
        }
        BusyIndicator {
            running: line.busy
            visible: line.busy
            implicitWidth: 28
            implicitHeight: 28
        }
    }
    Label {
        objectName: "editError"
        visible: line.errorText !== ""
        text: line.errorText
        color: Theme.danger
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
}
