pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "New chat": pick a contact, or type any address; or start or join a group instead.
Dialog {
    id: dialog
    objectName: "newChatDialog"

    required property AccountSession session

    signal chosen(string peer)
    signal newGroupRequested()
    signal joinGroupRequested()

    title: qsTr("New chat")
    modal: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    standardButtons: Dialog.Cancel
    onOpened: {
        address.text = ""
        address.forceActiveFocus()
    }

    AddressInput {
        id: parsed
        session: dialog.session
        text: address.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        ItemDelegate {
            objectName: "newGroupEntry"
            text: qsTr("New group")
            Accessible.name: qsTr("New group")
            focusPolicy: Qt.StrongFocus
            Layout.fillWidth: true
            onClicked: {
                dialog.close()
                dialog.newGroupRequested()
            }
        }
        ItemDelegate {
            objectName: "joinGroupEntry"
            text: qsTr("Join a group")
            Accessible.name: qsTr("Join a group")
            focusPolicy: Qt.StrongFocus
            Layout.fillWidth: true
            onClicked: {
                dialog.close()
                dialog.joinGroupRequested()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: address
                objectName: "newChatAddress"
                placeholderText: qsTr("Name or address, e.g. alice@example.org")
                Accessible.name: qsTr("Name or address to chat with")
                selectByMouse: true
                Layout.fillWidth: true
                Keys.onDownPressed: contacts.forceActiveFocus()
                onAccepted: if (parsed.valid) dialog.pick(parsed.jid)
            }
            Button {
                objectName: "newChatStart"
                text: qsTr("Chat")
                enabled: parsed.valid
                onClicked: dialog.pick(parsed.jid)
            }
        }
        Label {
            visible: address.text !== "" && !parsed.valid
            text: parsed.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: contacts
            objectName: "newChatContacts"
            clip: true
            Accessible.name: qsTr("Contacts")
            // One Tab stop: the arrows move along the contacts, Enter starts the chat.
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onReturnPressed: dialog.pick(currentItem.jid)
            Keys.onEnterPressed: dialog.pick(currentItem.jid)
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Only while open: a closed dialog holds no rows (and no delegates) at all.
            model: ContactListModel {
                service: dialog.visible ? dialog.session.contacts : null
                filter: address.text.trim()
            }
            delegate: ItemDelegate {
                id: contact
                required property string jid
                required property string name
                required property string initials
                required property color color
                required property url avatar
                required property string presence
                required property string activity
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && contacts.activeFocus
                onClicked: dialog.pick(jid)
                Accessible.name: contact.name + ", " + contact.jid
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: contact.avatar
                        initials: contact.initials
                        tint: contact.color
                        presence: contact.presence
                        implicitWidth: 36
                        implicitHeight: 36
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: contact.name
                            textFormat: Text.PlainText // a contact's own name is untrusted
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: contact.jid
                            color: contact.palette.placeholderText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    function pick(jid: string) {
        chosen(jid)
        close()
    }
}
