pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Add participants": a contact picked from the list, or an address typed; each is made a
// member and invited at once. The group's answer shows in the panel.
Dialog {
    id: dialog
    objectName: "addParticipantDialog"

    required property AccountSession session
    signal addRequested(string jid)

    title: qsTr("Add participants")
    modal: true
    width: Math.min(440, parent ? parent.width - 40 : 440)
    height: Math.min(520, parent ? parent.height - 40 : 520)
    standardButtons: Dialog.Close
    onOpened: {
        addressField.text = ""
        addressField.forceActiveFocus()
    }

    AddressInput {
        id: parsed
        session: dialog.session
        text: addressField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: addressField
                objectName: "addParticipantField"
                placeholderText: qsTr("Name or address")
                Accessible.name: qsTr("Name or address of someone to add")
                selectByMouse: true
                Layout.fillWidth: true
                Keys.onDownPressed: contacts.forceActiveFocus()
                onAccepted: if (parsed.valid) addButton.clicked()
            }
            Button {
                id: addButton
                objectName: "addParticipantButton"
                text: qsTr("Add")
                Accessible.name: qsTr("Add %1").arg(parsed.jid)
                enabled: parsed.valid
                onClicked: {
                    dialog.addRequested(parsed.jid)
                    dialog.close()
                }
            }
        }
        ListView {
            id: contacts
            objectName: "addParticipantContacts"
            clip: true
            Accessible.name: qsTr("Contacts to add")
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: ContactListModel {
                service: dialog.visible ? dialog.session.contacts : null
                filter: addressField.text.trim()
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
                Accessible.name: qsTr("Add %1").arg(contact.name)
                onClicked: {
                    dialog.addRequested(contact.jid)
                    dialog.close()
                }
                Keys.onReturnPressed: clicked()
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ContactAvatar {
                        source: contact.avatar
                        initials: contact.initials
                        tint: contact.color
                        implicitWidth: 36
                        implicitHeight: 36
                    }
                    Label {
                        text: contact.name
                        textFormat: Text.PlainText // a contact's own name is untrusted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
