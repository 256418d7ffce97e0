import QtQuick
import QtQuick.Dialogs

// Chooses an image file for a group's picture: in the New group dialog and on the group's page.
FileDialog {
    title: qsTr("Choose the group's picture")
    fileMode: FileDialog.OpenFile
    nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.gif)")]
}
