import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Offered after an xmpp: link opened a chat with someone who is not a contact yet.
Rectangle {
    id: banner
    objectName: "addContactBanner"

    required property AccountSession session
    readonly property string jid: session.links.offeredContact

    visible: jid !== ""
    implicitHeight: visible ? column.implicitHeight + 12 : 0
    readonly property bool dark: Material.theme === Material.Dark
    color: Theme.infoBanner(dark)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("%1 is not in your contacts.").arg(banner.jid)
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.bannerText(banner.dark)
                Layout.fillWidth: true
            }
            Button {
                objectName: "addOfferedContact"
                text: qsTr("Add contact")
                highlighted: true
                Accessible.name: qsTr("Add %1 to your contacts").arg(banner.jid)
                onClicked: banner.session.links.addOfferedContact()
            }
            Button {
                objectName: "dismissOfferedContact"
                text: qsTr("Not now")
                flat: true
                onClicked: banner.session.links.dismissOffer()
            }
        }
        Label {
            objectName: "addOfferedContactError"
            visible: text !== ""
            text: banner.session.contacts.errorText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.dangerText(banner.dark)
            Layout.fillWidth: true
        }
    }
}
