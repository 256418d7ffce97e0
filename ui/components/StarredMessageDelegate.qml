pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Ui

// A starred message: who wrote it and in which chat, when, a line or two of it, and a star that
// takes the star away. A click opens the chat at the message.
ItemDelegate {
    id: row

    required property var messageId
    required property var chatId
    required property string peer
    required property string chatName
    required property string sender
    required property string excerpt
    required property string date
    required property bool outgoing
    required property string accessibleName
    // All chats: the chat's name follows the sender's. One chat: the page says which.
    property bool showChat: true
    property bool dark: false

    signal opened()
    signal unstarRequested()

    objectName: "starredRow"
    width: ListView.view ? ListView.view.width : implicitWidth
    onClicked: opened()
    Accessible.name: row.accessibleName
    Accessible.description: qsTr("Starred")

    contentItem: RowLayout {
        spacing: Theme.spacing / 2
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "starredSender"
                    text: row.sender
                    textFormat: Text.PlainText // a name or nickname is untrusted
                    font.bold: true
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    Layout.maximumWidth: row.showChat ? row.width / 3 : -1
                }
                Label {
                    objectName: "starredChat"
                    visible: row.showChat && row.chatName !== row.sender
                    text: "▸ " + row.chatName
                    textFormat: Text.PlainText
                    color: Theme.secondaryText(row.dark)
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Item {
                    visible: !row.showChat || row.chatName === row.sender
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "starredDate"
                    text: row.date
                    font.pixelSize: 12
                    color: Theme.secondaryText(row.dark)
                }
            }
            Label {
                objectName: "starredExcerpt"
                text: row.excerpt
                textFormat: Text.PlainText // the message's own text, untrusted
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.secondaryText(row.dark)
                Layout.fillWidth: true
            }
        }
        ToolButton {
            objectName: "unstarButton"
            text: "★"
            font.pixelSize: 18
            Material.foreground: Theme.accent
            // The list's keys do the same (Delete, Ctrl+S): one Tab stop for the whole list.
            focusPolicy: Qt.NoFocus
            onClicked: row.unstarRequested()
            Accessible.name: qsTr("Unstar")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Unstar")
        }
    }
}
