import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// The state of a message we sent: a clock while pending, one tick when the server has it, two
// when delivered, two in the accent colour when read, a red mark when it failed.
Label {
    id: ticks

    property int state: Natter.Pending
    property color baseColor: palette.placeholderText

    objectName: "deliveryTicks"
    font.pixelSize: 13
    font.bold: state !== Natter.Pending
    textFormat: Text.PlainText
    text: state === Natter.Pending ? "◷" : state === Natter.Sent ? "✓" : state === Natter.Failed ? "!" : "✓✓"
    color: state === Natter.Read ? Theme.read : state === Natter.Failed ? Theme.danger : baseColor
    Accessible.name: state === Natter.Pending ? qsTr("Sending") : state === Natter.Sent ? qsTr("Sent") : state === Natter.Delivered ? qsTr("Delivered") : state === Natter.Read ? qsTr("Read") : qsTr("Not sent")
}
