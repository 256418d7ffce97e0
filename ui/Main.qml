import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Natter.Models

ApplicationWindow {
    id: window

    required property AccountSession session

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
