import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

Page {
    id: page
    objectName: "signInPage"

    required property AccountSession session
    readonly property bool busy: session.state === Natter.Connecting

    signal registerRequested()

    function submit() {
        page.session.signIn(jidField.text, passwordField.text, hostField.text,
                            Number(portField.text) || 0, directTls.checked)
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
                text: qsTr("Sign in to Natter")
                font.pixelSize: 26
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: qsTr("Use your account on any XMPP server.")
                color: palette.placeholderText
                Layout.alignment: Qt.AlignHCenter
            }

            TextField {
                id: jidField
                objectName: "jidField"
                placeholderText: qsTr("name@example.org")
                text: page.session.jid
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                enabled: !page.busy
                focus: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Address")
                onAccepted: passwordField.forceActiveFocus()
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                enabled: !page.busy
                Layout.fillWidth: true
                Accessible.name: qsTr("Password")
                onAccepted: page.submit()
            }

            CheckBox {
                id: advanced
                objectName: "advancedSettings"
                text: qsTr("Advanced settings")
                enabled: !page.busy
            }
            GridLayout {
                visible: advanced.checked
                columns: 2
                columnSpacing: Theme.spacing
                Layout.fillWidth: true
                TextField {
                    id: hostField
                    placeholderText: qsTr("Server host (optional)")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Server host")
                }
                TextField {
                    id: portField
                    placeholderText: qsTr("Port")
                    validator: IntValidator { bottom: 1; top: 65535 }
                    Layout.preferredWidth: 90
                    Accessible.name: qsTr("Port")
                }
                CheckBox {
                    id: directTls
                    text: qsTr("Direct TLS instead of STARTTLS")
                    Layout.columnSpan: 2
                }
            }

            Label {
                objectName: "keychainLabel"
                visible: text.length > 0
                text: page.session.keychainMessage
                color: palette.placeholderText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                objectName: "errorLabel"
                visible: text.length > 0 && !page.busy
                text: page.session.errorText
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }

            RowLayout {
                Layout.fillWidth: true
                BusyIndicator {
                    running: page.busy
                    visible: page.busy
                    Layout.preferredHeight: 36
                    Layout.preferredWidth: 36
                }
                Label {
                    visible: page.busy
                    text: qsTr("Connecting…")
                    Layout.fillWidth: true
                }
                Item { Layout.fillWidth: !page.busy }
                Button {
                    objectName: "createAccountButton"
                    text: qsTr("Create account")
                    flat: true
                    enabled: !page.busy
                    onClicked: page.registerRequested()
                }
                Button {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !page.busy && jidField.text.length > 0 && passwordField.text.length > 0
                    onClicked: page.submit()
                }
            }
        }
    }
}
