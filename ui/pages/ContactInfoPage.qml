pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One contact: picture, name, address, presence or last seen, blocking, and the files of the
// chat ("Shared media"), newest first.
Page {
    id: page
    objectName: "contactInfoPage"

    required property AccountSession session
    required property string jid
    readonly property bool dark: Material.theme === Material.Dark

    ContactDetails {
        id: contact
        service: page.session.contacts
        jid: page.jid
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "contactInfoBackButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            Label {
                text: qsTr("Contact info")
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    OpenFileConfirmDialog {
        media: page.session.media
        active: page.visible
    }

    SharedMediaModel {
        id: sharedMedia
        session: page.session
        peer: page.jid
    }

    ColumnLayout {
        width: Math.min(page.width - 2 * Theme.spacing, 480)
        x: (page.width - width) / 2
        y: Theme.spacing * 2
        height: page.availableHeight - y
        spacing: Theme.spacing / 2

        ContactAvatar {
            objectName: "contactInfoAvatar"
            source: contact.avatar
            initials: contact.initials
            tint: contact.color
            presence: contact.presence
            implicitWidth: 120
            implicitHeight: 120
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "contactInfoName"
            text: contact.name
            textFormat: Text.PlainText // a contact's own name is untrusted
            font.pixelSize: 22
            font.bold: true
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            objectName: "contactInfoJid"
            text: page.jid
            color: Theme.secondaryText(page.dark)
            elide: Text.ElideMiddle
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            objectName: "contactInfoActivity"
            visible: text !== ""
            text: contact.blocked ? qsTr("Blocked") : contact.activity
            color: contact.blocked ? Theme.danger : Theme.secondaryText(page.dark)
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            objectName: "contactInfoError"
            visible: text !== ""
            text: page.session.contacts.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Button {
            objectName: "blockToggleButton"
            text: contact.blocked ? qsTr("Unblock %1").arg(contact.name) : qsTr("Block %1").arg(contact.name)
            flat: true
            Material.foreground: contact.blocked ? Theme.accent : Theme.danger
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            onClicked: contact.blocked ? page.session.contacts.unblock(page.jid) : page.session.contacts.block(page.jid)
        }
    
        Label {
            objectName: "sharedMediaTitle"
            visible: sharedMedia.count > 0
            text: qsTr("Shared media")
            font.bold: true
            color: Theme.secondaryText(page.dark)
            Layout.topMargin: Theme.spacing
        }
        GridView {
            id: grid
            objectName: "sharedMediaGrid"
            Accessible.name: qsTr("Shared media")
            visible: sharedMedia.count > 0
            model: sharedMedia
            clip: true
            cellWidth: Math.floor(width / 4)
            cellHeight: cellWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.bottomMargin: Theme.spacing
            ScrollBar.vertical: ScrollBar {}
            delegate: SharedMediaCell {
                width: grid.cellWidth
                height: grid.cellHeight
                dark: page.dark
                onViewRequested: id => page.showPicture(id)
                onOpenRequested: id => sharedMedia.openExternally(id)
                onDownloadRequested: id => sharedMedia.download(id)
            }
        }
        Item {
            visible: sharedMedia.count === 0
            Layout.fillHeight: true
        }
    }

    function showPicture(messageId) {
        viewerComponent.createObject(Overlay.overlay).show(messageId)
    }

    Component {
        id: viewerComponent
        ImageViewer {
            session: page.session
            peer: page.jid
            onClosed: destroy()
        }
    }
}
