pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The composer: Enter sends, Shift+Enter starts a new line. It keeps a draft per chat and
// tells the peer when the person types. Files come from the attach button, a paste or a drop
// on the page (through attachments) and wait in the tray above until sent.
Pane {
    id: bar
    objectName: "composerBar"

    required property AccountSession session
    required property string peer
    required property var chatId
    property bool dark: false

    readonly property AttachmentDraftModel attachments: composer.attachments
    // The session's voice recorder, asked for when the person first records (Qt Multimedia
    // loads only then), and whether a note is being recorded from this composer.
    property var recorder: null
    property bool recordingVoice: false
    // Esc closed the "@" suggestions; typing on brings them back.
    property bool mentionsDismissed: false
    readonly property int mentionRowHeight: 40
    readonly property bool suggestingMentions: mentionCompleter.count > 0 && !mentionsDismissed && field.activeFocus

    signal sent()
    // Up with nothing typed: the page selects our last message (WhatsApp and Slack do this).
    signal upInEmptyField()

    padding: Theme.spacing / 2

    function send() {
        if (composer.send(field.text)) {
            field.clear()
            bar.sent()
        }
    }

    // XEP-0308: the field takes our message's text; sending replaces it.
    function editMessage(messageId) {
        composer.startEditing(messageId)
    }

    function insertText(text: string) {
        field.insert(field.cursorPosition, text)
        focusField()
    }
    function replyTo(messageId) {
        composer.replyTo(messageId)
        focusField()
    }
    function focusField() {
        field.forceActiveFocus()
    }
    function chooseMention(row: int) {
        const completed = mentionCompleter.complete(row)
        field.text = completed.text
        field.cursorPosition = completed.cursor
    }

    // After "@" in a group: who can be mentioned, narrowed as the person types.
    MentionCompletionModel {
        id: mentionCompleter
        objectName: "mentionCompleter"
        session: bar.session
        peer: bar.peer
    }

    Popup {
        id: mentionPopup
        objectName: "mentionPopup"
        visible: bar.suggestingMentions
        closePolicy: Popup.NoAutoClose // the field keeps the focus and the keys
        x: Theme.spacing
        y: -height
        width: Math.min(300, bar.width - 2 * Theme.spacing)
        // Five rows at most; the list scrolls for more.
        height: Math.min(mentionList.count, 5) * bar.mentionRowHeight + topPadding + bottomPadding
        padding: 4
        background: Rectangle {
            color: bar.palette.base
            border.color: bar.palette.mid
            radius: 6
        }
        ListView {
            id: mentionList
            objectName: "mentionList"
            anchors.fill: parent
            clip: true
            model: mentionCompleter
            onCountChanged: currentIndex = 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People to mention")
            delegate: ItemDelegate {
                id: option
                required property int index
                required property string nick
                required property color tint
                width: ListView.view.width
                height: bar.mentionRowHeight
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus // a click must leave the focus in the field
                contentItem: Label {
                    text: option.nick
                    textFormat: Text.PlainText // a nickname is untrusted
                    color: option.tint
                    font.bold: true
                    elide: Text.ElideRight
                }
                onClicked: bar.chooseMention(index)
                Accessible.name: qsTr("Mention %1").arg(nick)
            }
        }
    }

    ChatComposer {
        id: composer
        session: bar.session
        peer: bar.peer
        chatId: bar.chatId
        onDraftLoaded: field.text = draft
        onEditingStarted: text => {
            field.text = text
            field.cursorPosition = text.length
            field.forceActiveFocus()
        }
        onNothingToEdit: bar.upInEmptyField()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        // What the next message answers, with a way out (the button, or Esc in the field).
        RowLayout {
            objectName: "replyStrip"
            visible: composer.replyToId > 0
            Layout.fillWidth: true
            spacing: 4
            ReplyQuote {
                replyState: ReplyQuotes.Shown
                author: composer.replyAuthor
                authorColor: Theme.accent
                excerpt: composer.replyExcerpt
                clickable: false
                dark: bar.dark
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "cancelReplyButton"
                text: "✕"
                onClicked: {
                    composer.cancelReply()
                    bar.focusField()
                }
                Accessible.name: qsTr("Cancel reply")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }
        }

        AttachmentTray {
            model: composer.attachments
            visible: composer.attachments.count > 0
            Layout.fillWidth: true
            onSendRequested: bar.send()
        }

        VoiceRecorderBar {
            visible: bar.recordingVoice
            recorder: bar.recorder
            Layout.fillWidth: true
        }

        Connections {
            target: bar.recorder
            function onRecordingChanged() {
                if (!bar.recorder.recording)
                    bar.recordingVoice = false
            }
        }

        Label {
            objectName: "voiceNoteStartError"
            visible: !bar.recordingVoice && text !== ""
            text: bar.recorder ? bar.recorder.errorText : ""
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // Editing one of our messages: what it said, and a way back to the draft.
        RowLayout {
            objectName: "editingStrip"
            visible: composer.editingId !== 0
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Rectangle {
                color: Theme.accent
                implicitWidth: 3
                Layout.fillHeight: true
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Editing")
                    font.bold: true
                    color: Theme.accent
                }
                Label {
                    objectName: "editingText"
                    text: composer.editingText
                    textFormat: Text.PlainText // our own words, but shown as typed
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    color: Theme.secondaryText(bar.dark)
                    Layout.fillWidth: true
                }
            }
            ToolButton {
                objectName: "cancelEditingButton"
                text: "✕"
                onClicked: {
                    composer.cancelEditing()
                    field.forceActiveFocus()
                }
                Accessible.name: qsTr("Cancel editing")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cancel editing (Esc)")
            }
        }

        Label {
            objectName: "composerError"
            visible: composer.errorText !== ""
            text: composer.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            visible: !bar.recordingVoice
            Layout.fillWidth: true
            spacing: 4

            ToolButton {
                objectName: "emojiButton"
                text: "☺"
                font.pixelSize: 20
                onClicked: emojiPicker.open()
                Accessible.name: qsTr("Insert emoji")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Emoji")
                EmojiPicker {
                    id: emojiPicker
                    y: -height - 8
                    onPicked: emoji => bar.insertText(emoji)
                }
            }

            ToolButton {
                objectName: "attachButton"
                text: "📎"
                font.family: Format.emojiFontFamily
                font.pixelSize: 20
                onClicked: attachMenu.open()
                Accessible.name: qsTr("Attach")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Attach")
                // Files, or a location or contact card (sent at once, whatever the field holds).
                Menu {
                    id: attachMenu
                    objectName: "attachMenu"
                    y: -height - 8
                    MenuItem {
                        objectName: "attachFilesItem"
                        text: qsTr("Files…")
                        onTriggered: fileDialog.open()
                    }
                    MenuItem {
                        objectName: "attachLocationItem"
                        text: qsTr("Location…")
                        onTriggered: locationDialog.open()
                    }
                    MenuItem {
                        objectName: "attachContactItem"
                        text: qsTr("Contact…")
                        onTriggered: shareContactDialog.open()
                    }
                }
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(field.implicitHeight, 160)
                TextArea {
                    id: field
                    objectName: "composerField"
                    placeholderText: qsTr("Type a message")
                    wrapMode: TextArea.Wrap
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    onTextChanged: {
                        composer.edited(text)
                        bar.mentionsDismissed = false
                        mentionCompleter.update(text, cursorPosition)
                    }
                    onCursorPositionChanged: mentionCompleter.update(text, cursorPosition)
                    onActiveFocusChanged: composer.setFocused(activeFocus)
                    Keys.onUpPressed: event => {
                        if (bar.suggestingMentions)
                            return mentionList.decrementCurrentIndex()
                        event.accepted = field.text === "" && !(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier))
                        if (event.accepted)
                            composer.editLast() // else (nothingToEdit) the page selects it
                    }
                    Keys.onDownPressed: event => {
                        event.accepted = bar.suggestingMentions
                        mentionList.incrementCurrentIndex()
                    }
                    // Tab moves on instead of typing a tab character, so the composer is no trap.
                    Keys.onTabPressed: bar.suggestingMentions ? bar.chooseMention(mentionList.currentIndex) : nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    Keys.onReturnPressed: event => bar.handleReturn(event)
                    Keys.onEnterPressed: event => bar.handleReturn(event)
                    // Esc empties a full tray before it closes the chat (MainPage's shortcut).
                    Keys.onShortcutOverride: event => event.accepted = event.key === Qt.Key_Escape && (composer.attachments.count > 0 || bar.suggestingMentions || composer.editingId !== 0 || composer.replyToId > 0)
                    Keys.onEscapePressed: event => {
                        if (bar.suggestingMentions)
                            return bar.mentionsDismissed = true
                        if (composer.editingId !== 0)
                            return composer.cancelEditing()
                        if (composer.replyToId > 0)
                            return composer.cancelReply()
                        event.accepted = composer.attachments.count > 0
                        composer.attachments.clear()
                    }
                    // Files or an image on the clipboard go to the tray; text pastes as usual.
                    Keys.onPressed: event => {
                        if (event.matches(StandardKey.Paste))
                            event.accepted = composer.attachments.paste()
                    }
                    Accessible.name: qsTr("Message")
                }
            }

            // With nothing typed or attached, the send button records a voice note instead.
            ToolButton {
                objectName: "sendButton"
                readonly property bool hasContent: field.text.trim() !== "" || composer.attachments.sendableCount > 0
                visible: hasContent
                text: "➤"
                font.pixelSize: 20
                onClicked: bar.send()
                Accessible.name: qsTr("Send message")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }

            ToolButton {
                objectName: "voiceNoteButton"
                visible: !field.text.trim() && composer.attachments.sendableCount === 0
                text: "🎤"
                font.family: Format.emojiFontFamily
                font.pixelSize: 20
                onClicked: bar.recordVoiceNote()
                Accessible.name: qsTr("Record a voice note")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose files to send")
        fileMode: FileDialog.OpenFiles
        onAccepted: composer.attachments.add(selectedFiles)
    }

    LocationDialog {
        id: locationDialog
        onChosen: uri => {
            if (composer.sendCard(uri))
                bar.sent()
        }
        onClosed: bar.focusField()
    }

    ShareContactDialog {
        id: shareContactDialog
        session: bar.session
        onChosen: (jid, name) => {
            if (composer.sendContact(jid, name))
                bar.sent()
        }
        onClosed: bar.focusField()
    }

    function recordVoiceNote() {
        bar.recorder = bar.session.media.recorder
        bar.recordingVoice = bar.session.media.startVoiceNote(bar.peer)
    }

        function handleReturn(event: KeyEvent) {
        if (event.modifiers & Qt.ShiftModifier) {
            event.accepted = false
            return
        }
        event.accepted = true
        if (bar.suggestingMentions)
            bar.chooseMention(mentionList.currentIndex)
        else
            bar.send()
    }
}
