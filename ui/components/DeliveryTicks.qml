import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// The state of a message we sent: a clock while pending, one tick when the server has it, two
// when delivered, two in the accent colour when read, a red mark when it failed.
Label {
    id: ticks

    property int deliveryState: Natter.Pending
    property color baseColor: palette.placeholderText

    objectName: "deliveryTicks"
    font.pixelSize: 13
    font.bold: deliveryState !== Natter.Pending
    textFormat: Text.PlainText
    text: deliveryState === Natter.Pending ? "◷" : deliveryState === Natter.Sent ? "✓" : deliveryState === Natter.Failed ? "!" : "✓✓"
    color: deliveryState === Natter.Read ? Theme.read : deliveryState === Natter.Failed ? Theme.danger : baseColor
    Accessible.name: deliveryState === Natter.Pending ? qsTr("Sending") : deliveryState === Natter.Sent ? qsTr("Sent") : deliveryState === Natter.Delivered ? qsTr("Delivered") : deliveryState === Natter.Read ? qsTr("Read") : qsTr("Not sent")
}
