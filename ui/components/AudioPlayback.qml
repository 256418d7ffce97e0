pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Natter.Models
import Natter.Ui

// Play/pause, the waveform (or a bar when there is none) filling up as it plays, and the time:
// the length while idle, the position while playing. All bubbles share one player; this one
// shows progress only while the player's currentKey is its key.
RowLayout {
    id: playback
    objectName: "audioPlayback"

    // The shared AudioPlayer: currentKey, playing, positionMs, durationMs, play(), pause(), seek()
    required property var player
    required property string source
    required property string key
    required property real durationMs
    // Bar heights in 0..1; may be empty.
    required property var waveform

    // Null-safe: the player may go away before the bubbles that show it.
    readonly property bool current: player?.currentKey === key
    readonly property bool playing: current && (player?.playing ?? false)
    readonly property real length: current && player?.durationMs > 0 ? player.durationMs : durationMs
    readonly property real position: current ? (player?.positionMs ?? 0) : 0
    readonly property real progress: length > 0 ? Math.min(1, position / length) : 0
    readonly property bool failed: current && (player?.errorText ?? "") !== ""
    readonly property int shownSeconds: Math.floor((playing || position > 0 ? position : length) / 1000)

    spacing: Theme.spacing / 2

    RoundButton {
        objectName: "playPauseButton"
        text: playback.playing ? "⏸" : "▶"
        font.family: Format.textFontFamily
        flat: true
        Accessible.name: playback.playing ? qsTr("Pause") : qsTr("Play")
        onClicked: playback.playing ? playback.player.pause() : playback.player.play(playback.source, playback.key)
    }

    Item {
        objectName: "progressArea"
        implicitWidth: 160
        implicitHeight: 28
        Layout.fillWidth: true

        Row {
            id: barsRow
            objectName: "waveformBars"
            anchors.fill: parent
            spacing: 1
            visible: playback.waveform.length > 0

            Repeater {
                model: playback.waveform

                Rectangle {
                    required property real modelData
                    required property int index

                    anchors.verticalCenter: barsRow.verticalCenter
                    width: Math.max(1, (barsRow.width - barsRow.spacing * (playback.waveform.length - 1)) / playback.waveform.length)
                    height: Math.max(2, modelData * barsRow.height)
                    radius: 1
                    objectName: "waveformBar"
                    color: (index + 0.5) / playback.waveform.length <= playback.progress ? Theme.accent : timeLabel.palette.placeholderText
                }
            }
        }

        ProgressBar {
            objectName: "progressBar"
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            visible: playback.waveform.length === 0
            value: playback.progress
        }

        MouseArea {
            anchors.fill: parent
            enabled: playback.current && playback.length > 0
            onClicked: mouse => playback.player.seek(mouse.x / width * playback.length)
            Accessible.role: Accessible.Slider
            Accessible.name: qsTr("Playback position")
        }
    }

    Label {
        id: timeLabel
        objectName: "timeLabel"
        text: playback.failed ? qsTr("Can't play") : Math.floor(playback.shownSeconds / 60) + ":" + String(playback.shownSeconds % 60).padStart(2, "0")
        color: playback.failed ? Theme.danger : palette.placeholderText
        // Why it did not play (no sound output, an unreadable file), on hover and for screen readers.
        Accessible.description: playback.failed ? playback.player.errorText : ""
        ToolTip.visible: playback.failed && errorHover.hovered
        ToolTip.text: playback.failed ? playback.player.errorText : ""

        HoverHandler {
            id: errorHover
        }
    }
}
