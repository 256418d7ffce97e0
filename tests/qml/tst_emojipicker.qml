import QtQuick
import QtQuick.Controls
import QtTest
import Natter.Models
import Natter.Ui

// The emoji picker as a person uses it: by keyboard and by mouse.
TestCase {
    id: testCase
    name: "EmojiPicker"
    when: windowShown
    width: 420
    height: 480
    visible: true

    Component {
        id: pickerComponent
        EmojiPicker {}
    }

    SignalSpy {
        id: pickedSpy
        signalName: "picked"
    }

    function init() {
        failOnWarning(/.?/)
    }

    function openPicker() {
        const picker = createTemporaryObject(pickerComponent, testCase)
        verify(picker)
        picker.emojis.category = "smileys"
        pickedSpy.clear()
        pickedSpy.target = picker
        picker.open()
        tryCompare(picker, "opened", true)
        return picker
    }

    function part(picker, name) {
        const item = findChild(picker.contentItem, name)
        verify(item, name)
        return item
    }

    function test_searchThenEnterPicksTheFirstMatch() {
        const picker = openPicker()
        const search = part(picker, "emojiSearch")
        const grid = part(picker, "emojiGrid")
        verify(search.activeFocus)
        for (const c of "pizza")
            keyClick(c)
        compare(picker.emojis.filter, "pizza")
        compare(grid.count, 1)
        keyClick(Qt.Key_Return)
        compare(pickedSpy.count, 1)
        compare(pickedSpy.signalArguments[0][0], "🍕")
        compare(picker.emojis.recent[0], "🍕")
        verify(picker.opened)
    }

    function test_arrowsMoveThroughTheGrid() {
        const picker = openPicker()
        const search = part(picker, "emojiSearch")
        const grid = part(picker, "emojiGrid")
        keyClick(Qt.Key_Down)
        verify(grid.activeFocus)
        compare(grid.currentIndex, 0)
        keyClick(Qt.Key_Right)
        compare(grid.currentIndex, 1)
        verify(grid.columns > 1)
        keyClick(Qt.Key_Down)
        compare(grid.currentIndex, 1 + grid.columns)
        keyClick(Qt.Key_Up)
        compare(grid.currentIndex, 1)
        keyClick(Qt.Key_Return)
        compare(pickedSpy.count, 1)
        compare(pickedSpy.signalArguments[0][0], picker.emojis.emojiAt(1))
        keyClick(Qt.Key_Up)
        verify(search.activeFocus)
        keyClick(Qt.Key_Escape)
        tryCompare(picker, "opened", false)
    }

    function test_tabsAndClicks() {
        const picker = openPicker()
        const flags = part(picker, "emojiCategory_flags")
        mouseClick(flags)
        compare(picker.emojis.category, "flags")
        verify(flags.checked)
        const grid = part(picker, "emojiGrid")
        // The view lays out the new tab on its next polish.
        tryVerify(() => grid.itemAtIndex(2) && grid.itemAtIndex(2).emoji === picker.emojis.emojiAt(2))
        mouseClick(grid.itemAtIndex(2))
        compare(pickedSpy.count, 1)
        compare(pickedSpy.signalArguments[0][0], picker.emojis.emojiAt(2))

        mouseClick(part(picker, "emojiCategory_recent"))
        compare(picker.emojis.category, "recent")
        compare(grid.count, picker.emojis.recent.length)
        compare(picker.emojis.emojiAt(0), pickedSpy.signalArguments[0][0])
    }

    function test_noMatchShowsAnEmptyGrid() {
        const picker = openPicker()
        for (const c of "zzzq")
            keyClick(c)
        compare(part(picker, "emojiGrid").count, 0)
        keyClick(Qt.Key_Return)
        compare(pickedSpy.count, 0)
    }
}
