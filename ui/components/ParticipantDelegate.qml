pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Ui

// One person in a group's participants panel: avatar, nickname, address, whether they are in
// the room now, their standing ("Admin"), and a menu of what we may do to them.
ItemDelegate {
    id: row
    objectName: "participantRow"

    required property int index
    required property string nick
    required property string jid
    required property string initials
    required property color tint
    required property string affiliationText
    required property bool isAdmin
    required property bool online
    required property bool self
    required property bool canRemove
    required property bool canBan
    required property bool canMakeAdmin
    required property bool canDismissAdmin
    property bool dark: false
    readonly property bool hasActions: canRemove || canBan || canMakeAdmin || canDismissAdmin

    signal actionRequested(string action, int row, string nick)

    width: ListView.view ? ListView.view.width : implicitWidth
    opacity: online ? 1 : 0.55
    Accessible.name: [nick, affiliationText, online ? qsTr("in the group now") : qsTr("away")].filter(s => s !== "").join(", ")
    onClicked: if (hasActions) menu.open()

    contentItem: RowLayout {
        spacing: Theme.spacing
        ContactAvatar {
            source: ""
            initials: row.initials
            tint: row.tint
            presence: row.online ? "online" : "offline"
            implicitWidth: 40
            implicitHeight: 40
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "participantNick"
                text: row.nick
                textFormat: Text.PlainText // a nickname is untrusted
                font.bold: true
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
            Label {
                text: row.self ? "" : row.online ? (row.jid || qsTr("in the group now")) : qsTr("away") + (row.jid ? " · " + row.jid : "")
                textFormat: Text.PlainText
                visible: text !== ""
                color: Theme.secondaryText(row.dark)
                font.pixelSize: 12
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "participantAffiliation"
            // Owners and admins wear a badge; a plain member needs none.
            visible: row.isAdmin
            text: row.affiliationText
            color: Theme.accent
            font.pixelSize: 12
            padding: 4
            background: Rectangle {
                color: "transparent"
                border.color: Theme.accent
                radius: 4
            }
        }
        ToolButton {
            objectName: "participantMenuButton"
            visible: row.hasActions
            text: "⋮"
            onClicked: menu.open()
            Accessible.name: qsTr("Actions for %1").arg(row.nick)
            Menu {
                id: menu
                objectName: "participantMenu"
                y: parent.height
                MenuItem {
                    objectName: "makeAdminItem"
                    visible: row.canMakeAdmin
                    height: visible ? implicitHeight : 0
                    text: qsTr("Make group admin")
                    onTriggered: row.actionRequested("makeAdmin", row.index, row.nick)
                }
                MenuItem {
                    objectName: "dismissAdminItem"
                    visible: row.canDismissAdmin
                    height: visible ? implicitHeight : 0
                    text: qsTr("Dismiss as admin")
                    onTriggered: row.actionRequested("dismissAdmin", row.index, row.nick)
                }
                MenuItem {
                    objectName: "removeItem"
                    visible: row.canRemove
                    height: visible ? implicitHeight : 0
                    text: qsTr("Remove %1…").arg(row.nick)
                    onTriggered: row.actionRequested("remove", row.index, row.nick)
                }
                MenuItem {
                    objectName: "banItem"
                    visible: row.canBan
                    height: visible ? implicitHeight : 0
                    text: qsTr("Ban %1…").arg(row.nick)
                    onTriggered: row.actionRequested("ban", row.index, row.nick)
                }
            }
        }
    }
}
