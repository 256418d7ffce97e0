pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One field of a server's sign-up form (XEP-0077 or a XEP-0004 data form), drawn by its type.
ColumnLayout {
    id: field

    required property int index
    required property string key
    required property string label
    required property string description
    required property string type
    required property bool required
    required property var options
    required property var value
    required property RegistrationFormModel form

    readonly property bool isLine: type === "text-single" || type === "text-private"
                                   || type === "jid-single" || type === "jid-multi"
    readonly property string title: required ? qsTr("%1 *").arg(label) : label

    objectName: "field_" + key
    spacing: 4

    Label {
        visible: field.type !== "fixed" && field.type !== "boolean"
        text: field.title
        font.bold: true
        Layout.fillWidth: true
    }
    TextField {
        objectName: "input_" + field.key
        visible: field.isLine
        text: field.isLine ? (field.value ?? "") : ""
        echoMode: field.type === "text-private" ? TextInput.Password : TextInput.Normal
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Accessible.name: field.label
        onTextEdited: field.form.setValue(field.index, text)
    }
    TextArea {
        visible: field.type === "text-multi"
        text: field.type === "text-multi" ? (field.value ?? "") : ""
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.preferredHeight: 80
        Accessible.name: field.label
        // Tab moves on instead of typing a tab character, so the field is no trap.
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        onEditingFinished: field.form.setValue(field.index, text)
    }
    CheckBox {
        visible: field.type === "boolean"
        text: field.title
        checked: field.value === true
        Layout.fillWidth: true
        Accessible.name: field.label
        onToggled: field.form.setValue(field.index, checked)
    }
    ComboBox {
        visible: field.type === "list-single"
        model: field.type === "list-single" ? field.options : []
        textRole: "text"
        valueRole: "value"
        currentIndex: indexOfValue(field.value)
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        Layout.fillWidth: true
        Accessible.name: field.label
        onActivated: field.form.setValue(field.index, currentValue)
    }
    Repeater {
        model: field.type === "list-multi" ? field.options : []
        delegate: CheckBox {
            required property var modelData
            text: modelData.text
            checked: (field.value ?? []).includes(modelData.value)
            Accessible.name: text
            onToggled: field.form.setOptionChecked(field.index, modelData.value, checked)
        }
    }
    Label {
        visible: field.type === "fixed"
        text: field.type === "fixed" ? (field.value ?? field.label) : ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: text.length > 0
        text: field.description
        color: field.type === "unsupported" ? Theme.danger : palette.placeholderText
        font.pixelSize: 12
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
