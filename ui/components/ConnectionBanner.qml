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

    visible: session.state !== Natter.Connected
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    readonly property bool dark: Material.theme === Material.Dark
    color: session.state === Natter.Offline ? (dark ? "#4a2624" : "#fde8e7") : (dark ? "#4a3f1c" : "#fff4ce")

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        Label {
            id: label
            objectName: "connectionStatus"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: banner.dark ? "#e9edef" : "#3b3b3b"
            text: banner.session.statusText
            Layout.fillWidth: true
            Accessible.role: Accessible.StatusBar
        }
        Button {
            visible: banner.session.state === Natter.Retrying
            text: qsTr("Retry now")
            flat: true
            onClicked: banner.session.retryNow()
        }
    }
}
