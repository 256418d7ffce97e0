import QtQuick
import QtTest
import Natter.Models
import Natter.Ui

// A message with a file shows what its transfer allows, per kind: a download button with the
// size while remote, progress with cancel while it moves, the error with a retry when it
// failed, and the content once it is here. A file without text has no empty text line.
TestCase {
    id: testCase
    name: "MediaBubble"
    when: windowShown
    width: 600
    height: 500
    visible: true

    Component {
        id: bubbleComponent
        MessageBubble {
            width: testCase.width
            messageId: 7
            body: ""
            html: ""
            outgoing: false
            time: "14:02"
            deliveryState: Natter.Delivered
            errorText: ""
            edited: false
            daySeparator: ""
            groupedWithOlder: false
            unreadDivider: false
            senderName: ""
            senderColor: "transparent"
            isSystem: false
            systemText: ""
            retracted: false
            canRetract: false
            forwarded: false
            canForward: false
            replyState: 0
            replyAuthor: ""
            replyColor: "transparent"
            replyExcerpt: ""
            replyThumbnail: ""
            attachmentCount: 1
            attachmentId: 42
            mediaKind: Natter.Image
            fileName: "balcony.jpg"
            fileSizeText: "2.4 MB"
            fileTypeText: "JPG"
            mediaWidth: 4000
            mediaHeight: 3000
            durationText: ""
            durationMs: 0
            caption: ""
            transferState: Natter.Remote
            transferProgress: -1
            transferError: ""
            localUrl: ""
            thumbnailUrl: ""
            reactions: []
            checked: false
            starred: false
        }
    }

    SignalSpy {
        id: downloads
        signalName: "downloadRequested"
    }
    SignalSpy {
        id: cancels
        signalName: "cancelRequested"
    }
    SignalSpy {
        id: uploadRetries
        signalName: "retryUploadRequested"
    }
    SignalSpy {
        id: views
        signalName: "viewRequested"
    }

    function init() {
        failOnWarning(/.?/)
    }

    function makeBubble(properties) {
        const bubble = createTemporaryObject(bubbleComponent, testCase, properties)
        verify(bubble)
        for (const spy of [downloads, cancels, uploadRetries, views]) {
            spy.clear()
            spy.target = bubble
        }
        return bubble
    }

    function shown(bubble, name) {
        const item = findChild(bubble, name)
        return item !== null && item.visible
    }

    function test_states_data() {
        const kinds = [
            { kind: Natter.Image, name: "image" },
            { kind: Natter.Video, name: "video" },
            { kind: Natter.Document, name: "document" },
            { kind: Natter.Audio, name: "audio" },
        ]
        const states = [
            { state: Natter.Remote, shows: "downloadButton", hides: ["transferProgress", "retryTransferButton"] },
            { state: Natter.Downloading, shows: "cancelTransferButton", hides: ["downloadButton", "retryTransferButton"] },
            { state: Natter.Uploading, shows: "transferProgress", hides: ["downloadButton", "retryTransferButton"] },
            { state: Natter.DownloadFailed, shows: "retryTransferButton", hides: ["transferProgress", "downloadButton"] },
            { state: Natter.UploadFailed, shows: "transferError", hides: ["transferProgress", "downloadButton"] },
        ]
        const rows = []
        for (const k of kinds)
            for (const s of states)
                rows.push({ tag: k.name + " " + s.shows + " " + s.state, kind: k.kind, state: s.state, shows: s.shows, hides: s.hides })
        return rows
    }

    function test_states(data) {
        const bubble = makeBubble({ mediaKind: data.kind, transferState: data.state, transferProgress: 0.4, transferError: "The link no longer works." })
        verify(shown(bubble, data.shows), data.shows)
        for (const name of data.hides)
            verify(!shown(bubble, name), name)
        verify(!shown(bubble, "bubbleText"))
        verify(shown(bubble, "bubbleMedia"))
    }

    // A group's own line: a centred pill with its sentence, as plain text; no bubble, no time,
    // no ticks, and the sentence is what a screen reader says.
    function test_systemLineIsAPillOnly() {
        const bubble = makeBubble({ isSystem: true, systemText: "<b>Bob</b> added Carol", attachmentCount: 0 })
        const line = findChild(bubble, "systemLine")
        verify(line && line.visible)
        compare(line.text, "<b>Bob</b> added Carol")
        compare(line.textFormat, Text.PlainText)
        verify(Math.abs(line.mapToItem(bubble, 0, 0).x + line.width / 2 - bubble.width / 2) <= 1)
        for (const name of ["bubble", "bubbleText", "bubbleTime", "bubbleMedia"])
            verify(!shown(bubble, name), name)
        compare(bubble.Accessible.name, "<b>Bob</b> added Carol")
    }

    function test_remoteShowsSizeAndDownloads() {
        const bubble = makeBubble({})
        const size = findChild(bubble, "transferSize")
        verify(size && size.visible)
        compare(size.text, "2.4 MB")
        mouseClick(findChild(bubble, "downloadButton"))
        compare(downloads.count, 1)
        compare(downloads.signalArguments[0][0], 42)
    }

    function test_progressAndCancel() {
        const bubble = makeBubble({ transferState: Natter.Downloading, transferProgress: 0.4 })
        const bar = findChild(bubble, "transferProgress")
        verify(bar.visible)
        compare(bar.value, 0.4)
        verify(!bar.indeterminate)
        bubble.transferProgress = -1
        verify(bar.indeterminate)
        mouseClick(findChild(bubble, "cancelTransferButton"))
        compare(cancels.count, 1)
    }

    function test_retryUploadOrDownload() {
        const bubble = makeBubble({ transferState: Natter.UploadFailed, transferError: "The server refused the file." })
        compare(findChild(bubble, "transferError").text, "The server refused the file.")
        mouseClick(findChild(bubble, "retryTransferButton"))
        compare(uploadRetries.count, 1)
        compare(downloads.count, 0)
        bubble.transferState = Natter.DownloadFailed
        mouseClick(findChild(bubble, "retryTransferButton"))
        compare(downloads.count, 1)
    }

    function test_readyImageOpensTheViewer() {
        const bubble = makeBubble({ transferState: Natter.Ready, localUrl: Qt.resolvedUrl("data/photo.png"), caption: "the balcony at night" })
        const image = findChild(bubble, "mediaImage")
        tryCompare(image, "status", Image.Ready)
        verify(image.visible)
        verify(!shown(bubble, "downloadButton"))
        // 4:3 at most 330 logical pixels wide, decoded at the size shown, never the file's.
        compare(image.width, 330)
        compare(image.height, 248)
        verify(image.sourceSize.width <= 330 * Screen.devicePixelRatio + 1)
        verify(shown(bubble, "bubbleCaption"))
        mouseClick(image)
        compare(views.count, 1)
        compare(views.signalArguments[0][0], 7)
    }

    function test_readyDocumentOffersOpenAndSave() {
        const bubble = makeBubble({ mediaKind: Natter.Document, fileName: "<b>minutes</b>.pdf", fileTypeText: "PDF", transferState: Natter.Ready, localUrl: Qt.resolvedUrl("data/photo.png") })
        verify(shown(bubble, "openFileButton"))
        verify(shown(bubble, "saveFileButton"))
        verify(!shown(bubble, "downloadButton"))
        const name = findChild(bubble, "documentName")
        compare(name.textFormat, Text.PlainText)
        compare(name.text, "<b>minutes</b>.pdf")
    }

    function test_readyVideoPlaysOnlyOnDemand() {
        const bubble = makeBubble({ mediaKind: Natter.Video, durationText: "1:05", transferState: Natter.Ready, localUrl: Qt.resolvedUrl("data/photo.png") })
        verify(shown(bubble, "playButton"))
        verify(shown(bubble, "durationBadge"))
        const player = findChild(bubble, "videoPlayer")
        verify(!player.active)
        verify(player.item === null)
    }

    // The session's one player, as the bubble sees it through session.media.player.
    QtObject {
        id: stubMedia
        property QtObject player: QtObject {
            property string currentKey: ""
            property bool playing: false
            property real positionMs: 0
            property real durationMs: 0
            function play(source, key) { currentKey = key; playing = true }
            function pause() { playing = false }
            function seek(ms) { positionMs = ms }
        }
        // Bars become known later, as the real cache computes them off the UI thread.
        property QtObject waveforms: QtObject {
            property int revision: 0
            property url asked
            function bars(url) { asked = url; return revision > 0 ? [0.2, 0.9, 0.5] : [] }
        }
    }

    function test_readyAudioShowsItsWaveformOnceComputed() {
        const bubble = makeBubble({ mediaKind: Natter.Audio, fileName: "Voice note.m4a", durationMs: 12000, transferState: Natter.Ready, localUrl: Qt.resolvedUrl("data/photo.png"), media: stubMedia })
        compare(stubMedia.waveforms.asked, Qt.resolvedUrl("data/photo.png"))
        verify(shown(bubble, "progressBar"))
        verify(!shown(bubble, "waveformBars"))
        stubMedia.waveforms.revision = 1
        tryVerify(() => shown(bubble, "waveformBars"))
        verify(!shown(bubble, "progressBar"))
        stubMedia.waveforms.revision = 0
    }

    function test_readyAudioPlaysThroughTheSharedPlayer() {
        const bubble = makeBubble({ mediaKind: Natter.Audio, fileName: "Voice note.m4a", durationMs: 12000, transferState: Natter.Ready, localUrl: Qt.resolvedUrl("data/photo.png"), media: stubMedia })
        verify(shown(bubble, "audioPlayback"))
        verify(!shown(bubble, "downloadButton"))
        mouseClick(findChild(bubble, "playPauseButton"))
        compare(stubMedia.player.currentKey, String(bubble.attachmentId))
        verify(stubMedia.player.playing)
        stubMedia.player.playing = false
        stubMedia.player.currentKey = ""
    }

    function test_remoteAudioDownloadsFirst() {
        const bubble = makeBubble({ mediaKind: Natter.Audio, fileName: "Voice note.m4a", durationMs: 12000, media: stubMedia })
        verify(!shown(bubble, "audioPlayback"))
        verify(shown(bubble, "downloadButton"))
    }

    function test_textWithFileShowsBoth() {
        const bubble = makeBubble({ body: "look at this", html: "look at this" })
        verify(shown(bubble, "bubbleText"))
        verify(shown(bubble, "bubbleMedia"))
    }

    function test_plainMessageHasNoMedia() {
        const bubble = makeBubble({ attachmentCount: 0, mediaKind: -1, body: "hi", html: "hi" })
        verify(shown(bubble, "bubbleText"))
        verify(!shown(bubble, "bubbleMedia"))
    }
}
