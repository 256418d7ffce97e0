pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Ui

// While a voice note records: a pulsing dot, the running time, cancel and send. The recorder
// (a VoiceRecorder) does the work; sending stops it, and its finished() carries the file.
Pane {
    id: bar
    objectName: "voiceRecorderBar"

    // recording, durationMs, errorText, stop(), cancel()
    required property var recorder

    // Null-safe: the recorder may go away before the bar does.
    readonly property bool recording: bar.recorder?.recording ?? false
    readonly property int seconds: Math.floor((bar.recorder?.durationMs ?? 0) / 1000)
    readonly property string errorText: bar.recorder?.errorText ?? ""

    padding: Theme.spacing / 2

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        ToolButton {
            objectName: "cancelVoiceNote"
            text: "🗑"
            enabled: bar.recording
            Accessible.name: qsTr("Cancel voice note")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: bar.recorder.cancel()
        }

        Rectangle {
            objectName: "recordingDot"
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: Theme.danger
            visible: bar.recording
            SequentialAnimation on opacity {
                running: bar.recording
                loops: Animation.Infinite
                NumberAnimation { to: 0.2; duration: 600 }
                NumberAnimation { to: 1; duration: 600 }
            }
        }

        Label {
            objectName: "voiceNoteTime"
            text: Math.floor(bar.seconds / 60) + ":" + String(bar.seconds % 60).padStart(2, "0")
            Accessible.name: qsTr("Recording, %n second(s)", "", bar.seconds)
        }

        Label {
            objectName: "voiceNoteError"
            text: bar.errorText
            visible: text !== ""
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        Item {
            visible: bar.errorText === ""
            Layout.fillWidth: true
        }

        RoundButton {
            objectName: "sendVoiceNote"
            text: "➤"
            enabled: bar.recording
            Accessible.name: qsTr("Send voice note")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: bar.recorder.stop()
        }
    }
}
