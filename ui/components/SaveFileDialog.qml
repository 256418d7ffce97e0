import QtCore
import QtQuick
import QtQuick.Dialogs

// "Save as…" for a downloaded file: asks where, starting in Downloads with the file's own name,
// and hands the choice back with the attachment it was asked for.
FileDialog {
    id: dialog

    property var attachmentId: 0
    property string fileName: ""

    signal saveTo(var attachmentId, url target)

    function ask(id, name) {
        attachmentId = id
        fileName = name
        selectedFile = currentFolder + "/" + encodeURIComponent(name)
        open()
    }

    title: qsTr("Save “%1”").arg(fileName)
    fileMode: FileDialog.SaveFile
    currentFolder: StandardPaths.writableLocation(StandardPaths.DownloadLocation)
    onAccepted: saveTo(attachmentId, selectedFile)
}
