pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// The reactions under a bubble: one chip per emoji with its count, ours highlighted. Hovering a
// chip lists who reacted; clicking one adds that emoji as ours, or takes ours back.
Flow {
    id: strip

    // [{ emoji, count, ours, names, accessibleName }] from the conversation's reactions role.
    property var reactions: []
    property bool dark: false

    signal toggled(string emoji)

    spacing: 4

    Repeater {
        model: strip.reactions
        delegate: AbstractButton {
            id: chip
            required property var modelData
            objectName: "reactionChip"
            focusPolicy: Qt.TabFocus
            hoverEnabled: true
            padding: 3
            leftPadding: 7
            rightPadding: 7
            Accessible.role: Accessible.Button
            Accessible.name: chip.modelData.accessibleName
            Accessible.description: chip.modelData.ours ? qsTr("Yours; press to take it back") : qsTr("Press to react the same")
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: 400
            ToolTip.text: chip.modelData.names
            onClicked: strip.toggled(chip.modelData.emoji)
            contentItem: Row {
                spacing: 3
                Text {
                    text: chip.modelData.emoji
                    textFormat: Text.PlainText
                    font.family: Format.emojiFontFamily
                    font.pixelSize: 14
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    objectName: "reactionCount"
                    visible: chip.modelData.count > 1
                    text: chip.modelData.count
                    font.pixelSize: 12
                    color: Theme.bubbleText(strip.dark)
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            background: Rectangle {
                radius: height / 2
                color: chip.modelData.ours ? Qt.alpha(Theme.accent, strip.dark ? 0.35 : 0.2) : Theme.bubbleColor(false, strip.dark)
                border.width: chip.modelData.ours || chip.visualFocus ? 1 : 0
                border.color: Theme.accent
            }
        }
    }
}
