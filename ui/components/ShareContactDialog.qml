pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Share a contact": pick one of ours; it is sent as their xmpp: address with their name.
Dialog {
    id: dialog
    objectName: "shareContactDialog"

    required property AccountSession session

    signal chosen(string jid, string name)

    parent: Overlay.overlay
    anchors.centerIn: parent
    title: qsTr("Share a contact")
    modal: true
    width: Math.min(420, parent ? parent.width - 40 : 420)
    height: Math.min(520, parent ? parent.height - 40 : 520)
    standardButtons: Dialog.Cancel
    onOpened: {
        filter.text = ""
        filter.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        TextField {
            id: filter
            objectName: "shareContactFilter"
            placeholderText: qsTr("Search contacts")
            Accessible.name: qsTr("Search contacts")
            selectByMouse: true
            Layout.fillWidth: true
            Keys.onDownPressed: contacts.forceActiveFocus()
            onAccepted: if (contacts.count > 0) dialog.pick(contacts.itemAtIndex(0))
        }
        Label {
            visible: contacts.count === 0
            text: qsTr("No contacts to share")
            color: Theme.secondaryText(false)
            Layout.fillWidth: true
        }
        ListView {
            id: contacts
            objectName: "shareContactList"
            clip: true
            Accessible.name: qsTr("Contacts")
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onReturnPressed: dialog.pick(currentItem)
            Keys.onEnterPressed: dialog.pick(currentItem)
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: ContactListModel {
                service: dialog.visible ? dialog.session.contacts : null
                filter: filter.text.trim()
            }
            delegate: ItemDelegate {
                id: contact
                required property string jid
                required property string name
                required property string initials
                required property color color
                required property url avatar
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && contacts.activeFocus
                onClicked: dialog.pick(contact)
                Accessible.name: contact.name + ", " + contact.jid
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: contact.avatar
                        initials: contact.initials
                        tint: contact.color
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    Label {
                        text: contact.name
                        textFormat: Text.PlainText // a contact's own name is untrusted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: contact.jid
                        color: contact.palette.placeholderText
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    function pick(row: Item) {
        if (!row)
            return
        chosen(row.jid, row.name)
        close()
    }
}
