pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Emoji for the composer: a search field, category tabs and a grid. Keyboard: type to search,
// Down enters the grid, arrows move, Enter picks, Up from the top row returns to the search,
// Escape closes. It stays open after a pick, like WhatsApp's, so several can be added.
Popup {
    id: picker

    signal picked(string emoji)

    // The grid's model, for callers that want the recent list or the current tab.
    readonly property EmojiModel emojis: emojiModel

    width: 380
    height: 420
    padding: 8
    focus: true
    onOpened: search.forceActiveFocus()
    onClosed: search.clear()

    function choose(emoji: string) {
        if (emoji.length === 0)
            return
        emojiModel.noteUsed(emoji)
        picker.picked(emoji)
    }

    EmojiModel {
        id: emojiModel
        filter: search.text
    }

    contentItem: ColumnLayout {
        spacing: 6

        TextField {
            id: search
            objectName: "emojiSearch"
            placeholderText: qsTr("Search emoji")
            Accessible.name: qsTr("Search emoji")
            Layout.fillWidth: true
            Keys.onDownPressed: grid.forceActiveFocus()
            onAccepted: if (grid.count > 0) picker.choose(emojiModel.emojiAt(grid.currentIndex))
        }

        RowLayout {
            visible: search.text.length === 0
            spacing: 0
            Layout.fillWidth: true
            Repeater {
                model: emojiModel.categories
                delegate: ToolButton {
                    id: tab
                    required property var modelData
                    objectName: "emojiCategory_" + modelData.id
                    text: modelData.icon
                    font.family: Format.emojiFontFamily
                    font.pixelSize: 18
                    checkable: true
                    checked: emojiModel.category === modelData.id
                    // Reached by Tab, but a click leaves the focus in the search field.
                    focusPolicy: Qt.TabFocus
                    Layout.fillWidth: true
                    onClicked: emojiModel.category = tab.modelData.id
                    ToolTip.text: modelData.label
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    Accessible.name: modelData.label
                }
            }
        }

        GridView {
            id: grid
            objectName: "emojiGrid"

            readonly property int columns: Math.max(1, Math.floor(width / cellWidth))

            model: emojiModel
            clip: true
            cellWidth: 44
            cellHeight: 44
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Emoji")
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: picker.choose(emojiModel.emojiAt(currentIndex))
            Keys.onEnterPressed: picker.choose(emojiModel.emojiAt(currentIndex))
            Keys.onUpPressed: {
                if (currentIndex < columns) search.forceActiveFocus()
                else moveCurrentIndexUp()
            }

            delegate: ItemDelegate {
                id: cell
                required property string emoji
                required property string name
                width: grid.cellWidth
                height: grid.cellHeight
                padding: 0
                focusPolicy: Qt.NoFocus
                highlighted: cell.GridView.isCurrentItem && grid.activeFocus
                contentItem: Text {
                    text: cell.emoji
                    font.family: Format.emojiFontFamily
                    font.pixelSize: 26
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: picker.choose(cell.emoji)
                ToolTip.text: cell.name
                ToolTip.visible: hovered
                ToolTip.delay: 500
                Accessible.name: cell.name
            }

            Label {
                anchors.centerIn: parent
                visible: grid.count === 0
                text: search.text.length > 0 ? qsTr("No emoji found") : qsTr("No recent emoji")
                color: palette.placeholderText
            }
        }
    }
}
