import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// The signed-in window: the chat list beside the open conversation, with a split the person can
// drag. A narrow window shows one pane at a time, and the conversation gets a back button.
Page {
    id: page
    objectName: "mainPage"

    required property AccountSession session
    property string currentPeer: ""
    readonly property bool narrow: width < 720

    // Notifications skip the chat on screen; a click on one, or an xmpp: link, opens its chat.
    onCurrentPeerChanged: session.notifications.setOpenChat(currentPeer)
    Component.onDestruction: session.notifications.setOpenChat("")
    Connections {
        target: page.session.notifications
        function onChatRequested(peer: string) { page.openChat(peer, 0) }
    }
    Connections {
        target: page.session.links
        function onChatRequested(peer: string) { page.openChat(peer, 0) }
        function onJoinRequested(address: string) { chatList.startJoinGroup(address) }
    }

    header: Column {
        HistoryBanner {
            session: page.session
            width: parent.width
        }
        AddContactBanner {
            session: page.session
            width: parent.width
        }
    }

    // A click on a contact comes back here, to the chat, as in WhatsApp's contact list.
    Component {
        id: contactsPage
        ContactsPage {
            session: page.session
            onChatRequested: peer => {
                page.StackView.view.pop(page)
                page.openChat(peer, 0)
            }
        }
    }

    // Starred messages of one chat, or of all (chatId 0); a row opens its chat at the message.
    Component {
        id: starredPage
        StarredPage {
            session: page.session
            onMessageOpened: (peer, messageId) => {
                page.pendingOpen = { peer: peer, messageId: messageId }
                page.StackView.view.pop(page)
            }
        }
    }
    // A chat asked for from a page above this one opens once this page shows again: a hidden
    // conversation cannot be scrolled to the message.
    property var pendingOpen: null
    StackView.onActivated: {
        if (pendingOpen === null)
            return
        const wanted = pendingOpen
        pendingOpen = null
        openChat(wanted.peer, wanted.messageId)
    }
    function showStarred(chatId, chatName: string) {
        page.StackView.view.push(starredPage, { chatId: chatId, chatName: chatName })
    }

    // Opens the chat with peer, ready to type into, as a click on it does in WhatsApp; a message
    // id brings that message into view (a search hit).
    function openChat(peer: string, messageId: int) {
        currentPeer = peer
        if (messageId > 0)
            conversation.jumpTo(messageId)
        conversation.focusComposer()
    }
    function closeChat() {
        currentPeer = ""
        chatList.focusList()
    }

    function searchEverywhere() {
        if (page.narrow)
            page.currentPeer = ""
        chatList.focusSearch()
    }
    Shortcut {
        sequence: "Ctrl+K"
        onActivated: page.searchEverywhere()
    }
    // Inside an open conversation, Ctrl+F finds in it; Ctrl+K stays the global search.
    Shortcut {
        sequence: StandardKey.Find
        onActivated: {
            if (page.currentPeer !== "")
                conversation.openFind()
            else
                page.searchEverywhere()
        }
    }
    Shortcut {
        sequence: StandardKey.New
        onActivated: chatList.startNewChat()
    }
    Shortcut {
        sequence: "Alt+Up"
        onActivated: chatList.openNeighbour(-1)
    }
    Shortcut {
        sequence: "Alt+Down"
        onActivated: chatList.openNeighbour(1)
    }
    Shortcut {
        sequence: "Esc"
        enabled: page.currentPeer !== ""
        onActivated: page.closeChat()
    }

    SplitView {
        id: split
        anchors.fill: parent

        ChatListPage {
            id: chatList
            session: page.session
            currentPeer: page.currentPeer
            visible: !page.narrow || page.currentPeer === ""
            SplitView.preferredWidth: 360
            SplitView.minimumWidth: 280
            SplitView.maximumWidth: page.narrow ? page.width : page.width * 0.6
            SplitView.fillWidth: page.narrow
            onChatOpened: (peer, messageId) => page.openChat(peer, messageId)
            onChatDeleted: chatId => {
                if (conversation.chatId === chatId)
                    page.closeChat()
            }
            onContactsRequested: page.StackView.view.push(contactsPage)
            onSettingsRequested: page.StackView.view.push(Qt.resolvedUrl("SettingsPage.qml"), { session: page.session })
            onStarredRequested: page.showStarred(0, "")
        }

        ConversationPage {
            id: conversation
            session: page.session
            peer: page.currentPeer
            narrow: page.narrow
            visible: !page.narrow || page.currentPeer !== ""
            SplitView.fillWidth: true
            SplitView.minimumWidth: 320
            onBackRequested: page.closeChat()
            onChatDeleted: page.closeChat()
            onChatRequested: peer => page.openChat(peer, 0)
            onStarredRequested: (chatId, chatName) => page.showStarred(chatId, chatName)
            onContactInfoRequested: jid => page.StackView.view.push(Qt.resolvedUrl("ContactInfoPage.qml"), { session: page.session, jid: jid })
            onGroupInfoRequested: room => page.StackView.view.push(Qt.resolvedUrl("GroupInfoPage.qml"), { session: page.session, peer: room })
        }
    }
}
