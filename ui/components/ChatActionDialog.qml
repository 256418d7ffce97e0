import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Asks before clearing a chat's messages or deleting the chat, both from this computer only.
// Deleting a group asks whether to leave it too (else its next message brings the chat back).
Dialog {
    id: dialog
    objectName: "chatActionDialog"

    required property AccountSession session
    property var chatId: 0
    property string chatName: ""
    property bool isGroup: false
    // "clear" or "delete".
    property string action: "clear"

    signal done(string action, var chatId)

    function ask(what: string, id, name: string, group: bool) {
        action = what
        chatId = id
        chatName = name
        isGroup = group
        leaveBox.checked = true
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 32 : 460)
    modal: true
    // The name is the contact's or the room's own, untrusted: it goes in a plain text label only.
    title: dialog.action === "clear" ? qsTr("Clear messages?") : dialog.isGroup ? qsTr("Delete group?") : qsTr("Delete chat?")
    // The safe answer has the focus: Enter or Space alone must not delete anything.
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            objectName: "chatActionName"
            Layout.fillWidth: true
            text: dialog.chatName
            textFormat: Text.PlainText
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            objectName: "chatActionText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: dialog.action === "clear" ? qsTr("The messages and their downloaded files are removed from this computer only. The chat stays, and others still see the messages.") : qsTr("The chat, its messages and their downloaded files are removed from this computer only. Others still see the messages; a new message brings the chat back.")
        }
        CheckBox {
            id: leaveBox
            objectName: "leaveGroupBox"
            visible: dialog.action === "delete" && dialog.isGroup
            text: qsTr("Leave the group too")
            checked: true
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "chatActionConfirm"
            text: dialog.action === "clear" ? qsTr("Clear messages") : dialog.isGroup && leaveBox.checked ? qsTr("Leave and delete") : qsTr("Delete chat")
            flat: true
            Material.foreground: Theme.danger
            onClicked: {
                dialog.close()
                if (dialog.action === "clear")
                    dialog.session.chatActions.clear(dialog.chatId)
                else
                    dialog.session.chatActions.remove(dialog.chatId, dialog.isGroup && leaveBox.checked)
                dialog.done(dialog.action, dialog.chatId)
            }
        }
        Button {
            id: cancelButton
            objectName: "chatActionCancel"
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
    }
}
