import QtQuick
import QtTest
import Natter.Ui

// An audio bubble's controls against a stand-in for the shared player: it shows its own length
// until the player plays its key, asks the player to play its source under its key, and fills
// its bars as the player's position moves.
TestCase {
    id: testCase
    name: "AudioPlayback"
    when: windowShown
    width: 400
    height: 60
    visible: true

    Component {
        id: playerComponent
        QtObject {
            property string currentKey: ""
            property bool playing: false
            property real positionMs: 0
            property real durationMs: 0
            property string errorText: ""
            property var calls: []
            function play(source, key) { calls.push("play " + source + " " + key); currentKey = key; playing = true }
            function pause() { calls.push("pause"); playing = false }
            function seek(ms) { calls.push("seek"); positionMs = ms }
        }
    }

    Component {
        id: playbackComponent
        AudioPlayback {}
    }

    function init() {
        failOnWarning(/.?/)
    }

    function create(player, waveform) {
        const playback = createTemporaryObject(playbackComponent, testCase, {
            player: player, source: "/tmp/note.m4a", key: "msg-7", durationMs: 65000,
            waveform: waveform, width: 400
        })
        verify(playback)
        return playback
    }

    function bars(playback) {
        const row = findChild(playback, "waveformBars")
        const found = []
        for (let i = 0; i < row.children.length; ++i) {
            if (row.children[i].objectName === "waveformBar")
                found.push(row.children[i])
        }
        return found
    }

    function test_failureShowsInsteadOfTheTime() {
        const player = createTemporaryObject(playerComponent, testCase)
        const playback = create(player, [])
        const label = findChild(playback, "timeLabel")
        mouseClick(findChild(playback, "playPauseButton"))
        player.playing = false
        player.errorText = "There is no sound output to play this on."
        compare(label.text, "Can't play")
        compare(label.Accessible.description, player.errorText)
        // Another bubble's failure is not this one's.
        player.currentKey = "msg-8"
        compare(label.text, "1:05")
    }

    function test_idleShowsTheLength() {
        const player = createTemporaryObject(playerComponent, testCase)
        const playback = create(player, [0.2, 1, 0.5, 0.1])
        compare(findChild(playback, "timeLabel").text, "1:05")
        compare(findChild(playback, "playPauseButton").text, "▶")
        compare(bars(playback).length, 4)
        verify(!findChild(playback, "progressBar").visible)
    }

    function test_playAsksForItsSourceAndKey() {
        const player = createTemporaryObject(playerComponent, testCase)
        const playback = create(player, [0.2, 1, 0.5, 0.1])
        mouseClick(findChild(playback, "playPauseButton"))
        compare(player.calls, ["play /tmp/note.m4a msg-7"])
        compare(findChild(playback, "playPauseButton").text, "⏸")
        mouseClick(findChild(playback, "playPauseButton"))
        compare(player.calls[1], "pause")
        compare(findChild(playback, "playPauseButton").text, "▶")
    }

    function test_anotherKeyPlayingLeavesThisIdle() {
        const player = createTemporaryObject(playerComponent, testCase, {
            currentKey: "msg-8", playing: true, positionMs: 3000, durationMs: 9000
        })
        const playback = create(player, [])
        verify(!playback.playing)
        compare(findChild(playback, "timeLabel").text, "1:05")
        compare(findChild(playback, "progressBar").value, 0)
    }

    function test_progressFillsTheBars() {
        const player = createTemporaryObject(playerComponent, testCase, {
            currentKey: "msg-7", playing: true, positionMs: 5000, durationMs: 10000
        })
        const playback = create(player, [0.5, 0.5, 0.5, 0.5])
        compare(findChild(playback, "timeLabel").text, "0:05")
        const shown = bars(playback)
        compare(shown[0].color, Theme.accent)
        verify(shown[3].color !== Theme.accent)
        player.positionMs = 10000
        compare(shown[3].color, Theme.accent)
    }

    function test_withoutWaveformAProgressBar() {
        const player = createTemporaryObject(playerComponent, testCase, {
            currentKey: "msg-7", playing: true, positionMs: 2500, durationMs: 10000
        })
        const playback = create(player, [])
        const bar = findChild(playback, "progressBar")
        verify(bar.visible)
        compare(bar.value, 0.25)
        compare(bars(playback).length, 0)
    }

    function test_clickSeeksWhilePlaying() {
        const player = createTemporaryObject(playerComponent, testCase, {
            currentKey: "msg-7", playing: true, positionMs: 0, durationMs: 10000
        })
        const playback = create(player, [0.5, 0.5, 0.5, 0.5])
        const area = findChild(playback, "progressArea")
        mouseClick(area, area.width / 2, area.height / 2)
        compare(player.calls, ["seek"])
        fuzzyCompare(player.positionMs, 5000, 200)
    }
}
