import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Above a chat that a stranger's message opened: add them, block them, or report them as spam.
// Block and Report ask first. Answering in the chat accepts the request too.
Rectangle {
    id: banner
    objectName: "messageRequestBanner"

    required property AccountSession session
    required property string peer
    property bool dark: false
    readonly property MessageRequests requests: session.contacts.messageRequests

    // Blocked (or reported): the request leaves the list, and the chat closes.
    signal blocked()

    // The list of requests changes as they are opened and accepted: peers is the dependency.
    visible: peer !== "" && requests.peers.indexOf(peer) >= 0
    implicitHeight: visible ? column.implicitHeight + 12 : 0
    color: Theme.infoBanner(dark)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 6
        Label {
            objectName: "messageRequestText"
            // The address is untrusted text: plain, never rich.
            text: qsTr("%1 is not in your contacts").arg(banner.peer)
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            font.bold: true
            color: Theme.bannerText(banner.dark)
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("They don't know that you have seen their messages. Replying accepts the request.")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.bannerText(banner.dark)
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Button {
                objectName: "acceptRequestButton"
                text: qsTr("Add to contacts")
                highlighted: true
                Accessible.name: qsTr("Add %1 to your contacts").arg(banner.peer)
                onClicked: banner.requests.accept(banner.peer)
            }
            Button {
                objectName: "blockRequestButton"
                text: qsTr("Block")
                flat: true
                onClicked: confirm.ask(false)
            }
            Button {
                objectName: "reportRequestButton"
                text: qsTr("Report spam")
                flat: true
                onClicked: confirm.ask(true)
            }
        }
        Label {
            objectName: "messageRequestError"
            visible: text !== ""
            text: banner.session.contacts.errorText
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.dangerText(banner.dark)
            Layout.fillWidth: true
        }
    }

    Dialog {
        id: confirm
        objectName: "messageRequestDialog"
        property bool report: false
        function ask(spam: bool) {
            report = spam
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(460, parent ? parent.width - 32 : 460)
        modal: true
        title: confirm.report ? qsTr("Report spam and block?") : qsTr("Block?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        // The safe answer has the focus: Enter or Space alone must not block anyone.
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus(Qt.TabFocusReason)
        // Laid out as ChatActionDialog is: a label sized by the dialog made a binding loop.
        ColumnLayout {
            width: parent.width
            Label {
                objectName: "messageRequestDialogText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: !confirm.report ? qsTr("%1 will not be able to message you. The request leaves your list.").arg(banner.peer) : banner.requests.reportsSupported ? qsTr("%1 is reported to your server as spam and blocked.").arg(banner.peer) : qsTr("Your server does not take spam reports: %1 will only be blocked.").arg(banner.peer)
            }
        }
        onAccepted: {
            if (banner.requests.block(banner.peer, confirm.report))
                banner.blocked()
        }
    }
}
