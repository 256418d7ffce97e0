#pragma once

#include <QAudioInput>
#include <QElapsedTimer>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QObject>
#include <QString>

namespace Natter {

// Records a voice note from the default microphone into AAC in MP4 (audio/mp4, ".m4a").
// Why not Opus in Ogg: Qt 6.4.2's FFmpeg backend offers only Vorbis in Ogg and fails to write
// its header ("No extradata present"); its GStreamer backend writes Ogg/Opus only with extra
// plugin packages and with a non-zero start time, and Media Foundation and AVFoundation (Windows,
// macOS) cannot write Ogg at all. AAC in MP4 records on every backend, and Conversations, Gajim,
// Dino, Monal and browsers all play it.
class VoiceRecorder : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool recording READ isRecording NOTIFY recordingChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY durationMsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString mimeType READ mimeType CONSTANT)

public:
    // Longer notes are stopped and sent as they are, so one note stays a reasonable upload.
    static constexpr qint64 MaxDurationMs = qint64 { 15 } * 60 * 1000;
    // Qt 6.4.2's FFmpeg audio input learns its format on its own thread after construction; an
    // encoder started before that sizes its buffer as 0 bytes, and the input thread then spins
    // forever (and its destructor waits forever). Recording waits until the input is this old.
    static constexpr qint64 InputSettleMs = 500;

    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    bool isRecording() const { return m_recording; }
    qint64 durationMs() const { return m_durationMs; }
    QString errorText() const { return m_errorText; }
    QString mimeType() const;
    // The file name suffix that matches mimeType(), for callers that choose the target path.
    static QString fileSuffix();

    // Starts recording into targetPath (overwritten). False, with errorText set, when there is no
    // microphone or the platform cannot encode the format.
    Q_INVOKABLE bool start(const QString &targetPath);
    // Ends the note; finished() follows once the file is complete.
    Q_INVOKABLE void stop();
    // Ends the note and removes the file; finished() does not follow.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void recordingChanged();
    void durationMsChanged();
    void errorTextChanged();
    void finished(const QString &path, qint64 durationMs, const QString &mimeType);

private:
    void onStateChanged(QMediaRecorder::RecorderState state);
    void onError(QMediaRecorder::Error error, const QString &detail);
    void record();
    void complete();
    void setRecording(bool recording);
    void setDuration(qint64 ms);
    void setError(const QString &text);

    QMediaCaptureSession m_session;
    QAudioInput m_input;
    QMediaRecorder m_recorder;
    QElapsedTimer m_inputAge;
    QString m_targetPath;
    QString m_errorText;
    qint64 m_durationMs = 0;
    bool m_recording = false;
    bool m_cancelled = false;
    bool m_waitingForInput = false;
    bool m_started = false;
};

} // namespace Natter
