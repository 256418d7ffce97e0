pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// The quick reactions for one message: six emoji and a button to the full picker. Picking
// adds the emoji as ours, or takes it back when it is ours already; the bar then closes.
Popup {
    id: bar

    property var emojis: []
    property bool dark: false

    signal picked(string emoji)

    padding: 4
    focus: true

    background: Rectangle {
        radius: height / 2
        color: Theme.bubbleColor(false, bar.dark)
        border.width: 1
        border.color: Qt.alpha(Theme.secondaryText(bar.dark), 0.3)
    }

    contentItem: RowLayout {
        spacing: 2
        Repeater {
            model: bar.emojis
            delegate: ToolButton {
                required property string modelData
                required property int index
                focus: index === 0 // the keyboard starts on the first emoji
                objectName: "quickReaction"
                text: modelData
                font.family: Format.emojiFontFamily
                font.pixelSize: 20
                Accessible.name: qsTr("React with %1").arg(modelData)
                onClicked: {
                    bar.picked(modelData)
                    bar.close()
                }
            }
        }
        ToolButton {
            objectName: "moreReactions"
            text: "+"
            font.pixelSize: 18
            Accessible.name: qsTr("More reactions")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("More reactions")
            onClicked: {
                picker.open()
            }
        }
    }

    EmojiPicker {
        id: picker
        y: bar.height
        onPicked: emoji => {
            bar.picked(emoji)
            picker.close()
            bar.close()
        }
    }
}
