pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Natter.Models

// "Mute notifications" with WhatsApp's three durations, as a submenu of a chat's menu.
Menu {
    id: muteMenu
    objectName: "muteMenu"

    required property MuteService mutes
    required property var chatId

    title: qsTr("Mute notifications")

    MenuItem {
        objectName: "mute8Hours"
        text: qsTr("For 8 hours")
        onTriggered: muteMenu.mutes.mute(muteMenu.chatId, MuteService.EightHours)
    }
    MenuItem {
        objectName: "muteWeek"
        text: qsTr("For 1 week")
        onTriggered: muteMenu.mutes.mute(muteMenu.chatId, MuteService.OneWeek)
    }
    MenuItem {
        objectName: "muteAlways"
        text: qsTr("Always")
        onTriggered: muteMenu.mutes.mute(muteMenu.chatId, MuteService.Always)
    }
}
