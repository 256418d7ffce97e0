pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One conversation: who it is with and what they are doing, the messages (lazily paged both
// ways, opened at the first unread), a button back to the newest, and the composer.
Page {
    id: page
    objectName: "conversationPage"

    required property AccountSession session
    property string peer: ""
    property bool narrow: false
    readonly property var chatId: messages.chatId
    readonly property bool dark: Material.theme === Material.Dark

    signal backRequested()
    signal contactInfoRequested(string jid)
    signal groupInfoRequested(string room)
    signal chatRequested(string peer)
    // The chat was deleted here: nothing is left to show.
    signal chatDeleted()
    signal starredRequested(var chatId, string chatName)

    function jumpTo(messageId: int) {
        messages.jumpTo(messageId)
    }
    function openInfo() {
        if (groupInfo.isGroup)
            page.groupInfoRequested(page.peer)
        else
            page.contactInfoRequested(page.peer)
    }
    function focusComposer() {
        composerBar.focusField()
    }
    // Ctrl+F: find in this chat.
    function openFind() {
        if (page.peer !== "")
            findBar.start()
    }
    onPeerChanged: findBar.close()

    background: Rectangle {
        color: Theme.chatBackground(page.dark)
    }

    ConversationModel {
        id: messages
        objectName: "conversationModel"
        session: page.session
        peer: page.peer
        onPositionRequested: row => view.showRow(row)
        findText: findBar.visible ? finder.query : ""
    }

    ChatFinder {
        id: finder
        objectName: "chatFinder"
        session: page.session
        chatId: messages.chatId
        query: findBar.visible ? findBar.text : ""
        onMatchChosen: id => messages.jumpTo(id)
    }

    ContactDetails {
        id: contact
        service: page.session.contacts
        jid: page.peer
    }

    GroupDetails {
        id: groupInfo
        objectName: "groupDetails"
        service: page.session.groups
        session: page.session
        peer: page.peer
    }
    // A group, or someone in a group's room written to privately: no contact's page or picture.
    readonly property bool roomChat: groupInfo.isGroup || groupInfo.privateChat
    // A stranger (a message request) is their address: a nickname could pass for anyone.
    readonly property bool request: page.session.contacts.messageRequests.peers.indexOf(page.peer) >= 0
    readonly property string shownName: roomChat ? groupInfo.name : request ? page.peer : contact.name

    header: ToolBar {
        visible: page.peer !== ""
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing / 2
            ToolButton {
                objectName: "backButton"
                visible: page.narrow
                text: "‹"
                font.pixelSize: 24
                onClicked: page.backRequested()
                Accessible.name: qsTr("Back to chats")
            }
            // The avatar and name open the contact's or the group's info page.
            RowLayout {
                id: headerButton
                objectName: "conversationHeader"
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                // A private chat through a room has no page of its own: its header only names it.
                activeFocusOnTab: !groupInfo.privateChat
                Keys.onReturnPressed: page.openInfo()
                Keys.onSpacePressed: page.openInfo()
                Accessible.role: groupInfo.privateChat ? Accessible.StaticText : Accessible.Button
                Accessible.name: groupInfo.privateChat ? qsTr("%1, private message through %2").arg(groupInfo.name).arg(groupInfo.roomName) : groupInfo.isGroup ? qsTr("Group info for %1, %2").arg(groupInfo.name).arg(groupInfo.participantsText) : qsTr("Contact info for %1").arg(contact.name)
                TapHandler {
                    enabled: !groupInfo.privateChat
                    onTapped: page.openInfo()
                }
                HoverHandler {
                    enabled: !groupInfo.privateChat
                    cursorShape: Qt.PointingHandCursor
                }
                ContactAvatar {
                    source: page.roomChat ? groupInfo.picture : contact.avatar
                    initials: page.roomChat ? groupInfo.initials : contact.initials
                    tint: page.roomChat ? groupInfo.color : contact.color
                    presence: page.roomChat ? "offline" : contact.presence
                    group: groupInfo.isGroup
                    implicitWidth: 38
                    implicitHeight: 38
                    Layout.leftMargin: page.narrow ? 0 : Theme.spacing
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        objectName: "conversationName"
                        text: page.shownName
                        textFormat: Text.PlainText // a contact's own name is untrusted
                        font.bold: true
                        // The header is a button from the keyboard too: show where the focus is.
                        font.underline: headerButton.activeFocus
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "conversationStatus"
                        text: messages.peerTyping ? qsTr("typing…") : groupInfo.privateChat ? qsTr("Private message through %1").arg(groupInfo.roomName) : groupInfo.isGroup ? groupInfo.participantsText || groupInfo.subject : contact.activity
                        textFormat: Text.PlainText // a group's subject and nicknames are untrusted
                        maximumLineCount: 1
                        visible: text !== ""
                        font.pixelSize: 12
                        opacity: 0.85
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
            ToolButton {
                objectName: "conversationMenuButton"
                text: "⋮"
                font.pixelSize: 20
                onClicked: conversationMenu.open()
                Accessible.name: groupInfo.isGroup ? qsTr("Group menu") : qsTr("Chat menu")
                Menu {
                    id: conversationMenu
                    objectName: "conversationMenu"
                    y: parent.height
                    MenuItem {
                        objectName: "findInChatItem"
                        text: qsTr("Find in chat")
                        onTriggered: page.openFind()
                    }
                    MenuItem {
                        objectName: "markReadItem"
                        text: messages.unreadCount > 0 ? qsTr("Mark as read") : qsTr("Mark as unread")
                        onTriggered: {
                            if (messages.unreadCount > 0)
                                page.session.chatActions.markRead(messages.chatId)
                            else
                                page.session.chatActions.markUnread(messages.chatId)
                        }
                    }
                    MuteMenu {
                        mutes: page.session.mutes
                        chatId: messages.chatId
                    }
                    MenuItem {
                        objectName: "unmuteItem"
                        // Read when the menu shows; revision changes when a mute starts or ends.
                        visible: page.session.mutes.revision >= 0 && page.session.mutes.isMuted(messages.chatId)
                        height: visible ? implicitHeight : 0
                        text: qsTr("Unmute notifications")
                        onTriggered: page.session.mutes.unmute(messages.chatId)
                    }
                    MenuItem {
                        objectName: "groupInfoItem"
                        // A private chat through a room has no info page of its own.
                        visible: !groupInfo.privateChat
                        height: visible ? implicitHeight : 0
                        text: groupInfo.isGroup ? qsTr("Group info") : qsTr("Contact info")
                        onTriggered: page.openInfo()
                    }
                    MenuItem {
                        objectName: "clearChatItem"
                        text: qsTr("Clear messages…")
                        onTriggered: chatActionDialog.ask("clear", messages.chatId, page.shownName, groupInfo.isGroup)
                    }
                    MenuItem {
                        objectName: "deleteChatItem"
                        text: groupInfo.isGroup ? qsTr("Delete group…") : qsTr("Delete chat…")
                        onTriggered: chatActionDialog.ask("delete", messages.chatId, page.shownName, groupInfo.isGroup)
                    }
                    MenuItem {
                        objectName: "starredMessagesItem"
                        text: qsTr("Starred messages")
                        onTriggered: page.starredRequested(messages.chatId, page.shownName)
                    }
                    MenuItem {
                        objectName: "leaveGroupItem"
                        visible: groupInfo.isGroup && !groupInfo.readOnly
                        height: visible ? implicitHeight : 0
                        text: qsTr("Leave group…")
                        onTriggered: leaveDialog.open()
                    }
                }
            }
        }
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveGroupDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(420, parent ? parent.width - 40 : 420)
        title: qsTr("Leave %1?").arg(groupInfo.name)
        standardButtons: Dialog.Cancel | Dialog.Ok
        // Leaving cannot be undone from here: Enter alone must not do it.
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Leave")
        Label {
            text: qsTr("You will no longer receive this group's messages. Its history stays on this computer.")
            wrapMode: Text.Wrap
            width: leaveDialog.availableWidth
        }
        onAccepted: groupInfo.leave()
    }

    LinkConfirmDialog {
        id: linkDialog
    }

    ChatActionDialog {
        id: chatActionDialog
        session: page.session
        onDone: action => {
            if (action === "delete")
                page.chatDeleted()
        }
    }

    Label {
        objectName: "noChatOpen"
        anchors.centerIn: parent
        visible: page.peer === ""
        text: qsTr("Choose a chat to start messaging")
        color: Theme.secondaryText(page.dark)
        font.pixelSize: 16
    }

    // Files dropped anywhere on the conversation join the composer's tray.
    DropArea {
        id: dropArea
        objectName: "conversationDropArea"
        anchors.fill: parent
        enabled: page.peer !== "" && !groupInfo.readOnly
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            drop.accepted = composerBar.attachments.add(drop.urls) > 0
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: page.peer !== ""

        // A wide window shows this above the chat list already; a narrow one only shows the chat.
        ConnectionBanner {
            objectName: "conversationConnectionBanner"
            session: page.session
            wanted: page.narrow
            Layout.fillWidth: true
        }

        MessageRequestBanner {
            session: page.session
            peer: page.peer
            dark: page.dark
            Layout.fillWidth: true
            onBlocked: page.chatDeleted()
        }

        ChatFindBar {
            id: findBar
            finder: finder
            dark: page.dark
            Layout.fillWidth: true
            onClosed: page.focusComposer()
        }

        MessageListView {
            id: view
            conversation: messages
            dark: page.dark
            Layout.fillWidth: true
            Layout.fillHeight: true
            onLeaveRequested: typed => composerBar.insertText(typed)
            onEditRequested: id => composerBar.editMessage(id)
            onReplyRequested: id => composerBar.replyTo(id)
            onPrivateChatRequested: peer => page.chatRequested(peer)
            onLinkClicked: (link, shownText) => {
                if (Format.linkNeedsConfirmation(shownText, link))
                    linkDialog.ask(link)
                else
                    Qt.openUrlExternally(link)
            }
        }

        // Out of a group, nothing can be written there: the composer says why instead.
        Pane {
            objectName: "readOnlyNotice"
            visible: groupInfo.readOnly
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: groupInfo.stateText + (groupInfo.exitReason !== "" ? " " + groupInfo.exitReason : "")
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label {
                    objectName: "readOnlyText"
                    text: groupInfo.stateText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText(page.dark)
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "readOnlyReason"
                    visible: groupInfo.exitReason !== ""
                    text: groupInfo.exitReason
                    textFormat: Text.PlainText // the room's words, untrusted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.italic: true
                    color: Theme.secondaryText(page.dark)
                    Layout.fillWidth: true
                }
            }
        }

        SelectionBar {
            visible: messages.selection.active
            selection: messages.selection
            dark: page.dark
            Layout.fillWidth: true
            onCopyRequested: messages.copyChecked()
            onDeleteRequested: view.askDeleteChosen()
            onForwardRequested: view.forwardChosen()
            onStarRequested: messages.starChecked()
        }

        ComposerBar {
            id: composerBar
            visible: !groupInfo.readOnly && !messages.selection.active
            session: page.session
            peer: page.peer
            chatId: messages.chatId
            dark: page.dark
            Layout.fillWidth: true
            onSent: messages.jumpToLatest()
            onUpInEmptyField: view.selectLastOwn()
        }
    }

    Rectangle {
        objectName: "dropHint"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: dropArea.containsDrag
        radius: 12
        // Nearly opaque, so the hint reads over the bubbles.
        color: page.dark ? "#e60b141a" : "#e6efeae2"
        border.color: Theme.accent
        border.width: 2
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacing
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Drop files to send them to %1").arg(page.shownName)
            textFormat: Text.PlainText
            font.pixelSize: 20
            font.bold: true
            color: Theme.accent
        }
    }
}
