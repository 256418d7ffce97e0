pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The chat list: search over chat names and message text, pinned chats on top, archived chats
// and message requests (chats strangers opened) one row away, and a "new chat" action.
Page {
    id: page
    objectName: "chatListPage"

    required property AccountSession session
    property string currentPeer: ""
    readonly property bool searching: searchField.text.trim() !== ""

    signal chatOpened(string peer, int messageId)
    signal chatDeleted(var chatId)

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    // Back from a closed chat: the list, on the row of the chat that was open.
    function focusList() {
        if (list.visible && list.count > 0)
            list.forceActiveFocus()
        else
            searchField.forceActiveFocus()
    }
    function startNewChat() {
        newChat.open()
    }
    function startJoinGroup(address: string) {
        joinGroup.ask(address)
    }
    // The chat step rows away from the open one, for Alt+Up and Alt+Down.
    function openNeighbour(step: int) {
        const peer = chats.peerNear(page.currentPeer, step)
        if (peer !== "")
            page.chatOpened(peer, 0)
    }
    signal contactsRequested()
    signal settingsRequested()
    signal starredRequested()

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            ToolButton {
                objectName: "chatListBackButton"
                visible: chats.showArchived || chats.showRequests
                text: "‹"
                font.pixelSize: 22
                onClicked: {
                    chats.showArchived = false
                    chats.showRequests = false
                }
                Accessible.name: qsTr("Back to chats")
            }
            Label {
                text: chats.showRequests ? qsTr("Message requests") : chats.showArchived ? qsTr("Archived") : page.session.appSettings.profileName || page.session.jid
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "newChatButton"
                text: "✎"
                font.pixelSize: 18
                onClicked: newChat.open()
                Accessible.name: qsTr("New chat")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New chat")
            }
            ToolButton {
                objectName: "accountMenuButton"
                text: "⋮"
                font.pixelSize: 20
                onClicked: accountMenu.open()
                Accessible.name: qsTr("Account menu")
                Menu {
                    id: accountMenu
                    objectName: "accountMenu"
                    y: parent.height
                    MenuItem {
                        objectName: "contactsMenuItem"
                        text: qsTr("Contacts")
                        onTriggered: page.contactsRequested()
                    }
                    MenuItem {
                        objectName: "starredMenuItem"
                        text: qsTr("Starred messages")
                        onTriggered: page.starredRequested()
                    }
                    MenuItem {
                        objectName: "settingsMenuItem"
                        text: qsTr("Settings")
                        onTriggered: page.settingsRequested()
                    }
                    MenuItem {
                        objectName: "signOutItem"
                        text: qsTr("Sign out…")
                        onTriggered: signOutDialog.open()
                    }
                    MenuItem {
                        objectName: "removeAccountItem"
                        text: qsTr("Remove account…")
                        onTriggered: removeDialog.open()
                    }
                }
            }
        }
    }

    ChatListModel {
        id: chats
        objectName: "chatListModel"
        session: page.session
        filter: searchField.text.trim()
    }

    MessageSearchModel {
        id: hits
        objectName: "messageSearchModel"
        session: page.session
        query: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            session: page.session
            Layout.fillWidth: true
        }

        InvitationBanner {
            session: page.session
            dark: page.Material.theme === Material.Dark
            Layout.fillWidth: true
            onGroupOpened: peer => page.chatOpened(peer, 0)
        }

        TextField {
            id: searchField
            objectName: "chatSearchField"
            placeholderText: qsTr("Search chats and messages")
            Accessible.name: qsTr("Search chats and messages")
            selectByMouse: true
            Layout.fillWidth: true
            Layout.margins: Theme.spacing / 2
            Keys.onEscapePressed: text = ""
        }

        ItemDelegate {
            objectName: "requestsRow"
            visible: !chats.showArchived && !chats.showRequests && chats.requestCount > 0 && searchField.text === ""
            text: qsTr("Message requests (%1)").arg(chats.requestCount)
            focusPolicy: Qt.StrongFocus
            Layout.fillWidth: true
            onClicked: chats.showRequests = true
        }

        ItemDelegate {
            objectName: "archivedRow"
            visible: !chats.showArchived && !chats.showRequests && chats.archivedCount > 0 && searchField.text === ""
            text: qsTr("Archived (%1)").arg(chats.archivedCount)
            focusPolicy: Qt.StrongFocus
            Layout.fillWidth: true
            onClicked: chats.showArchived = true
        }

        ListView {
            id: list
            objectName: "chatList"
            Accessible.name: qsTr("Chats")
            // One Tab stop: the arrows move, Enter opens, the menu key offers pin and archive.
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            // After a reload the list has no current row; the focus starts on the first.
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onReturnPressed: list.currentItem.opened()
            Keys.onEnterPressed: list.currentItem.opened()
            Keys.onSpacePressed: list.currentItem.opened()
            Keys.onMenuPressed: list.currentItem.openMenu()
            // Shift+F10 is the other key for a context menu.
            Keys.onPressed: event => {
                if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier) && list.currentItem) {
                    list.currentItem.openMenu()
                    event.accepted = true
                }
            }
            clip: true
            model: chats
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: !page.searching
            Layout.preferredHeight: page.searching ? Math.min(contentHeight, page.height / 3) : -1
            ScrollBar.vertical: ScrollBar {}
            delegate: ChatDelegate {
                objectName: "chatRow"
                session: page.session
                current: peer === page.currentPeer
                onOpened: page.chatOpened(peer, 0)
                onPinToggled: chats.setPinned(chatId, !pinned)
                onArchiveToggled: chats.setArchived(chatId, !archived)
                onClearRequested: chatActionDialog.ask("clear", chatId, name, isGroup)
                onDeleteRequested: chatActionDialog.ask("delete", chatId, name, isGroup)
                // The row the arrow keys are on (a ListView highlight is a bound component,
                // which Qt 6.4 refuses to create).
                Rectangle {
                    anchors.fill: parent
                    visible: parent.ListView.isCurrentItem && list.activeFocus
                    color: Theme.selectedRow(page.Material.theme === Material.Dark)
                }
            }

            Label {
                objectName: "emptyChatList"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: chats.loaded && list.count === 0 && !page.searching
                text: chats.showRequests ? qsTr("No message requests") : chats.showArchived ? qsTr("No archived chats") : qsTr("No chats yet")
                color: palette.placeholderText
                font.pixelSize: 16
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }

        Label {
            objectName: "messagesHeading"
            visible: page.searching
            text: hits.count > 0 ? qsTr("Messages") : hits.searching ? qsTr("Searching…") : qsTr("No messages found")
            font.bold: true
            color: Theme.accent
            leftPadding: Theme.spacing
            topPadding: Theme.spacing / 2
            bottomPadding: 4
            Layout.fillWidth: true
        }

        ListView {
            id: hitList
            objectName: "searchHits"
            Accessible.name: qsTr("Messages found")
            activeFocusOnTab: count > 0
            keyNavigationEnabled: true
            onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
            Keys.onReturnPressed: hitList.currentItem.clicked()
            Keys.onEnterPressed: hitList.currentItem.clicked()
            visible: page.searching
            clip: true
            model: hits
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: SearchHitDelegate {
                width: ListView.view.width
                onOpened: page.chatOpened(peer, messageId)
                Rectangle {
                    anchors.fill: parent
                    visible: parent.ListView.isCurrentItem && hitList.activeFocus
                    color: Theme.selectedRow(page.Material.theme === Material.Dark)
                }
            }
        }
    }

    NewChatDialog {
        id: newChat
        session: page.session
        parent: Overlay.overlay
        anchors.centerIn: parent
        onChosen: peer => page.chatOpened(peer, 0)
        onNewGroupRequested: newGroup.open()
        onJoinGroupRequested: joinGroup.ask("")
    }

    NewGroupDialog {
        id: newGroup
        session: page.session
        parent: Overlay.overlay
        anchors.centerIn: parent
        onCreated: peer => page.chatOpened(peer, 0)
    }

    JoinGroupDialog {
        id: joinGroup
        session: page.session
        parent: Overlay.overlay
        anchors.centerIn: parent
        onJoined: peer => page.chatOpened(peer, 0)
    }

    ChatActionDialog {
        id: chatActionDialog
        session: page.session
        // The open chat, deleted, closes.
        onDone: (action, chatId) => {
            if (action === "delete")
                page.chatDeleted(chatId)
        }
    }

    SignOutDialog {
        id: signOutDialog
        session: page.session
    }

    Dialog {
        id: removeDialog
        objectName: "removeAccountDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        // A fixed width for the wrapped text: sized from the text, a retranslation made a loop.
        width: Math.min(460, parent ? parent.width - 40 : 460)
        title: qsTr("Remove account?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        // Removing deletes the history here: Enter or Space alone must not do it.
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        Label {
            text: qsTr("This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.").arg(page.session.jid)
            wrapMode: Text.Wrap
            width: removeDialog.availableWidth
        }
        onAccepted: page.session.removeAccount()
    }
}
