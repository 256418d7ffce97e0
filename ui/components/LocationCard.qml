import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A shared location: a pin, the place's name when the sender gave one, its coordinates, and
// "Open in maps", which hands it to the desktop's map or the web map (LinkService.mapLink).
Rectangle {
    id: locationCard
    objectName: "locationCard"

    required property SharedCard card
    property bool dark: false

    signal openRequested()

    implicitWidth: Math.max(240, row.implicitWidth + 16)
    implicitHeight: column.implicitHeight + 16
    radius: 6
    color: Qt.rgba(0, 0, 0, dark ? 0.18 : 0.05)
    Accessible.role: Accessible.Grouping
    Accessible.name: card.accessibleName

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            id: row
            spacing: 8
            Label {
                text: "📍"
                font.family: Format.emojiFontFamily
                font.pixelSize: 28
                Accessible.ignored: true
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    objectName: "locationLabel"
                    visible: locationCard.card.label !== ""
                    text: locationCard.card.label
                    textFormat: Text.PlainText // the sender's words, untrusted
                    font.bold: true
                    font.pixelSize: 14
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.bubbleText(locationCard.dark)
                    Layout.fillWidth: true
                    Layout.maximumWidth: 280
                }
                Label {
                    objectName: "locationCoordinates"
                    text: locationCard.card.coordinatesText
                    font.pixelSize: locationCard.card.label !== "" ? 12 : 14
                    color: locationCard.card.label !== "" ? Theme.secondaryText(locationCard.dark) : Theme.bubbleText(locationCard.dark)
                }
            }
        }

        Button {
            objectName: "openInMapsButton"
            text: qsTr("Open in maps")
            flat: true
            Accessible.name: text
            Layout.fillWidth: true
            onClicked: locationCard.openRequested()
        }
    }
}
