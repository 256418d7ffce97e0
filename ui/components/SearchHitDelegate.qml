pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// A message found by search: the chat, the time and a snippet with the matches in bold.
ItemDelegate {
    id: hit

    required property var chatId
    required property var messageId
    required property string peer
    required property string name
    required property string snippet
    required property string time
    required property bool outgoing

    signal opened()

    objectName: "searchHit"
    onClicked: opened()
    Accessible.name: hit.name + ", " + hit.time

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: hit.name
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: hit.time
                font.pixelSize: 12
                color: hit.palette.placeholderText
            }
        }
        Label {
            objectName: "searchSnippet"
            // The snippet is escaped by the model; only <b> around matches is markup.
            text: (hit.outgoing ? qsTr("You: ") : "") + hit.snippet
            textFormat: Text.StyledText
            maximumLineCount: 2
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            color: hit.palette.placeholderText
            Layout.fillWidth: true
        }
    }
}
