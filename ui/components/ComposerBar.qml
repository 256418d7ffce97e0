pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The composer: Enter sends, Shift+Enter starts a new line. It keeps a draft per chat and
// tells the peer when the person types.
Pane {
    id: bar
    objectName: "composerBar"

    required property AccountSession session
    required property string peer
    required property var chatId

    signal sent()

    padding: Theme.spacing / 2

    function send() {
        if (composer.send(field.text)) {
            field.clear()
            bar.sent()
        }
    }

    function insertText(text: string) {
        field.insert(field.cursorPosition, text)
        field.forceActiveFocus()
    }

    ChatComposer {
        id: composer
        session: bar.session
        peer: bar.peer
        chatId: bar.chatId
        onDraftLoaded: field.text = draft
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        Label {
            objectName: "composerError"
            visible: composer.errorText !== ""
            text: composer.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 4

            ToolButton {
                objectName: "emojiButton"
                text: "☺"
                font.pixelSize: 20
                onClicked: emojiPicker.open()
                Accessible.name: qsTr("Emoji")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Emoji")
                EmojiPicker {
                    id: emojiPicker
                    y: -height - 8
                    onPicked: emoji => bar.insertText(emoji)
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
                    onTextChanged: composer.edited(text)
                    onActiveFocusChanged: composer.setFocused(activeFocus)
                    Keys.onReturnPressed: event => bar.handleReturn(event)
                    Keys.onEnterPressed: event => bar.handleReturn(event)
                    Accessible.name: qsTr("Message")
                }
            }

            ToolButton {
                objectName: "sendButton"
                text: "➤"
                font.pixelSize: 20
                enabled: field.text.trim() !== ""
                onClicked: bar.send()
                Accessible.name: qsTr("Send")
            }
        }
    }

    function handleReturn(event: KeyEvent) {
        if (event.modifiers & Qt.ShiftModifier) {
            event.accepted = false
            return
        }
        event.accepted = true
        bar.send()
    }
}
