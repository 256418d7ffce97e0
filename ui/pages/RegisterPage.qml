pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

Page {
    id: page
    objectName: "registerPage"

    required property AccountSession session
    readonly property bool busy: registration.busy

    // The new account signed in; Main.qml shows the chat list.
    signal accountReady()

    RegistrationService {
        id: registration
        account: page.session
    }

    RegistrationFormModel {
        id: formModel
        service: registration
    }

    Connections {
        target: page.session
        function onSignedIn() { page.accountReady() }
    }

    // Tab into a control below the fold scrolls the page to it.
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { FocusScroll.reveal(pageScroll.contentItem, page.Window.activeFocusItem) }
    }

    ScrollView {
        id: pageScroll
        anchors.fill: parent
        // A focus scope: without its focus, the first field's focus: true never becomes active.
        focus: true
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.cardWidth, parent.width - 2 * Theme.spacing)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing

            Item { Layout.preferredHeight: 48 }

            Label {
                text: qsTr("Create an account")
                font.pixelSize: 26
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: qsTr("Pick an XMPP server, then fill in what it asks for.")
                color: palette.placeholderText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }

            TextField {
                id: serverField
                objectName: "serverField"
                placeholderText: qsTr("Server, such as example.org")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                enabled: !page.busy
                focus: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Server")
                onAccepted: continueButton.clicked()
            }

            CheckBox {
                id: advanced
                objectName: "advancedSettings"
                text: qsTr("Advanced settings")
                enabled: !page.busy
                Accessible.name: text
            }
            GridLayout {
                visible: advanced.checked
                columns: 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                TextField {
                    id: hostField
                    placeholderText: qsTr("Server host (optional)")
                    enabled: !page.busy
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Server host")
                }
                TextField {
                    id: portField
                    placeholderText: qsTr("Port")
                    validator: IntValidator { bottom: 1; top: 65535 }
                    enabled: !page.busy
                    Layout.preferredWidth: 90
                    Accessible.name: qsTr("Port")
                }
                CheckBox {
                    id: directTls
                    text: qsTr("Direct TLS instead of STARTTLS")
                    enabled: !page.busy
                    Layout.columnSpan: 2
                    Accessible.name: text
                }
            }

            ColumnLayout {
                objectName: "certificateBox"
                visible: registration.pendingCertificateText.length > 0 && !page.busy
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Label {
                    text: qsTr("Natter cannot verify this server's certificate. Trust it only if "
                               + "you know it is the server's own:")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: registration.pendingCertificateText
                    font.family: "monospace"
                    font.pixelSize: 12
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "trustButton"
                    text: qsTr("Trust this certificate")
                    Layout.alignment: Qt.AlignRight
                    Accessible.name: text
                    onClicked: registration.trustCertificate()
                }
            }

            Label {
                objectName: "formTitle"
                visible: text.length > 0
                text: registration.title
                textFormat: Text.PlainText // the server's words, never markup
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "instructions"
                visible: text.length > 0
                text: registration.instructions
                textFormat: Text.PlainText // the server's words, never markup
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "signUpWebsite"
                visible: text.length > 0
                text: formModel.websiteNotice // escaped, and linked only when https
                textFormat: Text.StyledText
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                Accessible.name: qsTr("Sign-up website")
                // The checked address, whatever the label's markup may say.
                onLinkActivated: Qt.openUrlExternally(formModel.website)
            }

            Repeater {
                objectName: "fieldRepeater"
                model: formModel
                delegate: RegistrationField {
                    form: formModel
                    enabled: !page.busy
                    Layout.fillWidth: true
                }
            }

            Label {
                objectName: "errorLabel"
                visible: text.length > 0 && !page.busy
                text: registration.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    running: page.busy
                    visible: page.busy
                    Layout.preferredHeight: 36
                    Layout.preferredWidth: 36
                    Accessible.name: qsTr("Working")
                }
                Label {
                    objectName: "statusLabel"
                    visible: text.length > 0
                    text: registration.statusText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillWidth: registration.statusText.length === 0 }
                Button {
                    objectName: "backButton"
                    text: qsTr("Back")
                    flat: true
                    Accessible.name: qsTr("Back to sign in")
                    onClicked: {
                        registration.cancel()
                        page.StackView.view.pop()
                    }
                }
                Button {
                    id: continueButton
                    objectName: "continueButton"
                    text: qsTr("Continue")
                    visible: !registration.formReady || serverField.text.trim() !== registration.domain
                    highlighted: true
                    enabled: !page.busy && serverField.text.length > 0
                    Accessible.name: text
                    onClicked: registration.fetchForm(serverField.text, hostField.text,
                                                      Number(portField.text) || 0, directTls.checked)
                }
                Button {
                    objectName: "createButton"
                    text: qsTr("Create account")
                    visible: !continueButton.visible
                    highlighted: true
                    enabled: registration.formReady
                    Accessible.name: text
                    onClicked: registration.submit()
                }
            }
        }
    }
}
