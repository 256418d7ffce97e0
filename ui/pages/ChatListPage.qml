import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

Page {
    id: page
    objectName: "chatListPage"

    required property AccountSession session

    header: ToolBar {
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
                text: qsTr("Sign out")
                onClicked: page.session.signOut()
                Accessible.name: qsTr("Sign out")
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
}
