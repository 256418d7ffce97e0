import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A thin strip that tells the truth about the connection whenever it is not simply online.
Rectangle {
    id: banner

    required property AccountSession session

    visible: session.state !== Natter.Connected
    implicitHeight: visible ? label.implicitHeight + 12 : 0
    color: session.state === Natter.Offline ? "#fde8e7" : "#fff4ce"

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: 6
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: "#3b3b3b"
        text: banner.session.statusText
        Accessible.role: Accessible.StatusBar
    }
}
