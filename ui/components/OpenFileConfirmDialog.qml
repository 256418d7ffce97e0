import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// Asked before "Open" runs a received program or script; the question names what it really is.
Dialog {
    id: dialog
    objectName: "openFileConfirmDialog"

    property MediaService media: null
    // Only the dialog of the page in sight answers, so a page under another one stays quiet.
    property bool active: true
    property var attachmentId: 0
    property string question: ""

    Connections {
        target: dialog.media
        enabled: dialog.active
        function onOpenConfirmationNeeded(attachmentId, question) {
            dialog.attachmentId = attachmentId
            dialog.question = question
            dialog.open()
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    // A width of its own: one derived from the wrapped text loops through the button box.
    width: Math.min(460, parent ? parent.width - 2 * Theme.spacing : 460)
    modal: true
    title: qsTr("Open this program?")
    standardButtons: Dialog.Cancel | Dialog.Open
    // The safe choice has the focus, so Enter or Space does not run it by accident.
    onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
    onAccepted: media.openConfirmed(attachmentId)

    Label {
        objectName: "openFileQuestion"
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: dialog.question
        Accessible.name: text
    }
}
