pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The messages of one chat, newest at the bottom. Row 0 is the newest, and the view grows
// upward, so loading older pages never moves what the person is reading. It asks for pages as
// the person nears either end and reports what was actually seen while the window is active.
ListView {
    id: view
    objectName: "messageList"

    required property ConversationModel conversation
    property bool dark: false

    // shownText: what the bubble shows for the link, for the page to compare with the target.
    signal linkClicked(string link, string shownText)
    // "Message Bob privately" from a group message's menu: the chat to open (room@service/nick).
    signal privateChatRequested(string peer)
    // "Edit" from a message's menu: the composer takes the message's text (XEP-0308).
    signal editRequested(var messageId)
    // Esc or a typed character while a message is selected: back to the composer, with it.
    signal leaveRequested(string typed)
    // Reply from a bubble's button, the menu or Ctrl+R: the composer answers this message.
    signal replyRequested(var messageId)
    // The newest message is at the bottom of the view: the newest bubble's bottom edge is in
    // sight. This reads the bubble itself: after a jump the view lays rows out from estimated
    // sizes, so neither atYEnd nor a fixed content position says where row 0 really is.
    readonly property bool atBottom: conversation.atLiveEnd && (count === 0 || newestBottomInView(contentY, height, newestMoves))
    // Bumped whenever the newest bubble is placed, resized or reused, so atBottom follows it.
    property int newestMoves: 0
    // The person is following the newest message: the view was put there, or scrolled there. A
    // newest bubble that grows after it was placed (its layout or picture settling) is then
    // brought back into sight: Qt's bottom-up ListView leaves a grown first row hanging below.
    property bool followNewest: true
    onAtBottomChanged: if (atBottom) followNewest = true
    onMovementEnded: followNewest = atBottom
    onNewestMovesChanged: if (followNewest && !atBottom) Qt.callLater(view.returnToNewest)

    function returnToNewest() {
        if (followNewest && !atBottom)
            positionViewAtBeginning()
    }
    // The selected bubble itself has the focus (not its text, where Ctrl+C copies the marked part).
    readonly property bool bubbleFocused: currentItem !== null && currentItem.activeFocus

    function showRow(row: int) {
        followNewest = row <= 0
        if (row <= 0)
            positionViewAtBeginning()
        else
            positionViewAtIndex(row, ListView.Center)
        check.restart()
    }

    // Up in an empty composer: select our newest message, if one is loaded.
    function selectLastOwn() {
        const row = conversation.lastOwnRow()
        if (row >= 0)
            select(row)
    }

    function select(row: int) {
        followNewest = row === 0
        currentIndex = row
        forceActiveFocus()
        positionViewAtIndex(row, ListView.Contain)
    }

    // Shift+Up or Shift+Down (the view runs bottom to top: Up is older, a higher row).
    function chooseTowards(event, row: int) {
        event.accepted = (event.modifiers & Qt.ShiftModifier) && row >= 0 && row < count
        if (!event.accepted)
            return
        if (!conversation.selection.active)
            conversation.toggleChecked(currentIndex)
        currentIndex = row
        conversation.extendChecked(row)
    }

    // Delete or the selection bar: the messages chosen together, after asking how.
    function askDeleteChosen() {
        if (conversation.selection.active)
            deleteDialog.askChosen(conversation.selection.count, conversation.selection.canRetract)
    }

    // The selection bar's Forward: the chosen messages, oldest first, in one go.
    function forwardChosen() {
        if (conversation.selection.canForward)
            forwardDialog.askMany(conversation.selection.ids)
    }

    function openMenu() {
        if (currentItem)
            messageMenu.popup(currentItem, currentItem.width / 2, currentItem.height / 2)
    }

    // Probes a few pixels inwards from an edge, past the margin and the gap between bubbles.
    function rowNear(y: real, step: real): int {
        for (let i = 0; i < 12; ++i) {
            const row = indexAt(width / 2, y + i * step)
            if (row >= 0)
                return row
        }
        return -1
    }

    function newestBottomInView(top: real, viewHeight: real, moves: int): bool {
        const newest = itemAtIndex(0)
        return newest !== null && newest.visible && newest.y + newest.height <= top + viewHeight + 1
    }

    function newestVisibleRow(): int {
        return rowNear(contentY + height - 1, -4)
    }

    function oldestVisibleRow(): int {
        return rowNear(contentY + 1, 4)
    }

    // Pages and "seen" are checked a moment after scrolling, not on every pixel.
    function checkPosition() {
        if (count === 0) {
            conversation.fetchOlder()
            return
        }
        const oldest = oldestVisibleRow()
        if (oldest < 0 || oldest >= count - 10)
            conversation.fetchOlder()
        const newest = newestVisibleRow()
        if (newest >= 0 && newest <= 5)
            conversation.fetchNewer()
        if (Window.active && visible && newest >= 0)
            conversation.markSeen(conversation.idAt(newest))
    }

    model: conversation
    verticalLayoutDirection: ListView.BottomToTop
    topMargin: 8
    bottomMargin: 8
    clip: true
    reuseItems: true
    // Opening a chat makes only the bubbles in sight before its first frame; the rows beyond it
    // are made a few at a time once that frame is out, so scrolling still finds them ready.
    cacheBuffer: 0
    boundsBehavior: Flickable.StopAtBounds
    spacing: 0
    // Dragging the scroll bar moves the view without Flickable's movement signals.
    ScrollBar.vertical: ScrollBar {
        onPressedChanged: view.followNewest = !pressed && view.atBottom
    }
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Messages")
    activeFocusOnTab: count > 0
    keyNavigationEnabled: true
    // Up and Down move the selection (ListView); the rest acts on the selected message.
    onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
    // Reached by Tab with no current row (after a reload): start at the newest one in sight.
    onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = Math.max(0, newestVisibleRow())
    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape
    // Esc first lets go of messages chosen together, then goes back to the composer.
    Keys.onEscapePressed: view.conversation.selection.active ? view.conversation.selection.clear() : view.leaveRequested("")
    // Space chooses the selected message among several; Shift+Up/Down chooses on the way.
    Keys.onSpacePressed: event => {
        event.accepted = view.bubbleFocused && !view.currentItem.isSystem
        if (event.accepted)
            view.conversation.toggleChecked(view.currentIndex)
    }
    Keys.onUpPressed: event => view.chooseTowards(event, view.currentIndex + 1)
    Keys.onDownPressed: event => view.chooseTowards(event, view.currentIndex - 1)
    Keys.onMenuPressed: view.openMenu()
    Keys.onReturnPressed: view.conversation.retry(view.conversation.idAt(view.currentIndex))
    Keys.onEnterPressed: view.conversation.retry(view.conversation.idAt(view.currentIndex))
    Keys.onPressed: event => {
        event.accepted = Format.isTypedText(event.text)
        if (event.accepted)
            view.leaveRequested(event.text)
    }
    Shortcut {
        sequences: [StandardKey.Copy]
        enabled: view.bubbleFocused
        onActivated: view.conversation.selection.active ? view.conversation.copyChecked() : view.conversation.copyText(view.currentIndex)
    }
    // Delete on a focused message asks how to delete it (or them, when several are chosen).
    Shortcut {
        sequences: [StandardKey.Delete]
        enabled: view.bubbleFocused && (view.conversation.selection.active || !view.currentItem.isSystem)
        onActivated: view.conversation.selection.active ? view.askDeleteChosen() : deleteDialog.ask(view.conversation.idAt(view.currentIndex), view.currentItem.canRetract, "")
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: view.bubbleFocused && view.currentItem !== null && !view.currentItem.isSystem
        onActivated: view.replyRequested(view.conversation.idAt(view.currentIndex))
    }
    // Forward the selected message (WhatsApp has no key for it; Ctrl+Shift+F is free here).
    Shortcut {
        sequence: "Ctrl+Shift+F"
        enabled: view.bubbleFocused && view.currentItem !== null && view.currentItem.canForward
        onActivated: forwardDialog.ask(view.conversation.idAt(view.currentIndex))
    }
    // Star or unstar the selected message: S, as in WhatsApp's selection, with Ctrl because a
    // plain letter goes to the composer.
    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.bubbleFocused && view.currentItem !== null && !view.currentItem.isSystem && !view.currentItem.retracted
        onActivated: view.conversation.toggleStar(view.conversation.idAt(view.currentIndex))
    }
    Shortcut {
        sequence: "Shift+F10"
        enabled: view.bubbleFocused
        onActivated: view.openMenu()
    }

    delegate: MessageBubble {
        required property int index
        width: view.width
        onIndexChanged: if (index <= 1) view.newestMoves++
        onYChanged: if (index === 0) view.newestMoves++
        onHeightChanged: if (index === 0) view.newestMoves++
        selected: ListView.isCurrentItem && (activeFocus || messageMenu.visible)
        onMenuRequested: {
            view.currentIndex = index
            view.openMenu()
        }
        dark: view.dark
        unreadAtOpen: view.conversation.unreadAtOpen
        media: view.conversation.session ? view.conversation.session.media : null
        session: view.conversation.session
        onRetryRequested: id => view.conversation.retry(id)
        onLinkClicked: link => view.linkClicked(link, Format.linkText(body, link))
        onDownloadRequested: id => view.conversation.download(id)
        onCancelRequested: id => view.conversation.cancelTransfer(id)
        onRetryUploadRequested: id => view.conversation.retryUpload(id)
        onOpenRequested: id => view.conversation.openExternally(id)
        onSaveRequested: (id, name) => saveDialog.ask(id, name)
        onViewRequested: id => view.showPicture(id)
        onReplyRequested: id => view.replyRequested(id)
        onOriginalRequested: id => view.conversation.jumpToOriginal(id)
        onReactionToggled: emoji => view.conversation.react(index, emoji)
        onReactionBarRequested: {
            view.currentIndex = index
            view.openReactions()
        }
        selecting: view.conversation.selection.active
        onCheckToggled: extend => extend ? view.conversation.extendChecked(index) : view.conversation.toggleChecked(index)
    }

    // The quick reactions for the selected message, beside it.
    function openReactions() {
        if (!currentItem)
            return
        reactionBar.row = currentIndex
        const at = currentItem.mapToItem(view, 0, 0)
        reactionBar.x = Math.max(0, Math.min(view.width - reactionBar.implicitWidth, currentItem.outgoing ? view.width - reactionBar.implicitWidth - 16 : 16))
        reactionBar.y = Math.max(0, at.y - reactionBar.implicitHeight)
        reactionBar.open()
    }

    ReactionBar {
        id: reactionBar
        objectName: "reactionBar"
        property int row: -1
        parent: view
        emojis: view.conversation.quickReactions()
        dark: view.dark
        onPicked: emoji => view.conversation.react(row, emoji)
    }

    // One dialog and, only while open, one viewer for all bubbles.
    function showPicture(messageId) {
        viewerComponent.createObject(Overlay.overlay).show(messageId)
    }

    // Who has read one of our messages, or how far it got: made on demand, one at a time.
    function showInfo(messageId) {
        infoComponent.createObject(Overlay.overlay, { messageId: messageId }).open()
    }

    // A menu entry that leaves no gap while it does not apply.
    component MessageAction: MenuItem {
        height: visible ? implicitHeight : 0
    }

    // The selected message's actions, from the context-menu key, Shift+F10 or a right click;
    // the file actions make a picture or document usable without a mouse.
    Menu {
        id: messageMenu
        objectName: "messageMenu"
        readonly property var bubble: view.currentItem
        // Links open here too, so a keyboard reaches them; the page asks first about deceptive
        // ones, as for a click. The menu widens for them, up to a limit past which they elide.
        property var links: []
        property bool editable: false
        onAboutToShow: {
            links = view.conversation.linksAt(view.currentIndex)
            editable = view.conversation.canEditAt(view.currentIndex)
        }
        width: Math.min(Math.max(implicitWidth, longestLink.advanceWidth + 4 * Theme.spacing), 480)
        MessageAction {
            objectName: "replyMessageItem"
            text: qsTr("Reply")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem && !messageMenu.bubble.failed
            onTriggered: view.replyRequested(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "selectMessageItem"
            text: messageMenu.bubble !== null && messageMenu.bubble.checked ? qsTr("Unselect") : qsTr("Select")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem && messageMenu.bubble.messageId > 0
            onTriggered: view.conversation.toggleChecked(view.currentIndex)
        }
        MessageAction {
            objectName: "showOriginalItem"
            text: qsTr("Show the original")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem && messageMenu.bubble.replyState !== ReplyQuotes.None
            onTriggered: view.conversation.jumpToOriginal(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "forwardMessageItem"
            text: qsTr("Forward…")
            visible: messageMenu.bubble !== null && messageMenu.bubble.canForward
            onTriggered: forwardDialog.ask(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "copyMessageItem"
            text: qsTr("Copy text")
            visible: messageMenu.bubble !== null && (messageMenu.bubble.body !== "" || messageMenu.bubble.isSystem)
            onTriggered: view.conversation.copyText(view.currentIndex)
        }
        Instantiator {
            model: messageMenu.links
            delegate: MenuItem {
                required property string modelData
                objectName: "openLinkItem"
                text: qsTr("Open %1").arg(modelData)
                onTriggered: view.linkClicked(modelData, Format.linkText(messageMenu.bubble.body, modelData))
            }
            onObjectAdded: (index, item) => messageMenu.insertItem(1 + index, item)
            onObjectRemoved: (index, item) => messageMenu.removeItem(item)
        }
        MessageAction {
            objectName: "openInMapsItem"
            text: qsTr("Open in maps")
            visible: messageMenu.bubble !== null && messageMenu.bubble.isLocationCard
            onTriggered: messageMenu.bubble.openCardInMaps()
        }
        MessageAction {
            objectName: "editMessageItem"
            text: qsTr("Edit")
            visible: messageMenu.bubble !== null && messageMenu.editable
            onTriggered: view.editRequested(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "retryMessageItem"
            text: qsTr("Retry sending")
            visible: messageMenu.bubble !== null && messageMenu.bubble.failed
            onTriggered: view.conversation.retry(view.conversation.idAt(view.currentIndex))
        }
        MessageAction {
            objectName: "viewPictureItem"
            text: qsTr("View picture")
            visible: messageMenu.bubble !== null && messageMenu.bubble.fileReady && messageMenu.bubble.mediaKind === Natter.Image
            onTriggered: view.showPicture(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "openFileItem"
            text: qsTr("Open")
            visible: messageMenu.bubble !== null && messageMenu.bubble.fileReady
            onTriggered: view.conversation.openExternally(messageMenu.bubble.attachmentId)
        }
        MessageAction {
            objectName: "messageInfoItem"
            text: qsTr("Message info")
            visible: messageMenu.bubble !== null && (messageMenu.bubble.outgoing || messageMenu.bubble.edited)
            onTriggered: view.showInfo(messageMenu.bubble.messageId)
        }
        MessageAction {
            objectName: "privateMessageItem"
            text: qsTr("Message %1 privately").arg(messageMenu.bubble !== null ? messageMenu.bubble.senderName : "")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.outgoing && !messageMenu.bubble.isSystem && messageMenu.bubble.senderName !== "" && view.conversation.session !== null
            onTriggered: {
                const peer = view.conversation.session.groups.openPrivateChat(view.conversation.chatId, messageMenu.bubble.senderName)
                if (peer !== "")
                    view.privateChatRequested(peer)
            }
        }
        MessageAction {
            objectName: "reactItem"
            text: qsTr("React…")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem && messageMenu.bubble.messageId > 0
            onTriggered: view.openReactions()
        }
        MessageAction {
            objectName: "starItem"
            text: messageMenu.bubble !== null && messageMenu.bubble.starred ? qsTr("Unstar") : qsTr("Star")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem && !messageMenu.bubble.retracted && messageMenu.bubble.messageId > 0
            onTriggered: view.conversation.toggleStar(view.conversation.idAt(view.currentIndex))
        }
        MessageAction {
            objectName: "saveFileItem"
            text: qsTr("Save as…")
            visible: messageMenu.bubble !== null && messageMenu.bubble.fileReady
            onTriggered: saveDialog.ask(messageMenu.bubble.attachmentId, messageMenu.bubble.fileName)
        }
        MessageAction {
            objectName: "deleteForMeItem"
            text: qsTr("Delete for me")
            visible: messageMenu.bubble !== null && !messageMenu.bubble.isSystem
            onTriggered: deleteDialog.ask(messageMenu.bubble.messageId, false, "me")
        }
        MessageAction {
            objectName: "deleteForEveryoneItem"
            text: qsTr("Delete for everyone")
            visible: messageMenu.bubble !== null && messageMenu.bubble.canRetract
            onTriggered: deleteDialog.ask(messageMenu.bubble.messageId, true, "everyone")
        }
    }

    ForwardDialog {
        id: forwardDialog
        session: view.conversation.session
        onForwarded: chats => {
            view.conversation.selection.clear()
            forwardedTip.show(chats === 1 ? qsTr("Forwarded to 1 chat") : qsTr("Forwarded to %1 chats").arg(chats), 3000)
        }
    }
    ToolTip {
        id: forwardedTip
        objectName: "forwardedTip"
        x: (view.width - width) / 2
        y: view.height - height - 3 * Theme.spacing
    }

    DeleteMessageDialog {
        id: deleteDialog
        onDeleteForMe: id => id ? view.conversation.deleteForMe(id) : view.conversation.deleteCheckedForMe()
        onDeleteForEveryone: id => id ? view.conversation.retract(id) : view.conversation.retractChecked()
    }

    Connections {
        target: view.conversation
        function onDeletedForMe(messageId) { undoToast.show(messageId) }
    }

    TextMetrics {
        id: longestLink
        font: messageMenu.font
        text: qsTr("Open %1").arg(messageMenu.links.reduce((a, b) => b.length > a.length ? b : a, ""))
    }

    OpenFileConfirmDialog {
        media: view.conversation.session ? view.conversation.session.media : null
        active: view.visible
    }

    SaveFileDialog {
        id: saveDialog
        onSaveTo: (id, target) => view.conversation.saveAs(id, target)
    }

    // Created on demand, not loaded: Qt 6.4's Loader refuses components bound to this file.
    Component {
        id: viewerComponent
        ImageViewer {
            session: view.conversation.session
            peer: view.conversation.peer
            onClosed: destroy()
        }
    }

    Component {
        id: infoComponent
        MessageInfoDialog {
            session: view.conversation.session
            onClosed: destroy()
        }
    }

    // Throttled, not debounced: a long fling still loads pages on its way.
    onContentYChanged: if (!check.running) check.start()
    onCountChanged: if (!check.running) check.start()
    onHeightChanged: if (!check.running) check.start()
    Window.onActiveChanged: check.restart()

    readonly property int fullCacheBuffer: 600
    Connections {
        target: view.conversation
        // Emitted before the old rows go. Qt 6.4 cancels a bubble still being made for the cache
        // buffer only after its row is gone, and then warns; letting go of the model first
        // cancels it while the row still exists. The rows go synchronously, count with them.
        function onPeerChanged() {
            growBuffer.stop()
            view.cacheBuffer = 0
            // Nothing of the last chat stays chosen: a shortcut or the menu must never act on a
            // bubble left over from it. The focus goes to the composer, as the new chat opens.
            if (view.activeFocus)
                view.leaveRequested("")
            view.currentIndex = -1
            view.model = null
        }
        function onCountChanged() {
            if (view.model === null)
                view.model = Qt.binding(() => view.conversation)
        }
    }
    // afterAnimating, not frameSwapped: it comes on this thread (frameSwapped comes from the
    // render thread), just before the frame is made; the timer then runs once it is out.
    Connections {
        target: view.Window.window
        enabled: view.cacheBuffer === 0 && view.count > 0
        function onAfterAnimating() {
            growBuffer.start()
        }
    }
    Timer {
        id: growBuffer
        interval: 1
        repeat: true
        onTriggered: {
            view.cacheBuffer = Math.min(view.fullCacheBuffer, view.cacheBuffer + 200)
            if (view.cacheBuffer >= view.fullCacheBuffer)
                stop()
        }
    }

    // New messages arriving while the person reads the newest stay in sight.
    Connections {
        target: view.conversation
        property bool wasAtBottom: true
        function onRowsAboutToBeInserted(parent, first, last) {
            wasAtBottom = view.atBottom
        }
        function onRowsInserted(parent, first, last) {
            if (first === 0 && wasAtBottom)
                view.positionViewAtBeginning()
        }

    }

    // The original of a reply was looked for, here and in the server's archive, and is not there.
    Connections {
        target: view.conversation
        function onOriginalNotFound() {
            notFoundTip.show(qsTr("The original message is not in this chat's history."), 4000)
        }
    }
    ToolTip {
        id: notFoundTip
        objectName: "originalNotFound"
        x: (view.width - width) / 2
        y: view.height - height - 3 * Theme.spacing
    }

    Timer {
        id: check
        interval: 100
        onTriggered: view.checkPosition()
    }

    BusyIndicator {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        running: view.conversation.loading
        visible: running
        implicitWidth: 36
        implicitHeight: 36
    }

    UndoToast {
        id: undoToast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        dark: view.dark
        onUndoRequested: id => view.conversation.undoDelete(id)
    }

    RoundButton {
        id: jumpButton
        objectName: "jumpToBottom"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        visible: !view.atBottom && view.count > 0
        text: "⌄"
        font.pixelSize: 20
        onClicked: {
            view.followNewest = true
            view.conversation.jumpToLatest()
            view.positionViewAtBeginning()
        }
        Accessible.name: qsTr("Jump to the newest message")
        Rectangle {
            objectName: "jumpUnreadBadge"
            visible: view.conversation.unreadCount > 0
            anchors.top: parent.top
            anchors.right: parent.right
            implicitHeight: 20
            implicitWidth: Math.max(20, badge.implicitWidth + 10)
            radius: 10
            color: Theme.accent
            Label {
                id: badge
                anchors.centerIn: parent
                text: view.conversation.unreadCount
                color: "white"
                font.pixelSize: 11
                font.bold: true
            }
        }
    }
}
