import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// What a reply answers, in one line: the original's author in their colour and its first line
// (or a photo's thumbnail), or why it cannot be shown. In a bubble a click shows the original;
// above the composer it names what the next message will answer.
Rectangle {
    id: quote
    objectName: "replyQuote"

    property int replyState: ReplyQuotes.Shown
    property string author
    property color authorColor: Theme.accent
    property string excerpt
    property string thumbnail
    property bool dark: false
    property bool clickable: true
    readonly property bool shown: replyState === ReplyQuotes.Shown
    readonly property string shownText: shown ? (excerpt !== "" ? excerpt : qsTr("Message")) : replyState === ReplyQuotes.Deleted ? qsTr("This message was deleted") : replyState === ReplyQuotes.Loading ? "…" : qsTr("Original message not found")

    signal activated()

    implicitWidth: row.implicitWidth + 14
    implicitHeight: row.implicitHeight + 8
    radius: 6
    color: dark ? Qt.rgba(1, 1, 1, 0.07) : Qt.rgba(0, 0, 0, 0.05)
    // Keyboard: the message menu's "Show the original"; one more Tab stop per bubble would
    // make the list a trap.
    Accessible.role: clickable ? Accessible.Button : Accessible.StaticText
    Accessible.name: shown ? qsTr("Reply to %1: %2").arg(author).arg(shownText) : qsTr("Reply: %1").arg(shownText)
    Accessible.onPressAction: if (clickable) activated()

    Rectangle {
        width: 4
        height: parent.height
        radius: 2
        color: quote.shown ? readableColor : Theme.secondaryText(quote.dark)
        readonly property color readableColor: quote.dark ? Qt.lighter(quote.authorColor, 1.5) : quote.authorColor
    }

    RowLayout {
        id: row
        x: 10
        y: 4
        width: quote.width - 14
        spacing: 8
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "replyAuthor"
                visible: quote.shown
                text: quote.author
                textFormat: Text.PlainText // a nickname or a name is untrusted
                maximumLineCount: 1
                elide: Text.ElideRight
                font.pixelSize: 12
                font.bold: true
                color: quote.dark ? Qt.lighter(quote.authorColor, 1.5) : quote.authorColor
                Layout.fillWidth: true
            }
            Label {
                objectName: "replyExcerpt"
                text: quote.shownText
                textFormat: Text.PlainText
                maximumLineCount: 1
                elide: Text.ElideRight
                font.pixelSize: 12
                font.italic: !quote.shown
                color: Theme.secondaryText(quote.dark)
                Layout.fillWidth: true
            }
        }
        Image {
            objectName: "replyThumbnail"
            visible: quote.shown && quote.thumbnail !== ""
            source: visible ? quote.thumbnail : ""
            fillMode: Image.PreserveAspectCrop
            sourceSize: Qt.size(72, 72)
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
        }
    }

    TapHandler {
        enabled: quote.clickable
        onTapped: quote.activated()
    }
    HoverHandler {
        enabled: quote.clickable
        cursorShape: Qt.PointingHandCursor
    }
}
