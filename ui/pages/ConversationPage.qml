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
    readonly property bool dark: Material.theme === Material.Dark

    signal backRequested()
    signal contactInfoRequested(string jid)

    function jumpTo(messageId: int) {
        messages.jumpTo(messageId)
    }
    function focusComposer() {
        composerBar.focusField()
    }

    background: Rectangle {
        color: Theme.chatBackground(page.dark)
    }

    ConversationModel {
        id: messages
        objectName: "conversationModel"
        session: page.session
        peer: page.peer
        onPositionRequested: row => view.showRow(row)
    }

    ContactDetails {
        id: contact
        service: page.session.contacts
        jid: page.peer
    }

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
            // The avatar and name open the contact's info page.
            RowLayout {
                id: headerButton
                objectName: "conversationHeader"
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                activeFocusOnTab: true
                Keys.onReturnPressed: page.contactInfoRequested(page.peer)
                Keys.onSpacePressed: page.contactInfoRequested(page.peer)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Contact info for %1").arg(contact.name)
                TapHandler {
                    onTapped: page.contactInfoRequested(page.peer)
                }
                HoverHandler {
                    cursorShape: Qt.PointingHandCursor
                }
                ContactAvatar {
                    source: contact.avatar
                    initials: contact.initials
                    tint: contact.color
                    implicitWidth: 38
                    implicitHeight: 38
                    Layout.leftMargin: page.narrow ? 0 : Theme.spacing
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        objectName: "conversationName"
                        text: contact.name
                        textFormat: Text.PlainText // a contact's own name is untrusted
                        font.bold: true
                        // The header is a button from the keyboard too: show where the focus is.
                        font.underline: headerButton.activeFocus
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "conversationStatus"
                        text: messages.peerTyping ? qsTr("typing…") : contact.activity
                        visible: text !== ""
                        font.pixelSize: 12
                        opacity: 0.85
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    LinkConfirmDialog {
        id: linkDialog
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
        enabled: page.peer !== ""
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

        MessageListView {
            id: view
            conversation: messages
            dark: page.dark
            Layout.fillWidth: true
            Layout.fillHeight: true
            onLeaveRequested: typed => composerBar.insertText(typed)
            onLinkClicked: (link, shownText) => {
                if (Format.linkNeedsConfirmation(shownText, link))
                    linkDialog.ask(link)
                else
                    Qt.openUrlExternally(link)
            }
        }

        ComposerBar {
            id: composerBar
            session: page.session
            peer: page.peer
            chatId: messages.chatId
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
            text: qsTr("Drop files to send them to %1").arg(contact.name)
            textFormat: Text.PlainText
            font.pixelSize: 20
            font.bold: true
            color: Theme.accent
        }
    }
}
