import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Join a group": its address or xmpp: link, the nickname to appear under, and a password for
// the few groups that ask for one.
Dialog {
    id: dialog
    objectName: "joinGroupDialog"

    required property AccountSession session
    property bool busy: false
    property string errorText: ""
    property string prefilled: ""

    signal joined(string peer)

    // Opens with the address filled in, as an xmpp:…?join link asks.
    function ask(address: string) {
        prefilled = address
        open()
    }
    function join() {
        errorText = ""
        busy = true
        session.groups.joinGroup(addressField.text, nickField.text, passwordField.text)
    }

    title: qsTr("Join a group")
    modal: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    closePolicy: busy ? Popup.NoAutoClose : Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onOpened: {
        addressField.text = prefilled
        prefilled = ""
        nickField.text = session.groups.defaultNickname()
        passwordField.text = ""
        errorText = ""
        addressField.text === "" ? addressField.forceActiveFocus() : nickField.forceActiveFocus()
    }

    Connections {
        target: dialog.session.groups
        function onJoinFinished(chatId: int, error: string) {
            if (!dialog.busy)
                return
            dialog.busy = false
            dialog.errorText = error
            if (error === "")
                dialog.finish(chatId)
        }
    }
    function finish(chatId: int) {
        joined(session.groups.roomOf(chatId))
        close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        enabled: !dialog.busy

        Label {
            text: qsTr("Group address or link")
        }
        TextField {
            id: addressField
            objectName: "joinGroupAddress"
            placeholderText: qsTr("e.g. family@groups.example.org")
            Accessible.name: qsTr("Group address or link")
            selectByMouse: true
            Layout.fillWidth: true
            onAccepted: nickField.forceActiveFocus()
        }
        Label {
            text: qsTr("Your nickname in the group")
        }
        TextField {
            id: nickField
            objectName: "joinGroupNick"
            Accessible.name: qsTr("Your nickname in the group")
            maximumLength: 64
            selectByMouse: true
            Layout.fillWidth: true
            onAccepted: if (joinButton.enabled) dialog.join()
        }
        Label {
            text: qsTr("Password (only if the group has one)")
        }
        TextField {
            id: passwordField
            objectName: "joinGroupPassword"
            Accessible.name: qsTr("Group password")
            echoMode: TextInput.Password
            Layout.fillWidth: true
            onAccepted: if (joinButton.enabled) dialog.join()
        }
        RowLayout {
            visible: dialog.busy
            Layout.fillWidth: true
            BusyIndicator {
                running: dialog.busy
                implicitWidth: 32
                implicitHeight: 32
            }
            Label {
                text: qsTr("Joining…")
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "joinGroupError"
            visible: dialog.errorText !== ""
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            enabled: !dialog.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            id: joinButton
            objectName: "joinGroupJoin"
            text: qsTr("Join")
            enabled: addressField.text.trim() !== "" && !dialog.busy
            highlighted: true
            onClicked: dialog.join()
        }
    }
}
