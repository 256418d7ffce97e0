import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// One message: a day chip above the first message of a day, the "N unread messages" divider,
// then the bubble (ours right and green, theirs left) with its time and, for ours, the ticks.
// A file shows above the text as a picture, a video or a card, with its caption. The text can
// be selected and copied; links open on click, after a question when the link is not what it
// shows.
// Not "pragma ComponentBehavior: Bound": Qt 6.4's Loader refuses bound components ("Cannot
// instantiate bound component outside its creation context"), and the file's content is loaded.
Column {
    id: bubble

    required property var messageId
    required property string body
    required property string html
    required property bool outgoing
    required property string time
    required property int deliveryState
    required property string errorText
    required property bool edited
    required property string daySeparator
    required property bool groupedWithOlder
    required property bool unreadDivider
    // In a group, the author's nickname (untrusted) and colour; empty for ours and in a 1:1 chat.
    required property string senderName
    required property color senderColor
    // A line of the group's own ("Bob added Carol"): a small centred pill, no bubble, no ticks.
    required property bool isSystem
    required property string systemText
    // Deleted for everyone: "This message was deleted", nothing of it left.
    required property bool retracted
    required property bool canRetract
    // Forwarded from another chat: "Forwarded" above the text. Can be forwarded: see Forwarding.
    required property bool forwarded
    required property bool canForward
    // The first file (see AttachmentRoles).
    required property int attachmentCount
    required property var attachmentId
    required property int mediaKind
    required property string fileName
    required property string fileSizeText
    required property string fileTypeText
    required property int mediaWidth
    required property int mediaHeight
    required property string durationText
    required property real durationMs
    required property string caption
    required property int transferState
    required property real transferProgress
    required property string transferError
    required property url localUrl
    required property string thumbnailUrl
    // What this message answers (XEP-0461; see ConversationModel's Reply roles).
    required property int replyState
    required property string replyAuthor
    required property color replyColor
    required property string replyExcerpt
    required property string replyThumbnail
    // XEP-0444: [{ emoji, count, ours, names, accessibleName }], one per emoji.
    required property var reactions
    // Chosen among several messages (ConversationModel's selection).
    required property bool checked
    // Starred on this device: a small star beside the time.
    required property bool starred
    property bool dark: false
    // The session's MediaService: its one audio player serves every audio bubble.
    property var media: null
    // The session, for a location or contact card's buttons (see MessageCardView).
    property var session: null
    property int unreadAtOpen: 0
    // Chosen from the keyboard (Up in an empty composer, then Up and Down).
    property bool selected: false
    // Several messages are being chosen: a click chooses this one (Shift: all from the last).
    property bool selecting: false
    readonly property bool failed: outgoing && deliveryState === Natter.Failed
    readonly property bool isLocationCard: cardView.shown && cardView.item.isLocation
    readonly property bool fileReady: attachmentCount > 0 && transferState === Natter.Ready && localUrl.toString() !== ""

    signal retryRequested(var id)
    // A right click: the list opens its message menu for this bubble.
    signal menuRequested()
    signal linkClicked(string link)
    // What the person does with the file, by attachment id; viewing asks by message id.
    signal downloadRequested(var attachmentId)
    signal cancelRequested(var attachmentId)
    signal retryUploadRequested(var attachmentId)
    signal openRequested(var attachmentId)
    signal saveRequested(var attachmentId, string fileName)
    signal viewRequested(var messageId)
    // The reply button on hover; a click on the quote asks for the original.
    signal replyRequested(var messageId)
    signal originalRequested(var messageId)
    // The reaction button beside the bubble: the list opens its quick bar for this bubble.
    signal reactionBarRequested()
    // A chip under the bubble: our emoji, added or taken back.
    signal reactionToggled(string emoji)
    signal checkToggled(bool extend)

    topPadding: groupedWithOlder ? 2 : 8
    bottomPadding: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: retracted ? qsTr("This message was deleted") : isSystem ? systemText : (senderName !== "" ? qsTr("%1, ").arg(senderName) : "") + (forwarded ? qsTr("Forwarded, ") : "") + (outgoing ? qsTr("You, %1: %2") : qsTr("%1: %2")).arg(time).arg(cardView.shown ? cardView.item.accessibleName : body !== "" ? body : fileName) + (edited ? qsTr(", edited") : "") + (starred ? qsTr(", starred") : "") + (failed ? qsTr(", not sent") : "")
    Accessible.selected: selected
    Accessible.checkable: selecting
    Accessible.checked: checked

    // The day chip and the unread divider are made only for the few rows that show them:
    // opening a chat creates a screenful of bubbles at once, and each part not made is time saved.
    Loader {
        active: bubble.daySeparator !== ""
        visible: active
        width: bubble.width
        height: active ? 36 : 0
        sourceComponent: Item {
            Label {
                objectName: "daySeparator"
                anchors.centerIn: parent
                text: bubble.daySeparator
                padding: 6
                leftPadding: 12
                rightPadding: 12
                font.pixelSize: 12
                color: Theme.secondaryText(bubble.dark)
                background: Rectangle {
                    radius: 8
                    color: Theme.bubbleColor(false, bubble.dark)
                }
            }
        }
    }

    Loader {
        active: bubble.unreadDivider
        visible: active
        width: bubble.width
        height: active ? 34 : 0
        sourceComponent: Item {
            Rectangle {
                anchors.fill: parent
                anchors.topMargin: 4
                anchors.bottomMargin: 4
                color: Qt.rgba(1, 1, 1, bubble.dark ? 0.06 : 0.55)
            }
            Label {
                objectName: "unreadDivider"
                anchors.centerIn: parent
                text: bubble.unreadAtOpen === 1 ? qsTr("1 unread message") : qsTr("%1 unread messages").arg(bubble.unreadAtOpen)
                font.pixelSize: 12
                color: Theme.accent
            }
        }
    }

    Loader {
        active: bubble.isSystem
        visible: active
        width: bubble.width
        height: active && item ? item.implicitHeight : 0
        sourceComponent: Item {
            implicitHeight: systemLine.implicitHeight + 4
            Rectangle {
                anchors.fill: parent
                visible: bubble.selected
                color: Theme.selectedRow(bubble.dark)
            }
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: bubble.menuRequested()
            }
            Label {
                id: systemLine
                objectName: "systemLine"
                anchors.centerIn: parent
                width: Math.min(implicitWidth, bubble.width - 4 * Theme.spacing)
                text: bubble.systemText
                textFormat: Text.PlainText // names and subjects come from the room
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                padding: 5
                leftPadding: 12
                rightPadding: 12
                font.pixelSize: 12
                color: Theme.secondaryText(bubble.dark)
                background: Rectangle {
                    radius: 8
                    color: Theme.systemLine(bubble.dark)
                }
            }
        }
    }

    Item {
        id: cardRow
        visible: !bubble.isSystem
        width: bubble.width
        height: visible ? card.height + (strip.visible ? strip.implicitHeight - 2 : 0) : 0

        HoverHandler {
            id: rowHover
        }

        // Beside the bubble on hover (or the keyboard's selection): the quick reactions.
        ToolButton {
            objectName: "reactButton"
            visible: (rowHover.hovered || bubble.selected) && bubble.messageId > 0
            x: bubble.outgoing ? card.x - width - 2 : card.x + card.width + 2
            y: (card.height - height) / 2
            width: 32
            height: 32
            padding: 0
            text: "☺"
            font.pixelSize: 18
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("React")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("React")
            onClicked: bubble.reactionBarRequested()
        }

        ReactionStrip {
            id: strip
            objectName: "reactionStrip"
            visible: bubble.reactions.length > 0
            reactions: bubble.reactions
            dark: bubble.dark
            y: card.height - 4
            // Ours line up under the bubble's right edge, theirs under its left.
            layoutDirection: bubble.outgoing ? Qt.RightToLeft : Qt.LeftToRight
            x: bubble.outgoing ? card.x + card.width - width - 6 : card.x + 6
            width: card.maxWidth
            onToggled: emoji => bubble.reactionToggled(emoji)
        }

        Rectangle {
            objectName: "selectionBackground"
            anchors.fill: parent
            anchors.topMargin: -2
            anchors.bottomMargin: -2
            visible: bubble.selected || bubble.checked
            color: bubble.checked ? Theme.checkedRow(bubble.dark) : Theme.selectedRow(bubble.dark)
        }

        // While several messages are chosen: a round check box on the left, and a click
        // anywhere on the row chooses (or lets go of) this message instead of acting on it.
        Rectangle {
            objectName: "checkMark"
            visible: bubble.selecting
            x: Theme.spacing
            anchors.verticalCenter: card.verticalCenter
            width: 22
            height: 22
            radius: 11
            color: bubble.checked ? Theme.accent : "transparent"
            border.width: 2
            border.color: bubble.checked ? Theme.accent : Theme.secondaryText(bubble.dark)
            Label {
                anchors.centerIn: parent
                visible: bubble.checked
                text: "✓"
                color: "white"
                font.pixelSize: 14
                font.bold: true
            }
        }
        MouseArea {
            objectName: "checkArea"
            anchors.fill: parent
            z: 10
            enabled: bubble.selecting
            visible: enabled
            acceptedButtons: Qt.LeftButton
            cursorShape: Qt.PointingHandCursor
            onClicked: mouse => bubble.checkToggled((mouse.modifiers & Qt.ShiftModifier) !== 0)
        }

        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: bubble.menuRequested()
        }

        HoverHandler {
            id: hover
        }

        // Beside the bubble while the pointer is over it; the menu and Ctrl+R do the same.
        ToolButton {
            objectName: "replyButton"
            visible: (hover.hovered || hovered) && !bubble.failed
            text: "↩"
            font.pixelSize: 16
            width: 32
            height: 32
            anchors.verticalCenter: card.verticalCenter
            x: bubble.outgoing ? card.x - width - 4 : card.x + card.width + 4
            focusPolicy: Qt.NoFocus
            onClicked: bubble.replyRequested(bubble.messageId)
            Accessible.name: qsTr("Reply")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Reply")
        }

        Rectangle {
            id: card
            objectName: "bubble"
            readonly property real maxWidth: Math.min(Theme.bubbleMaxWidth, bubble.width * 0.78)
            x: bubble.outgoing ? bubble.width - width - Theme.spacing : Theme.spacing + (bubble.selecting ? 34 : 0)
            // The text is laid out at the widest a bubble may be; the bubble hugs its longest line.
            width: Math.ceil(Math.max(text.visible ? text.contentWidth : 0, deletedLine.visible ? deletedLine.implicitWidth : 0, meta.implicitWidth, senderRow.item ? senderRow.item.width : 0, forwardedRow.item ? forwardedRow.item.implicitWidth : 0, quoteRow.item ? Math.min(quoteRow.item.implicitWidth, maxWidth - 20) : 0, media.visible ? media.width : 0, cardView.shownWidth, failedRow.item ? Math.min(failedRow.item.implicitWidth, maxWidth - 20) : 0)) + 20
            height: content.implicitHeight + 12
            radius: 8
            border.width: bubble.selected ? 2 : 0
            border.color: Theme.accent
            color: bubble.failed ? Qt.tint(Theme.bubbleColor(true, bubble.dark), "#30d93025") : Theme.bubbleColor(bubble.outgoing, bubble.dark)

            ColumnLayout {
                id: content
                x: 10
                y: 6
                width: card.maxWidth - 20
                spacing: 2

                // The first of a run from one author says who it is, as WhatsApp does.
                Loader {
                    id: senderRow
                    active: bubble.senderName !== "" && !bubble.groupedWithOlder
                    visible: active
                    Layout.maximumWidth: card.maxWidth - 20
                    sourceComponent: Label {
                        objectName: "bubbleSender"
                        text: bubble.senderName
                        textFormat: Text.PlainText // a nickname is untrusted
                        maximumLineCount: 1
                        elide: Text.ElideRight
                        width: Math.min(implicitWidth, card.maxWidth - 20)
                        font.pixelSize: 13
                        font.bold: true
                        // Lighter on a dark bubble, so every nickname's colour reads.
                        color: bubble.dark ? Qt.lighter(bubble.senderColor, 1.5) : bubble.senderColor
                    }
                }

                // A forwarded message says so, as WhatsApp does, but never whose it was.
                Loader {
                    id: forwardedRow
                    active: bubble.forwarded && !bubble.retracted
                    visible: active
                    sourceComponent: Label {
                        objectName: "bubbleForwarded"
                        text: "\u27a6 " + qsTr("Forwarded")
                        font.pixelSize: 12
                        font.italic: true
                        color: Theme.secondaryText(bubble.dark)
                        Accessible.name: qsTr("Forwarded")
                    }
                }

                Loader {
                    id: quoteRow
                    active: bubble.replyState !== ReplyQuotes.None
                    visible: active
                    Layout.fillWidth: true
                    Layout.minimumWidth: item ? Math.min(item.implicitWidth, card.maxWidth - 20) : 0
                    Layout.maximumWidth: card.width - 20
                    sourceComponent: ReplyQuote {
                        replyState: bubble.replyState
                        author: bubble.replyAuthor
                        authorColor: bubble.replyColor
                        excerpt: bubble.replyExcerpt
                        thumbnail: bubble.replyThumbnail
                        dark: bubble.dark
                        onActivated: bubble.originalRequested(bubble.messageId)
                    }
                }

                Loader {
                    id: media
                    objectName: "bubbleMedia"
                    active: bubble.attachmentCount > 0
                    visible: active
                    readonly property int shownWidth: item ? Math.min(item.implicitWidth, card.maxWidth - 20) : 0
                    width: shownWidth
                    Layout.preferredWidth: shownWidth
                    Layout.preferredHeight: item ? item.implicitHeight : 0
                    readonly property bool playable: bubble.mediaKind === Natter.Audio && bubble.transferState === Natter.Ready && bubble.localUrl.toString() !== ""
                    sourceComponent: bubble.mediaKind === Natter.Image ? imageContent : bubble.mediaKind === Natter.Video ? videoContent : playable ? audioContent : documentContent
                }

                Loader {
                    active: bubble.attachmentCount > 0 && bubble.caption !== "" && bubble.caption !== bubble.body
                    visible: active
                    Layout.preferredWidth: media.shownWidth
                    sourceComponent: Label {
                        objectName: "bubbleCaption"
                        text: bubble.caption
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.bubbleText(bubble.dark)
                        font.pixelSize: 14
                    }
                }

                // A body that is one geo: or xmpp: link may be a card; no other bubble pays for one.
                Loader {
                    id: cardView
                    objectName: "bubbleCard"
                    active: !bubble.retracted && /^\s*(geo|xmpp):/i.test(bubble.body)
                    readonly property bool shown: item !== null && item.valid
                    readonly property int shownWidth: shown ? Math.min(item.implicitWidth, card.maxWidth - 20) : 0
                    visible: shown
                    width: shownWidth
                    Layout.preferredWidth: shownWidth
                    Layout.preferredHeight: shown ? item.implicitHeight : 0
                    sourceComponent: MessageCardView {
                        body: bubble.body
                        session: bubble.session
                        dark: bubble.dark
                        onLinkClicked: link => bubble.linkClicked(link)
                    }
                }

                TextEdit {
                    id: text
                    objectName: "bubbleText"
                    // A file without text has no empty line under it; a card shows instead.
                    visible: bubble.body !== "" && !cardView.shown
                    text: Theme.linkStyle(bubble.dark) + bubble.html
                    textFormat: TextEdit.RichText
                    readOnly: true
                    selectByMouse: true
                    persistentSelection: false
                    wrapMode: TextEdit.Wrap
                    color: Theme.bubbleText(bubble.dark)
                    selectionColor: Theme.accent
                    font.pixelSize: 14
                    Layout.preferredWidth: card.maxWidth - 20
                    onLinkActivated: link => bubble.linkClicked(link)
                    HoverHandler {
                        cursorShape: text.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.IBeamCursor
                    }
                }

                Label {
                    id: deletedLine
                    objectName: "bubbleDeleted"
                    visible: bubble.retracted
                    text: "\u2298 " + qsTr("This message was deleted")
                    font.italic: true
                    font.pixelSize: 14
                    color: Theme.bubbleText(bubble.dark)
                    opacity: 0.7
                    Accessible.name: qsTr("This message was deleted")
                }

                RowLayout {
                    id: meta
                    spacing: 4
                    Layout.alignment: Qt.AlignRight
                    Layout.rightMargin: content.width - card.width + 20
                    Label {
                        objectName: "bubbleStar"
                        visible: bubble.starred
                        text: "★"
                        font.pixelSize: 11
                        color: Theme.secondaryText(bubble.dark)
                        Accessible.name: qsTr("Starred")
                    }
                    Label {
                        objectName: "bubbleEdited"
                        visible: bubble.edited
                        text: qsTr("edited")
                        font.pixelSize: 11
                        color: Theme.secondaryText(bubble.dark)
                    }
                    Label {
                        objectName: "bubbleTime"
                        text: bubble.time
                        font.pixelSize: 11
                        color: Theme.secondaryText(bubble.dark)
                    }
                    DeliveryTicks {
                        visible: bubble.outgoing
                        deliveryState: bubble.deliveryState
                        baseColor: Theme.secondaryText(bubble.dark)
                    }
                }

                // A failed message says why, with its Retry; no other bubble pays for the button.
                Loader {
                    id: failedRow
                    active: bubble.failed
                    visible: active
                    // As wide as the bubble, not the column: the reason wraps within it.
                    Layout.fillWidth: false
                    Layout.preferredWidth: card.width - 20
                    sourceComponent: RowLayout {
                        Label {
                            objectName: "failedReason"
                            text: bubble.errorText !== "" ? qsTr("Not sent: %1").arg(bubble.errorText) : qsTr("Not sent")
                            textFormat: Text.PlainText
                            color: Theme.danger
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "retryButton"
                            text: qsTr("Retry")
                            flat: true
                            onClicked: bubble.retryRequested(bubble.messageId)
                        }
                    }
                }
            }
        }
    }

    Component {
        id: imageContent
        ImageContent {
            thumbnailUrl: bubble.thumbnailUrl
            localUrl: bubble.localUrl
            mediaWidth: bubble.mediaWidth
            mediaHeight: bubble.mediaHeight
            fileSizeText: bubble.fileSizeText
            fileTypeText: bubble.fileTypeText
            transferState: bubble.transferState
            transferProgress: bubble.transferProgress
            transferError: bubble.transferError
            dark: bubble.dark
            onViewRequested: bubble.viewRequested(bubble.messageId)
            onDownloadClicked: bubble.downloadRequested(bubble.attachmentId)
            onCancelClicked: bubble.cancelRequested(bubble.attachmentId)
            onRetryClicked: bubble.retryTransfer()
        }
    }

    Component {
        id: videoContent
        VideoContent {
            thumbnailUrl: bubble.thumbnailUrl
            localUrl: bubble.localUrl
            mediaWidth: bubble.mediaWidth
            mediaHeight: bubble.mediaHeight
            durationText: bubble.durationText
            fileSizeText: bubble.fileSizeText
            transferState: bubble.transferState
            transferProgress: bubble.transferProgress
            transferError: bubble.transferError
            dark: bubble.dark
            onDownloadClicked: bubble.downloadRequested(bubble.attachmentId)
            onCancelClicked: bubble.cancelRequested(bubble.attachmentId)
            onRetryClicked: bubble.retryTransfer()
        }
    }

    // A downloaded voice note or audio file plays in the bubble, through the shared player.
    Component {
        id: audioContent
        AudioPlayback {
            implicitWidth: 260
            player: bubble.media ? bubble.media.player : null
            source: bubble.localUrl.toString()
            key: String(bubble.attachmentId)
            durationMs: bubble.durationMs
            // Reading revision asks again once the bars of this file are in.
            waveform: bubble.media && bubble.media.waveforms.revision >= 0 ? bubble.media.waveforms.bars(bubble.localUrl) : []
        }
    }

    // Documents, and audio until it is downloaded.
    Component {
        id: documentContent
        DocumentContent {
            mediaKind: bubble.mediaKind
            fileName: bubble.fileName
            fileSizeText: bubble.fileSizeText
            fileTypeText: bubble.fileTypeText
            durationText: bubble.durationText
            transferState: bubble.transferState
            transferProgress: bubble.transferProgress
            transferError: bubble.transferError
            dark: bubble.dark
            onDownloadClicked: bubble.downloadRequested(bubble.attachmentId)
            onCancelClicked: bubble.cancelRequested(bubble.attachmentId)
            onRetryClicked: bubble.retryTransfer()
            onOpenClicked: bubble.openRequested(bubble.attachmentId)
            onSaveClicked: bubble.saveRequested(bubble.attachmentId, bubble.fileName)
        }
    }

    // "Open in maps" from the message menu, for the keyboard.
    function openCardInMaps() {
        if (isLocationCard)
            cardView.item.openInMaps()
    }

    // A failed upload is sent again; a failed download is fetched again.
    function retryTransfer() {
        bubble.transferState === Natter.UploadFailed ? bubble.retryUploadRequested(bubble.attachmentId) : bubble.downloadRequested(bubble.attachmentId)
    }
}
