import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Natter.Ui

// Asks before deleting a message: for me (this computer only), or for everyone (ours, within
// the time allowed). (Removing anyone's message as a group's moderator needs XEP-0425 in the
// room, which ejabberd 23.01 does not offer.)
Dialog {
    id: dialog
    objectName: "deleteMessageDialog"

    // 0 while the messages chosen together (count of them) are the ones to delete.
    property var messageId: 0
    property int count: 1
    // What the person may do with this message; "offer" narrows it to the one entry chosen.
    property bool canRetract: false
    // "": every choice that applies (the Delete key); "me" or "everyone": that one.
    property string offer: ""

    signal deleteForMe(var messageId)
    signal deleteForEveryone(var messageId)

    function ask(id, retractable, only) {
        messageId = id
        count = 1
        canRetract = retractable
        offer = only
        open()
    }

    function askChosen(n, retractable) {
        messageId = 0
        count = n
        canRetract = retractable
        offer = ""
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 32 : 440)
    modal: true
    title: count > 1 ? qsTr("Delete %n messages?", "", count) : qsTr("Delete message?")
    // The safe answer has the focus: Enter or Space alone must not delete anything.
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: dialog.count > 1
            ? (dialog.canRetract
                ? qsTr("Deleted for everyone, each message shows as \"This message was deleted\" to everyone in the chat, as far as their app supports it. Deleted for you, they go from this computer only.")
                : qsTr("The messages are deleted from this computer. Others still see them."))
            : dialog.offer === "me" || !dialog.canRetract
            ? qsTr("The message is deleted from this computer. Others still see it.")
            : qsTr("Deleted for everyone, the message shows as \"This message was deleted\" to everyone in the chat, as far as their app supports it.")
    }

    footer: DialogButtonBox {
        Button {
            objectName: "deleteForEveryoneButton"
            text: qsTr("Delete for everyone")
            flat: true
            visible: dialog.canRetract && (dialog.offer === "" || dialog.offer === "everyone")
            Material.foreground: Theme.danger
            onClicked: {
                dialog.close()
                dialog.deleteForEveryone(dialog.messageId)
            }
        }
        Button {
            objectName: "deleteForMeButton"
            text: qsTr("Delete for me")
            flat: true
            visible: dialog.offer === "" || dialog.offer === "me"
            Material.foreground: Theme.danger
            onClicked: {
                dialog.close()
                dialog.deleteForMe(dialog.messageId)
            }
        }
        Button {
            id: cancelButton
            objectName: "deleteCancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
