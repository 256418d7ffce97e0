pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One chat list row: avatar, name and time; the last message (with "You: " and ticks when it
// is ours) or a live "typing…"; the unread badge and a pin.
ItemDelegate {
    id: row

    required property AccountSession session
    required property bool current
    required property var chatId
    required property string peer
    required property string name
    required property string initials
    required property color tint
    required property url avatar
    required property string presence
    required property string preview
    required property bool ownLast
    required property int deliveryState
    required property string time
    required property int unread
    required property bool pinned
    required property bool archived
    required property bool typing
    required property bool isGroup
    required property string lastSender
    required property bool muted
    required property bool markedUnread

    signal opened()
    signal pinToggled()
    signal archiveToggled()
    // Clearing and deleting ask first, in a dialog of the list's.
    signal clearRequested()
    signal deleteRequested()

    function openMenu() {
        menu.popup(row, 0, row.height)
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: current
    onClicked: opened()
    onPressAndHold: menu.popup()
    Accessible.name: (row.isGroup ? qsTr("Group %1").arg(row.name) : row.name) + (row.unread > 0 ? qsTr(", %n unread", "", row.unread) : row.markedUnread ? qsTr(", marked unread") : "") + ", " + (row.typing ? qsTr("typing…") : row.ownLast ? qsTr("You: %1").arg(row.preview) : row.lastSender !== "" ? senderLabel.text + " " + row.preview : row.preview) + (row.time !== "" ? ", " + row.time : "")
    Accessible.description: [row.pinned ? qsTr("Pinned") : "", row.muted ? qsTr("Muted") : ""].filter(s => s !== "").join(", ")

    // Material's ripple, drawn by Qt Quick's software renderer, keeps a 364 px square pixmap
    // (0.5 MB) per row even when idle; a flat highlight shows the same states.
    background: Rectangle {
        implicitHeight: row.Material.delegateHeight
        color: row.highlighted ? row.Material.listHighlightColor : row.down || row.hovered || row.visualFocus ? row.Material.rippleColor : "transparent"
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ContactAvatar {
            source: row.avatar
            initials: row.initials
            tint: row.tint
            presence: row.presence
            group: row.isGroup
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "chatName"
                    text: row.name
                    textFormat: Text.PlainText // a contact's own name is untrusted
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "chatTime"
                    text: row.time
                    font.pixelSize: 12
                    color: row.unread > 0 && !row.muted ? Theme.accent : row.palette.placeholderText
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                DeliveryTicks {
                    visible: row.ownLast && !row.typing
                    deliveryState: row.deliveryState
                }
                // In a group, who wrote the last message; a long nickname gives way to the text.
                Label {
                    id: senderLabel
                    objectName: "chatPreviewSender"
                    visible: row.lastSender !== "" && !row.typing
                    text: qsTr("%1:").arg(row.lastSender)
                    textFormat: Text.PlainText // a nickname is untrusted
                    color: row.palette.placeholderText
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    Layout.maximumWidth: row.width / 3
                }
                Label {
                    objectName: "chatPreview"
                    text: row.typing ? qsTr("typing…") : row.ownLast ? qsTr("You: %1").arg(row.preview) : row.preview
                    textFormat: Text.PlainText
                    color: row.typing ? Theme.accent : row.palette.placeholderText
                    font.italic: row.typing
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "mutedIcon"
                    visible: row.muted
                    text: "🔕"
                    font.family: Format.emojiFontFamily
                    font.pixelSize: 12
                    Accessible.name: qsTr("Muted")
                }
                Label {
                    visible: row.pinned
                    text: "📌"
                    font.pixelSize: 12
                    Accessible.name: qsTr("Pinned")
                }
                // A chat marked unread shows a dot without a number (WhatsApp).
                Rectangle {
                    objectName: "unreadBadge"
                    visible: row.unread > 0 || row.markedUnread
                    implicitHeight: row.unread > 0 ? 20 : 12
                    implicitWidth: row.unread > 0 ? Math.max(20, badgeText.implicitWidth + 10) : 12
                    radius: height / 2
                    // A muted chat's count is there but does not call for attention (WhatsApp).
                    color: row.muted ? row.palette.placeholderText : Theme.accent
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        visible: row.unread > 0
                        text: row.unread > 999 ? "999+" : row.unread
                        color: "white"
                        font.pixelSize: 11
                        font.bold: true
                    }
                }
            }
        }
    }

    Menu {
        id: menu
        objectName: "chatMenu"
        MenuItem {
            text: row.pinned ? qsTr("Unpin chat") : qsTr("Pin chat")
            onTriggered: row.pinToggled()
        }
        MenuItem {
            text: row.archived ? qsTr("Unarchive chat") : qsTr("Archive chat")
            onTriggered: row.archiveToggled()
        }
        MenuItem {
            objectName: "markReadItem"
            text: row.unread > 0 || row.markedUnread ? qsTr("Mark as read") : qsTr("Mark as unread")
            onTriggered: {
                if (row.unread > 0 || row.markedUnread)
                    row.session.chatActions.markRead(row.chatId)
                else
                    row.session.chatActions.markUnread(row.chatId)
            }
        }
        MuteMenu {
            mutes: row.session.mutes
            chatId: row.chatId
        }
        MenuItem {
            objectName: "unmuteItem"
            visible: row.muted
            height: visible ? implicitHeight : 0
            text: qsTr("Unmute notifications")
            onTriggered: row.session.mutes.unmute(row.chatId)
        }
        MenuItem {
            objectName: "clearChatItem"
            text: qsTr("Clear messages…")
            onTriggered: row.clearRequested()
        }
        MenuItem {
            objectName: "deleteChatItem"
            text: row.isGroup ? qsTr("Delete group…") : qsTr("Delete chat…")
            onTriggered: row.deleteRequested()
        }
    }
}
