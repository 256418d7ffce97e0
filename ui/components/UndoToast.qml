import QtQuick
import QtQuick.Controls
import Natter.Ui

// "Message deleted · Undo" for a few seconds after a delete for me; Undo brings it back. More
// deletions while it shows (several messages chosen at once) join it: Undo brings all back.
Rectangle {
    id: toast
    objectName: "undoToast"

    // Retractions::UndoMs: after that the message is gone for good and Undo would do nothing.
    property int timeout: 5000
    property var messageIds: []
    property bool dark: false

    signal undoRequested(var messageId)

    function show(id) {
        messageIds = visible ? messageIds.concat([id]) : [id]
        visible = true
        hideTimer.restart()
    }

    visible: false
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    implicitHeight: row.implicitHeight + Theme.spacing
    radius: height / 2
    color: dark ? "#e0e3e7" : "#303438"
    Accessible.role: Accessible.AlertMessage
    readonly property string text: messageIds.length > 1 ? qsTr("%n messages deleted", "", messageIds.length) : qsTr("Message deleted")
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: toast.timeout
        onTriggered: toast.visible = false
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: toast.text
            color: toast.dark ? "#202124" : "white"
        }
        Button {
            objectName: "undoButton"
            flat: true
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo delete")
            onClicked: {
                hideTimer.stop()
                toast.visible = false
                for (const id of toast.messageIds)
                    toast.undoRequested(id)
            }
        }
    }
}
