import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// "Share a location": a pasted geo: or map link, or typed coordinates, with an optional name.
// A desktop has no GPS; the person says where. LocationDraft checks it as a received one is.
Dialog {
    id: dialog
    objectName: "locationDialog"

    // The geo: URI to send.
    signal chosen(string uri)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 2 * Theme.spacing : 440)
    modal: true
    title: qsTr("Share a location")
    // Said outright: the draft beside the fields keeps the popup from sizing to them alone.
    contentHeight: fields.implicitHeight
    onOpened: {
        link.clear()
        latitude.clear()
        longitude.clear()
        label.clear()
        link.forceActiveFocus()
    }
    onAccepted: chosen(draft.uri)

    function sendIfValid() {
        if (draft.uri !== "")
            dialog.accept()
    }

    LocationDraft {
        id: draft
        link: link.text
        latitude: latitude.text
        longitude: longitude.text
        label: label.text
    }

    footer: DialogButtonBox {
        Button {
            objectName: "locationCancel"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "locationSend"
            text: qsTr("Send")
            enabled: draft.uri !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    ColumnLayout {
        id: fields
        width: dialog.availableWidth
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Paste a geo: or map link, or type the coordinates in degrees.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: link
            objectName: "locationLink"
            placeholderText: qsTr("geo:52.52,13.405 or a map link")
            Accessible.name: qsTr("Location link")
            selectByMouse: true
            Layout.fillWidth: true
            onAccepted: dialog.sendIfValid()
        }
        RowLayout {
            enabled: link.text.trim() === ""
            Layout.fillWidth: true
            TextField {
                id: latitude
                objectName: "locationLatitude"
                placeholderText: qsTr("Latitude, e.g. 52.52")
                Accessible.name: qsTr("Latitude")
                selectByMouse: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
                onAccepted: dialog.sendIfValid()
            }
            TextField {
                id: longitude
                objectName: "locationLongitude"
                placeholderText: qsTr("Longitude, e.g. 13.405")
                Accessible.name: qsTr("Longitude")
                selectByMouse: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
                onAccepted: dialog.sendIfValid()
            }
        }
        TextField {
            id: label
            objectName: "locationName"
            placeholderText: qsTr("Name of the place (optional)")
            Accessible.name: qsTr("Name of the place")
            selectByMouse: true
            maximumLength: 100
            Layout.fillWidth: true
            onAccepted: dialog.sendIfValid()
        }
        Label {
            objectName: "locationPreview"
            visible: draft.uri !== ""
            text: "📍 " + draft.coordinatesText
            Accessible.name: qsTr("Location: %1").arg(draft.coordinatesText)
            Layout.fillWidth: true
        }
        Label {
            objectName: "locationError"
            visible: draft.errorText !== ""
            text: draft.errorText
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
