pragma Singleton
import QtQuick

// Colours and sizes in one place, so light and dark stay consistent.
QtObject {
    readonly property color accent: "#00a884"
    readonly property color danger: "#d93025"
    readonly property int spacing: 12
    readonly property int cardWidth: 380
}
