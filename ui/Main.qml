import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Natter.Models

ApplicationWindow {
    id: window

    required property AccountSession session
    // From main.cpp: a tray shows Natter's icon, so closing the window may leave Natter running.
    property bool trayAvailable: false

    width: 1100
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    Material.theme: session.appSettings.theme === AppSettings.Dark ? Material.Dark : session.appSettings.theme === AppSettings.Light ? Material.Light : Material.System
    Material.accent: Theme.accent
    // Secondary lines use the palette's placeholder colour, which Material leaves dim in dark.
    palette.placeholderText: Theme.secondaryText(Material.theme === Material.Dark)
    Material.primary: Theme.accent
    title: session.hasAccount ? qsTr("Natter — %1").arg(session.jid) : qsTr("Natter")

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        // The pages' own focus (a first field's focus: true) only counts inside a focused stack.
        focus: true
        initialItem: window.session.hasAccount ? chatListPage : signInPage
    }

    CertificateDialog {
        session: window.session
    }

    onActiveChanged: session.setWindowActive(active)

    // The first close where a tray could keep Natter running asks what closing should mean.
    onClosing: close => {
        close.accepted = !trayAvailable || session.appSettings.closeToTrayChosen
        if (!close.accepted)
            closeQuestion.open()
    }

    Dialog {
        id: closeQuestion
        objectName: "closeQuestionDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(440, window.width - 32)
        modal: true
        title: qsTr("Keep Natter running?")
        // Both answers are fine; keeping messages coming is the one that loses nothing.
        onOpened: keepRunningButton.forceActiveFocus(Qt.TabFocusReason)
        Label {
            text: qsTr("Natter can stay in the tray when you close its window, so that messages and notifications keep arriving. You can change this later in Settings.")
            wrapMode: Text.Wrap
            width: parent.width
        }
        footer: DialogButtonBox {
            Button {
                id: keepRunningButton
                objectName: "closeToTrayButton"
                text: qsTr("Keep running in the tray")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                objectName: "quitOnCloseButton"
                text: qsTr("Quit")
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: {
                    closeQuestion.close()
                    window.session.appSettings.closeToTray = false
                    window.close()
                }
            }
        }
        onAccepted: {
            window.session.appSettings.closeToTray = true
            window.close()
        }
    }

    Component {
        id: signInPage
        SignInPage {
            session: window.session
            onRegisterRequested: stack.push(registerPage)
        }
    }

    Component {
        id: registerPage
        RegisterPage {
            session: window.session
            onAccountReady: stack.replace(null, chatListPage)
        }
    }

    Component {
        id: chatListPage
        MainPage {
            session: window.session
        }
    }

    Connections {
        target: window.session
        function onSignedIn() {
            if (stack.currentItem instanceof SignInPage)
                stack.replace(null, chatListPage)
        }
        function onNeedsPasswordChanged() {
            if (window.session.needsPassword && !(stack.currentItem instanceof SignInPage))
                stack.replace(null, signInPage)
        }
    }
}
