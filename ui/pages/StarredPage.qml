pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The starred messages, newest star first: of one chat (from its menu) or of every chat (from
// the account menu), as in WhatsApp. Enter or a click opens the chat at the message; the star,
// Delete or Ctrl+S takes a star away.
Page {
    id: page
    objectName: "starredPage"

    required property AccountSession session
    // 0: every chat.
    property var chatId: 0
    property string chatName: ""
    readonly property bool dark: Material.theme === Material.Dark

    signal messageOpened(string peer, var messageId)

    StackView.onActivated: if (list.count > 0) list.forceActiveFocus()

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "starredBackButton"
                text: "‹"
                font.pixelSize: 24
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "starredTitle"
                    text: qsTr("Starred messages")
                    font.bold: true
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "starredSubtitle"
                    visible: page.chatId > 0
                    text: page.chatName
                    textFormat: Text.PlainText // a contact's or group's own name is untrusted
                    font.pixelSize: 12
                    opacity: 0.85
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }

    StarredMessageModel {
        id: starred
        objectName: "starredModel"
        session: page.session
        chatId: page.chatId
        // The first page came: the keyboard starts on the list.
        onLoadedChanged: if (starred.loaded && starred.count > 0 && page.StackView.status === StackView.Active) list.forceActiveFocus()
    }

    ListView {
        id: list
        objectName: "starredList"
        anchors.fill: parent
        model: starred
        clip: true
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds
        activeFocusOnTab: count > 0
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: page.chatId > 0 ? qsTr("Starred messages in %1").arg(page.chatName) : qsTr("Starred messages")
        onActiveFocusChanged: if (activeFocus && currentIndex < 0) currentIndex = 0
        Keys.onReturnPressed: if (currentItem) currentItem.clicked()
        Keys.onEnterPressed: if (currentItem) currentItem.clicked()
        Keys.onDeletePressed: starred.unstar(currentIndex)
        ScrollBar.vertical: ScrollBar {}
        Shortcut {
            sequence: "Ctrl+S"
            enabled: list.activeFocus && list.currentIndex >= 0
            onActivated: starred.unstar(list.currentIndex)
        }
        delegate: StarredMessageDelegate {
            showChat: page.chatId <= 0
            dark: page.dark
            onOpened: page.messageOpened(peer, messageId)
            onUnstarRequested: starred.unstar(index)
            required property int index
            Rectangle {
                anchors.fill: parent
                visible: parent.ListView.isCurrentItem && list.activeFocus
                color: Theme.selectedRow(page.dark)
            }
        }

        Label {
            objectName: "starredEmpty"
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.spacing
            visible: starred.loaded && list.count === 0
            text: qsTr("No starred messages. Star a message from its menu to find it here.")
            color: Theme.secondaryText(page.dark)
            font.pixelSize: 16
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
