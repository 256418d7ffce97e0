pragma Singleton
import QtQuick

// Colours and sizes in one place, so light and dark stay consistent.
QtObject {
    readonly property color accent: "#00a884"
    readonly property color danger: "#d93025"
    readonly property color read: "#34b7f1"
    readonly property int spacing: 12
    readonly property int cardWidth: 380
    readonly property int bubbleMaxWidth: 560

    function bubbleColor(outgoing: bool, dark: bool): color {
        if (outgoing)
            return dark ? "#005c4b" : "#d9fdd3"
        return dark ? "#202c33" : "#ffffff"
    }
    // Behind a group's system line ("Bob added Carol"): quieter than a bubble, like WhatsApp's.
    function systemLine(dark: bool): color {
        return dark ? "#182229" : "#f5f1e9"
    }
    // Behind a message chosen from the keyboard: the accent, faint enough to read over.
    function selectedRow(dark: bool): color {
        return dark ? "#4000a884" : "#3300a884"
    }
    // One of several messages chosen at once: a wash over its whole row, as WhatsApp does.
    function checkedRow(dark: bool): color {
        return dark ? "#3300a884" : "#2900a884"
    }
    function chatBackground(dark: bool): color {
        return dark ? "#0b141a" : "#efeae2"
    }
    function bubbleText(dark: bool): color {
        return dark ? "#e9edef" : "#111b21"
    }
    function secondaryText(dark: bool): color {
        return dark ? "#8696a0" : "#667781"
    }
    // Banners above a page: news (blue), a passing problem (amber), a problem that stops
    // something (red); their text and links stay readable on all three in both themes.
    function infoBanner(dark: bool): color {
        return dark ? "#1d3442" : "#e8f0fe"
    }
    function warningBanner(dark: bool): color {
        return dark ? "#4a3f1c" : "#fff4ce"
    }
    function errorBanner(dark: bool): color {
        return dark ? "#4a2624" : "#fde8e7"
    }
    function bannerText(dark: bool): color {
        return dark ? "#e9edef" : "#3b3b3b"
    }
    // An error written on a banner or a page: the danger red, lighter where the ground is dark.
    function dangerText(dark: bool): color {
        return dark ? "#f28b82" : "#b3261e"
    }
    // Rich text takes its link colour from a style sheet, not from the item: one readable on
    // both bubble colours of the theme (Qt's default blue is not, on dark ones).
    function linkStyle(dark: bool): string {
        return dark ? "<style>a { color: #53bdeb; }</style>" : "<style>a { color: #027eb5; }</style>"
    }
}
