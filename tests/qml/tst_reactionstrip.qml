import QtQuick
import QtQuick.Controls
import QtTest
import Natter.Models
import Natter.Ui

// Reactions under a bubble: one chip per emoji with its count, ours highlighted, named for a
// screen reader with who reacted; a chip click toggles that emoji as ours. The quick bar offers
// six emoji and the full picker. With NATTER_SHOT_DIR set, light and dark screenshots are saved.
TestCase {
    id: testCase
    name: "ReactionStrip"
    when: windowShown
    width: 600
    height: 300
    visible: true

    readonly property var sample: [
        { emoji: "👍", count: 2, ours: true, names: "You, Alice", accessibleName: "👍 2: You, Alice" },
        { emoji: "😂", count: 1, ours: false, names: "Bob", accessibleName: "😂 1: Bob" }
    ]

    Rectangle {
        id: backdrop
        anchors.fill: parent
        property bool dark: false
        color: Theme.chatBackground(dark)
    }

    Component {
        id: bubbleComponent
        MessageBubble {
            width: testCase.width
            messageId: 7
            body: "Dinner at eight?"
            html: "Dinner at eight?"
            outgoing: false
            time: "14:02"
            deliveryState: Natter.Delivered
            errorText: ""
            edited: false
            daySeparator: ""
            groupedWithOlder: false
            unreadDivider: false
            senderName: ""
            senderColor: "transparent"
            isSystem: false
            systemText: ""
            retracted: false
            canRetract: false
            forwarded: false
            canForward: false
            replyState: 0
            replyAuthor: ""
            replyColor: "transparent"
            replyExcerpt: ""
            replyThumbnail: ""
            attachmentCount: 0
            attachmentId: 0
            mediaKind: -1
            fileName: ""
            fileSizeText: ""
            fileTypeText: ""
            mediaWidth: 0
            mediaHeight: 0
            durationText: ""
            durationMs: 0
            caption: ""
            transferState: 0
            transferProgress: -1
            transferError: ""
            localUrl: ""
            thumbnailUrl: ""
            reactions: testCase.sample
            checked: false
            starred: false
        }
    }

    Component {
        id: barComponent
        ReactionBar {
            emojis: ["👍", "❤️", "😂", "😮", "😢", "🙏"]
        }
    }

    SignalSpy {
        id: toggles
        signalName: "reactionToggled"
    }
    SignalSpy {
        id: picks
        signalName: "picked"
    }

    function init() {
        failOnWarning(/.?/)
    }

    function chips(item) {
        const found = []
        const walk = node => {
            for (let i = 0; i < node.children.length; ++i) {
                const child = node.children[i]
                if (child.objectName === "reactionChip")
                    found.push(child)
                walk(child)
            }
        }
        walk(item)
        return found
    }

    function shoot(item, name) {
        if (typeof natterShotDir === "undefined" || natterShotDir === "")
            return
        const image = grabImage(item)
        image.save(natterShotDir + "/" + name + ".png")
    }

    function test_chipsShowCountsOursAndNames() {
        const bubble = createTemporaryObject(bubbleComponent, backdrop, { y: 10 })
        toggles.target = bubble
        toggles.clear()
        const list = chips(bubble)
        compare(list.length, 2)
        compare(list[0].Accessible.name, "👍 2: You, Alice")
        compare(list[1].Accessible.name, "😂 1: Bob")
        compare(list[0].contentItem.children[0].text, "👍")
        compare(list[0].contentItem.children[1].text, "2")
        verify(list[0].contentItem.children[1].visible)
        verify(!list[1].contentItem.children[1].visible)
        verify(list[0].visible && list[0].width > 0)
        // The strip sits under the bubble's text, inside the row's height.
        verify(bubble.height > 40)
        mouseClick(list[0])
        compare(toggles.count, 1)
        compare(toggles.signalArguments[0][0], "👍")
    }

    function test_noReactionsNoStrip() {
        const bubble = createTemporaryObject(bubbleComponent, backdrop, { reactions: [] })
        compare(chips(bubble).length, 0)
        const withReactions = createTemporaryObject(bubbleComponent, backdrop, {})
        verify(withReactions.height > bubble.height)
    }

    function test_quickBarPicksAndOffersThePicker() {
        const bar = createTemporaryObject(barComponent, backdrop, { x: 20, y: 20 })
        picks.target = bar
        picks.clear()
        bar.open()
        tryCompare(bar, "opened", true)
        const buttons = []
        const walk = node => {
            for (let i = 0; i < node.children.length; ++i) {
                const child = node.children[i]
                if (child.objectName === "quickReaction" || child.objectName === "moreReactions")
                    buttons.push(child)
                walk(child)
            }
        }
        walk(bar.contentItem)
        compare(buttons.length, 7)
        compare(buttons[1].Accessible.name, "React with ❤️")
        mouseClick(buttons[1])
        compare(picks.count, 1)
        compare(picks.signalArguments[0][0], "❤️")
        tryCompare(bar, "visible", false)
    }

    function test_screenshots() {
        for (const dark of [false, true]) {
            backdrop.dark = dark
            const bubble = createTemporaryObject(bubbleComponent, backdrop, { y: 60, dark: dark })
            const own = createTemporaryObject(bubbleComponent, backdrop,
                { y: 150, dark: dark, outgoing: true, body: "See you there", html: "See you there",
                  reactions: [{ emoji: "❤️", count: 1, ours: false, names: "Alice", accessibleName: "❤️ 1: Alice" }] })
            const bar = createTemporaryObject(barComponent, backdrop, { x: 12, y: 8, dark: dark })
            bar.open()
            tryCompare(bar, "opened", true)
            waitForRendering(backdrop)
            shoot(backdrop, dark ? "reactions-dark" : "reactions-light")
            bar.close()
            tryCompare(bar, "visible", false)
            verify(bubble && own)
        }
        backdrop.dark = false
    }
}
