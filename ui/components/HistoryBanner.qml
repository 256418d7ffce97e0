import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// What went wrong with the message history on this computer (disk full, a file reset or one
// Natter cannot open), and what to do about it.
Rectangle {
    id: banner
    objectName: "historyBanner"

    required property AccountSession session
    // A notice the person closed stays closed until a different one comes.
    property string dismissedNotice: ""
    readonly property bool dark: Material.theme === Material.Dark

    visible: session.historyNotice !== "" && session.historyNotice !== dismissedNotice
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    color: session.historyBlocked ? Theme.errorBanner(dark) : Theme.warningBanner(dark)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "historyNoticeText"
                text: banner.session.historyNotice
                textFormat: Text.PlainText // names a file path, which may hold anything
                wrapMode: Text.Wrap
                color: Theme.bannerText(banner.dark)
                Layout.fillWidth: true
                Accessible.role: Accessible.StatusBar
            }
            Label {
                objectName: "historyAdvice"
                visible: banner.session.historyBlocked
                text: qsTr("Until this is fixed, Natter can neither show nor save messages. Fix it, then start Natter again.")
                wrapMode: Text.Wrap
                font.bold: true
                color: Theme.bannerText(banner.dark)
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "dismissHistoryNotice"
            // A blocked history stays blocked: closing the banner would hide the only reason.
            visible: !banner.session.historyBlocked
            text: qsTr("Dismiss")
            flat: true
            Accessible.name: qsTr("Dismiss the history notice")
            onClicked: banner.dismissedNotice = banner.session.historyNotice
        }
    }
}
