import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// Asked before opening a link that is not what it looks like.
Dialog {
    id: dialog
    objectName: "linkConfirmDialog"

    property string link: ""

    function ask(target: string) {
        link = target
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    // A width of its own: one derived from the wrapped text loops through the button box.
    width: Math.min(460, parent ? parent.width - 2 * Theme.spacing : 460)
    modal: true
    title: qsTr("Open this link?")
    standardButtons: Dialog.Cancel | Dialog.Open
    // The safe choice has the focus, so Enter or Space does not open the link by accident.
    onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
    onAccepted: Qt.openUrlExternally(link)

    Label {
        width: dialog.availableWidth
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        text: qsTr("The link leads somewhere other than it shows:\n\n%1").arg(dialog.link)
    }
}
