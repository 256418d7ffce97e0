pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models

// The addresses the person blocked, each with an Unblock button; says so when nobody is.
ListView {
    id: list
    objectName: "blockedList"
    Accessible.name: qsTr("Blocked contacts")

    required property ContactService contacts

    implicitHeight: Math.max(48, Math.min(300, contentHeight))
    interactive: contentHeight > height
    clip: true
    model: BlockedContactModel {
        id: blockedModel
        service: list.contacts
    }
    delegate: RowLayout {
        id: blockedRow
        required property string jid
        width: ListView.view.width
        Label {
            text: blockedRow.jid
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Button {
            objectName: "unblockButton"
            text: qsTr("Unblock")
            flat: true
            onClicked: list.contacts.unblock(blockedRow.jid)
            Accessible.name: qsTr("Unblock %1").arg(blockedRow.jid)
        }
    }
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nobody is blocked.")
        color: palette.placeholderText
    }
}
