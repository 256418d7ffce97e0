import QtQuick
import QtQuick.Controls
import QtMultimedia

// A downloaded video playing inside its bubble: starts at once, a click pauses or resumes, and
// it tells its bubble when it has played to the end, so the player can go away.
Video {
    id: video

    signal finished

    fillMode: VideoOutput.PreserveAspectFit
    Component.onCompleted: play()
    onPlaybackStateChanged: if (playbackState === MediaPlayer.StoppedState && position > 0) finished()
    onErrorOccurred: finished()

    TapHandler {
        onTapped: video.playbackState === MediaPlayer.PlayingState ? video.pause() : video.play()
    }

    ProgressBar {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        from: 0
        to: Math.max(1, video.duration)
        value: video.position
    }
}
