import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

Page {
    id: page
    objectName: "chatListPage"

    required property AccountSession session

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            Label {
                text: page.session.jid
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "accountMenuButton"
                text: "⋮"
                font.pixelSize: 20
                onClicked: accountMenu.open()
                Accessible.name: qsTr("Account menu")
                Menu {
                    id: accountMenu
                    y: parent.height
                    MenuItem {
                        objectName: "contactsMenuItem"
                        text: qsTr("Contacts")
                        onTriggered: page.StackView.view.push(Qt.resolvedUrl("ContactsPage.qml"), { session: page.session })
                    }
                    MenuItem {
                        text: qsTr("Sign out")
                        onTriggered: page.session.signOut()
                    }
                    MenuItem {
                        text: qsTr("Remove account…")
                        onTriggered: removeDialog.open()
                    }
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            session: page.session
            Layout.fillWidth: true
        }

        Label {
            objectName: "emptyChatList"
            text: qsTr("No chats yet")
            color: palette.placeholderText
            font.pixelSize: 16
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Dialog {
        id: removeDialog
        objectName: "removeAccountDialog"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove account?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            text: qsTr("This signs you out of %1 and deletes its messages and media from this computer. The account on the server stays.").arg(page.session.jid)
            wrapMode: Text.Wrap
            width: Math.min(420, page.width - 80)
        }
        onAccepted: page.session.removeAccount()
    }
}
