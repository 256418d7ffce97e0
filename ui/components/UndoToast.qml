import QtQuick
import QtQuick.Controls
import Natter.Ui

// "Message deleted · Undo" for a few seconds after a delete for me; Undo brings it back.
Rectangle {
    id: toast
    objectName: "undoToast"

    // Retractions::UndoMs: after that the message is gone for good and Undo would do nothing.
    property int timeout: 5000
    property var messageId: 0
    property bool dark: false

    signal undoRequested(var messageId)

    function show(id) {
        messageId = id
        visible = true
        hideTimer.restart()
    }

    visible: false
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    implicitHeight: row.implicitHeight + Theme.spacing
    radius: height / 2
    color: dark ? "#e0e3e7" : "#303438"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Message deleted")

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
            text: qsTr("Message deleted")
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
                toast.undoRequested(toast.messageId)
            }
        }
    }
}
