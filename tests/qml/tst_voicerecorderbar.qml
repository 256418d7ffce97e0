import QtQuick
import QtTest
import Natter.Ui

// The bar under a recording voice note, against a stand-in for the recorder: the running time,
// send stops the recorder (its finished() carries the file), cancel cancels, errors show.
TestCase {
    id: testCase
    name: "VoiceRecorderBar"
    when: windowShown
    width: 400
    height: 60
    visible: true

    Component {
        id: recorderComponent
        QtObject {
            property bool recording: true
            property real durationMs: 0
            property string errorText: ""
            property var calls: []
            function stop() { calls.push("stop"); recording = false }
            function cancel() { calls.push("cancel"); recording = false }
        }
    }

    Component {
        id: barComponent
        VoiceRecorderBar {}
    }

    function init() {
        failOnWarning(/.?/)
    }

    function create(recorder) {
        const bar = createTemporaryObject(barComponent, testCase, { recorder: recorder, width: 400 })
        verify(bar)
        return bar
    }

    function test_timeRunsWithTheRecorder() {
        const recorder = createTemporaryObject(recorderComponent, testCase)
        const bar = create(recorder)
        compare(findChild(bar, "voiceNoteTime").text, "0:00")
        recorder.durationMs = 75400
        compare(findChild(bar, "voiceNoteTime").text, "1:15")
        verify(findChild(bar, "recordingDot").visible)
    }

    function test_sendStops() {
        const recorder = createTemporaryObject(recorderComponent, testCase)
        const bar = create(recorder)
        mouseClick(findChild(bar, "sendVoiceNote"))
        compare(recorder.calls, ["stop"])
        verify(!findChild(bar, "sendVoiceNote").enabled)
        verify(!findChild(bar, "recordingDot").visible)
    }

    function test_cancelCancels() {
        const recorder = createTemporaryObject(recorderComponent, testCase)
        const bar = create(recorder)
        mouseClick(findChild(bar, "cancelVoiceNote"))
        compare(recorder.calls, ["cancel"])
    }

    function test_errorIsShown() {
        const recorder = createTemporaryObject(recorderComponent, testCase, {
            recording: false, errorText: "No microphone was found."
        })
        const bar = create(recorder)
        const error = findChild(bar, "voiceNoteError")
        verify(error.visible)
        compare(error.text, "No microphone was found.")
        verify(!findChild(bar, "sendVoiceNote").enabled)
    }
}
