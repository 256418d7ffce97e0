import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Asks the person whether to trust a certificate the system does not. Trust pins exactly this
// certificate for the account; a later, different one asks again.
Dialog {
    id: dialog
    objectName: "certificateDialog"

    required property AccountSession session
    readonly property var prompt: session.certificatePrompt
    readonly property bool changed: prompt.changed === true

    visible: prompt.fingerprint !== undefined
    modal: true
    // A click beside it decides nothing; Esc rejects, like the Reject button that has the focus.
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 2 * Theme.spacing)
    title: changed ? qsTr("The server's certificate has changed") : qsTr("Unverified certificate")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: dialog.changed
                  ? qsTr("This server now presents a different certificate from the one you trusted before. This can happen when the server renews it, but it can also mean someone is intercepting your connection. Only continue if you can confirm the new fingerprint with the server's operator.")
                  : qsTr("Natter could not verify this server's identity (%1). Only trust it if you can confirm the fingerprint with the server's operator.").arg(dialog.prompt.reason || "")
            color: dialog.changed ? Theme.danger : palette.windowText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Layout.fillWidth: true
            Label { text: qsTr("Subject"); font.bold: true }
            Label { text: dialog.prompt.subject || ""; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            Label { text: qsTr("Issuer"); font.bold: true }
            Label { text: dialog.prompt.issuer || ""; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            Label { text: qsTr("Valid from"); font.bold: true }
            Label { text: dialog.prompt.validFrom || ""; Layout.fillWidth: true }
            Label { text: qsTr("Valid until"); font.bold: true }
            Label { text: dialog.prompt.validUntil || ""; Layout.fillWidth: true }
            Label { text: qsTr("SHA-256"); font.bold: true; Layout.alignment: Qt.AlignTop }
            Label {
                objectName: "fingerprintLabel"
                text: dialog.prompt.fingerprintRows || ""
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Accessible.name: qsTr("SHA-256 fingerprint")
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            id: rejectButton
            objectName: "rejectCertificateButton"
            text: qsTr("Reject")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "trustCertificateButton"
            text: qsTr("Trust this certificate")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    // With a keyboard reason, so the button shows that Enter or Space would press it.
    onOpened: rejectButton.forceActiveFocus(Qt.TabFocusReason)
    onAccepted: session.trustCertificate()
    onRejected: session.rejectCertificate()
}
