import QtQuick
import QtQuick.Controls
import Natter.Models
import Natter.Ui

// A round avatar: the cached picture, else initials on the contact's XEP-0392 colour.
Item {
    id: avatar

    required property url source
    required property string initials
    required property color tint
    property string presence: "offline"
    // A group wears a small badge where a person shows presence.
    property bool group: false

    implicitWidth: 44
    implicitHeight: 44

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: avatar.tint
        visible: avatar.source.toString() === ""
        Label {
            anchors.centerIn: parent
            text: avatar.initials
            color: "white"
            font.bold: true
            font.pixelSize: avatar.height * 0.38
        }
    }

    Image {
        objectName: "avatarPicture"
        anchors.fill: parent
        // Round like the initials: image://round cuts the circle off the UI thread.
        source: avatar.source.toString() === "" ? "" : "image://round/" + encodeURIComponent(avatar.source.toString())
        visible: avatar.source.toString() !== ""
        fillMode: Image.PreserveAspectCrop
        sourceSize.width: width
        sourceSize.height: height
        asynchronous: true
    }

    Rectangle {
        objectName: "presenceDot"
        width: 12
        height: 12
        radius: 6
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        border.color: "white"
        border.width: 2
        visible: avatar.presence !== "offline" && !avatar.group
        color: avatar.presence === "online" ? Theme.accent : avatar.presence === "dnd" ? Theme.danger : "#f5a623"
    }

    Rectangle {
        objectName: "groupBadge"
        visible: avatar.group
        width: 20
        height: 20
        radius: 10
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: -2
        anchors.bottomMargin: -2
        color: Theme.accent
        border.color: "white"
        border.width: 1.5
        // Two heads side by side: "people".
        Row {
            anchors.centerIn: parent
            spacing: 1
            Repeater {
                model: 2
                Rectangle {
                    width: 6
                    height: 6
                    radius: 3
                    color: "white"
                }
            }
        }
    }
}
