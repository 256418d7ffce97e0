pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One roster row: avatar or initials, name, and the presence / last-seen line. A click opens the
// chat; the menu blocks, renames or removes (the page asks before the last two).
ItemDelegate {
    id: row
    objectName: "contactRow"

    required property ContactService contacts
    required property string jid
    required property string name
    required property string initials
    required property color color
    required property url avatar
    required property string presence
    required property string activity
    required property bool pending
    required property bool blocked

    signal chatRequested()
    signal renameRequested()
    signal removeRequested()

    width: ListView.view ? ListView.view.width : implicitWidth
    onClicked: chatRequested()
    onPressAndHold: menu.popup()
    Keys.onMenuPressed: menu.popup()
    Accessible.name: row.name + ", " + row.activity

    contentItem: RowLayout {
        spacing: Theme.spacing
        ContactAvatar {
            source: row.avatar
            initials: row.initials
            tint: row.color
            presence: row.presence
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                textFormat: Text.PlainText // a contact's own name is untrusted
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "activityLine"
                text: row.blocked ? qsTr("blocked") : row.pending ? qsTr("waiting for approval") : row.activity
                color: row.activity === qsTr("online") ? Theme.accent : palette.placeholderText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ToolButton {
            objectName: "contactMenuButton"
            text: "⋮"
            onClicked: menu.popup()
            Accessible.name: qsTr("Actions for %1").arg(row.name)
        }
    }

    Menu {
        id: menu
        MenuItem {
            text: row.blocked ? qsTr("Unblock") : qsTr("Block")
            onTriggered: row.blocked ? row.contacts.unblock(row.jid) : row.contacts.block(row.jid)
        }
        MenuItem {
            objectName: "renameContactItem"
            text: qsTr("Rename…")
            onTriggered: row.renameRequested()
        }
        MenuItem {
            objectName: "removeContactItem"
            text: qsTr("Remove…")
            onTriggered: row.removeRequested()
        }
    }
}
