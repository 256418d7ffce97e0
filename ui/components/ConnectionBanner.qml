import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A thin strip that tells the truth about the connection whenever it is not simply online.
Rectangle {
    id: banner

    required property AccountSession session
    // False where another banner on screen already says it (the chat list beside a chat).
    property bool wanted: true

    visible: wanted && session.state !== Natter.Connected
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    readonly property bool dark: Material.theme === Material.Dark
    color: session.state === Natter.Offline ? Theme.errorBanner(dark) : Theme.warningBanner(dark)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        Label {
            id: label
            objectName: "connectionStatus"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.bannerText(banner.dark)
            text: banner.session.statusText
            Layout.fillWidth: true
            Accessible.role: Accessible.StatusBar
        }
        Button {
            objectName: "retryNowButton"
            // Offline too: after a failure the person may know the network is back before we do.
            visible: banner.session.state === Natter.Retrying || banner.session.state === Natter.Offline
            text: qsTr("Retry now")
            Accessible.name: qsTr("Retry connecting now")
            flat: true
            onClicked: banner.session.retryNow()
        }
    }
}
