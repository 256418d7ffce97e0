import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A shared contact: their avatar or initial, the name the sender gave (or theirs), the
// address, "Message" (opens the chat) and "Add contact" (the roster's way, hidden for someone
// already there).
Rectangle {
    id: contactCard
    objectName: "contactCard"

    required property SharedCard card
    property var session: null
    property bool dark: false
    readonly property string shownName: card.name !== "" ? card.name : details.name !== "" ? details.name : card.jid

    implicitWidth: Math.max(240, Math.min(320, person.implicitWidth + 16))
    implicitHeight: column.implicitHeight + 16
    radius: 6
    color: Qt.rgba(0, 0, 0, dark ? 0.18 : 0.05)
    Accessible.role: Accessible.Grouping
    Accessible.name: card.accessibleName

    ContactDetails {
        id: details
        service: contactCard.session ? contactCard.session.contacts : null
        jid: contactCard.card.jid
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            id: person
            spacing: 8
            ContactAvatar {
                source: details.avatar
                initials: details.initials !== "" ? details.initials : contactCard.shownName.charAt(0).toUpperCase()
                tint: details.initials !== "" ? details.color : Theme.accent
                implicitWidth: 40
                implicitHeight: 40
                Accessible.ignored: true
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "contactCardName"
                    text: contactCard.shownName
                    textFormat: Text.PlainText // the sender's words, untrusted
                    font.bold: true
                    font.pixelSize: 14
                    elide: Text.ElideRight
                    color: Theme.bubbleText(contactCard.dark)
                    Layout.fillWidth: true
                    Layout.maximumWidth: 240
                }
                Label {
                    objectName: "contactCardAddress"
                    text: contactCard.card.jid
                    textFormat: Text.PlainText
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    color: Theme.secondaryText(contactCard.dark)
                    Layout.fillWidth: true
                    Layout.maximumWidth: 240
                }
            }
        }

        RowLayout {
            spacing: 4
            Layout.fillWidth: true
            Button {
                objectName: "contactCardMessage"
                text: qsTr("Message")
                flat: true
                enabled: contactCard.session !== null
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: contactCard.session.links.open(contactCard.card.chatUri)
            }
            Button {
                objectName: "contactCardAdd"
                text: qsTr("Add contact")
                flat: true
                visible: contactCard.session !== null && !details.inRoster && contactCard.card.jid !== contactCard.session.jid
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: contactCard.session.contacts.addContact(contactCard.card.jid, contactCard.card.name)
            }
        }
    }
}
