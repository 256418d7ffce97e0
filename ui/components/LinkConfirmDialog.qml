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
    modal: true
    title: qsTr("Open this link?")
    standardButtons: Dialog.Cancel | Dialog.Open
    onAccepted: Qt.openUrlExternally(link)

    Label {
        width: Math.min(420, dialog.parent ? dialog.parent.width - 80 : 420)
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
        text: qsTr("The link leads somewhere other than it shows:\n\n%1").arg(dialog.link)
    }
}
