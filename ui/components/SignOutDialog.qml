import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Natter.Models
import Natter.Ui

// Asks before signing out: it deletes the saved password, which the person may not know by heart.
Dialog {
    id: dialog
    objectName: "signOutDialog"

    required property AccountSession session

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 32 : 440)
    modal: true
    title: qsTr("Sign out?")
    // The safe answer has the focus: Enter or Space alone must not forget the password.
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)
    onAccepted: session.signOut()

    Label {
        text: qsTr("Natter forgets the password of %1 on this computer, and you need it to sign in again. Your messages stay here.").arg(dialog.session.jid)
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        width: parent.width
    }

    footer: DialogButtonBox {
        Button {
            objectName: "signOutConfirm"
            text: qsTr("Sign out")
            flat: true
            Material.foreground: Theme.danger
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            id: cancelButton
            objectName: "signOutCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
