pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The person's contacts: requests to answer, the roster with presence and last seen (a click
// opens the chat), adding by address or xmpp: link, renaming, removing, blocking, and the privacy
// of their own last seen.
Page {
    id: page
    objectName: "contactsPage"

    required property AccountSession session
    readonly property ContactService contacts: session.contacts

    signal chatRequested(string peer)

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "contactsBackButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            Label {
                text: qsTr("Contacts")
                font.bold: true
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "contactsMenuButton"
                text: "⋮"
                font.pixelSize: 20
                onClicked: settingsMenu.open()
                Accessible.name: qsTr("Contact settings")
                Menu {
                    id: settingsMenu
                    y: parent.height
                    width: 260
                    MenuItem {
                        objectName: "shareLastSeenItem"
                        text: qsTr("Share my last seen")
                        checkable: true
                        checked: page.contacts.shareLastSeen
                        onToggled: page.contacts.shareLastSeen = checked
                    }
                    MenuItem {
                        text: qsTr("Set my picture…")
                        onTriggered: pictureDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Blocked (%1)").arg(blockedList.count)
                        onTriggered: blockedDialog.open()
                    }
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            session: page.session
            Layout.fillWidth: true
        }

        Label {
            objectName: "contactsError"
            visible: text !== ""
            text: page.contacts.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            padding: Theme.spacing / 2
            Layout.fillWidth: true
        }

        Label {
            visible: requestModel.count > 0
            text: qsTr("Requests")
            font.bold: true
            padding: Theme.spacing / 2
        }

        Repeater {
            objectName: "requestList"
            model: SubscriptionRequestModel {
                id: requestModel
                service: page.contacts
            }
            delegate: RowLayout {
                id: request
                required property string jid
                required property string name
                required property string initials
                required property color color
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                ContactAvatar {
                    source: ""
                    initials: request.initials
                    tint: request.color
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        // The name they sent along (else their address); the address below is what counts.
                        text: qsTr("%1 wants to see when you are online").arg(request.name)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: request.jid
                        textFormat: Text.PlainText
                        color: Theme.secondaryText(Material.theme === Material.Dark)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Button {
                    text: qsTr("Accept")
                    Accessible.name: qsTr("Accept %1").arg(request.jid)
                    highlighted: true
                    onClicked: page.contacts.accept(request.jid)
                }
                Button {
                    text: qsTr("Decline")
                    Accessible.name: qsTr("Decline %1").arg(request.jid)
                    flat: true
                    onClicked: page.contacts.decline(request.jid)
                }
                Button {
                    text: qsTr("Block")
                    Accessible.name: qsTr("Block %1").arg(request.jid)
                    flat: true
                    onClicked: page.contacts.block(request.jid)
                }
            }
        }

        ListView {
            id: list
            objectName: "contactList"
            Accessible.name: qsTr("Contacts")
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: ContactListModel {
                id: contactModel
                service: page.contacts
            }
            delegate: ContactDelegate {
                id: contactRow
                contacts: page.contacts
                onChatRequested: page.chatRequested(contactRow.jid)
                onRenameRequested: renameDialog.ask(contactRow.jid, contactRow.name)
                onRemoveRequested: removeDialog.ask(contactRow.jid, contactRow.name)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No contacts yet. Add someone by their address.")
                color: palette.placeholderText
            }
        }
    }

    RoundButton {
        objectName: "addContactButton"
        text: "+"
        font.pixelSize: 24
        highlighted: true
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing * 2
        onClicked: addDialog.open()
        Accessible.name: qsTr("Add contact")
    }

    Dialog {
        id: addDialog
        objectName: "addContactDialog"
        title: qsTr("Add contact")
        anchors.centerIn: parent
        width: Math.min(440, page.width - 32)
        modal: true
        onAboutToShow: page.contacts.clearError()
        onOpened: addressField.forceActiveFocus()
        onClosed: page.contacts.clearError()
        ColumnLayout {
            anchors.fill: parent
            TextField {
                id: addressField
                objectName: "contactAddressField"
                onAccepted: addButton.clicked()
                placeholderText: qsTr("name@example.org or xmpp: link")
                Accessible.name: qsTr("Contact address")
                Layout.fillWidth: true
            }
            TextField {
                id: nameField
                placeholderText: qsTr("Name (optional)")
                Accessible.name: qsTr("Contact name")
                Layout.fillWidth: true
            }
            Label {
                objectName: "addContactError"
                visible: text !== ""
                text: page.contacts.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        footer: DialogButtonBox {
            Button {
                id: addButton
                objectName: "addContactConfirm"
                text: qsTr("Add")
                enabled: addressField.text.trim() !== ""
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                // Stays open with the reason when the address is refused.
                onClicked: if (page.contacts.addContact(addressField.text, nameField.text)) addDialog.close()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }

    Dialog {
        id: renameDialog
        objectName: "renameContactDialog"
        property string jid: ""
        function ask(jid: string, name: string) {
            renameDialog.jid = jid
            renameField.text = name
            open()
        }
        title: qsTr("Rename contact")
        anchors.centerIn: parent
        width: Math.min(440, page.width - 32)
        modal: true
        onAboutToShow: page.contacts.clearError()
        onOpened: {
            renameField.forceActiveFocus()
            renameField.selectAll()
        }
        onClosed: page.contacts.clearError()
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: renameDialog.jid
                textFormat: Text.PlainText
                color: Theme.secondaryText(page.Material.theme === Material.Dark)
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            TextField {
                id: renameField
                objectName: "renameContactField"
                onAccepted: renameButton.clicked()
                placeholderText: qsTr("Name")
                Accessible.name: qsTr("Contact name")
                selectByMouse: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "renameContactError"
                visible: text !== ""
                text: page.contacts.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        footer: DialogButtonBox {
            Button {
                id: renameButton
                objectName: "renameContactConfirm"
                text: qsTr("Rename")
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                // Stays open with the reason when it could not be sent (offline).
                onClicked: if (page.contacts.rename(renameDialog.jid, renameField.text)) renameDialog.close()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeContactDialog"
        property string jid: ""
        property string name: ""
        function ask(jid: string, name: string) {
            removeDialog.jid = jid
            removeDialog.name = name
            open()
        }
        title: qsTr("Remove contact?")
        anchors.centerIn: parent
        width: Math.min(440, page.width - 32)
        modal: true
        // Removing stops the presence sharing both ways: Enter or Space alone must not do it.
        onOpened: cancelRemoveButton.forceActiveFocus(Qt.TabFocusReason)
        onAccepted: page.contacts.remove(removeDialog.jid)
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("%1 leaves your contacts, and you stop seeing each other online. Your chat stays.").arg(removeDialog.name)
                textFormat: Text.PlainText // a contact's own name is untrusted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: removeDialog.jid
                textFormat: Text.PlainText
                color: Theme.secondaryText(page.Material.theme === Material.Dark)
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "removeContactConfirm"
                text: qsTr("Remove")
                Material.foreground: Theme.danger
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                id: cancelRemoveButton
                objectName: "removeContactCancel"
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }

    Dialog {
        id: blockedDialog
        objectName: "blockedDialog"
        title: qsTr("Blocked")
        anchors.centerIn: parent
        width: Math.min(440, page.width - 32)
        modal: true
        standardButtons: Dialog.Close
        BlockedContactList {
            id: blockedList
            contacts: page.contacts
            anchors.left: parent.left
            anchors.right: parent.right
        }
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Choose your picture")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)")]
        onAccepted: page.contacts.setOwnAvatar(selectedFile)
    }
}
