#include "VoiceRecorder.h"

#include "MediaLogging.h"

#include <QAudioDevice>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QTimer>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace Natter {

namespace {
QMediaFormat noteFormat()
{
    QMediaFormat format(QMediaFormat::Mpeg4Audio);
    format.setAudioCodec(QMediaFormat::AudioCodec::AAC);
    return format;
}
} // namespace

VoiceRecorder::VoiceRecorder(QObject *parent)
    : QObject(parent)
{
    m_inputAge.start();
    m_session.setAudioInput(&m_input);
    m_session.setRecorder(&m_recorder);
    m_recorder.setMediaFormat(noteFormat());
    // Speech needs one channel at 64 kbit/s (~0.5 MB a minute); Qt 6.4's FFmpeg backend ignores
    // both and writes stereo at ~70 kbit/s, which costs about the same.
    m_recorder.setAudioChannelCount(1);
    m_recorder.setAudioBitRate(64000);
    m_recorder.setQuality(QMediaRecorder::NormalQuality);
    connect(
        &m_recorder, &QMediaRecorder::recorderStateChanged, this, &VoiceRecorder::onStateChanged);
    connect(&m_recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::onError);
    connect(&m_recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        setDuration(ms);
        if (ms >= MaxDurationMs)
            stop();
    });
}

VoiceRecorder::~VoiceRecorder()
{
    // A note left half-written by quitting is of no use to anyone.
    if (m_recording) {
        m_cancelled = true;
        m_recorder.stop();
        QFile::remove(m_targetPath);
    }
}

QString VoiceRecorder::mimeType() const
{
    return u"audio/mp4"_s;
}

QString VoiceRecorder::fileSuffix()
{
    return u"m4a"_s;
}

bool VoiceRecorder::start(const QString &targetPath)
{
    if (m_recording)
        return false;
    if (QMediaDevices::audioInputs().isEmpty() || QMediaDevices::defaultAudioInput().isNull()) {
        setError(tr("No microphone was found. Connect one, or allow Natter to use it in your "
                    "system's settings, then try again."));
        return false;
    }
    if (!noteFormat().isSupported(QMediaFormat::Encode)) {
        setError(tr("This system cannot record voice notes: no AAC audio encoder is available."));
        return false;
    }
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        setError(tr("Cannot save the voice note in %1. Check that the folder is writable.")
                     .arg(QDir::toNativeSeparators(target.absolutePath())));
        return false;
    }
    setError({});
    m_targetPath = target.absoluteFilePath();
    m_cancelled = false;
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (m_input.device() != device) {
        m_input.setDevice(device);
        m_inputAge.restart(); // the new device's format arrives on the input's thread, too
    }
    m_recorder.setOutputLocation(QUrl::fromLocalFile(m_targetPath));
    setDuration(0);
    setRecording(true);
    qCDebug(lcMedia) << "voice note: recording to" << m_targetPath;
    const qint64 wait = InputSettleMs - m_inputAge.elapsed();
    m_started = false;
    if (wait <= 0) {
        record();
    } else {
        m_waitingForInput = true;
        QTimer::singleShot(wait, this, [this] {
            if (std::exchange(m_waitingForInput, false))
                record();
        });
    }
    return true;
}

void VoiceRecorder::record()
{
    m_started = true;
    m_recorder.record();
}

void VoiceRecorder::stop()
{
    if (!m_recording)
        return;
    if (std::exchange(m_waitingForInput, false))
        complete(); // nothing was recorded yet; the backend would never report a stop
    else
        m_recorder.stop();
}

void VoiceRecorder::cancel()
{
    if (!m_recording)
        return;
    m_cancelled = true;
    stop();
}

void VoiceRecorder::onStateChanged(QMediaRecorder::RecorderState state)
{
    if (state == QMediaRecorder::StoppedState && m_recording)
        complete();
}

void VoiceRecorder::onError(QMediaRecorder::Error error, const QString &detail)
{
    qCWarning(lcMedia) << "voice note: recorder error" << error << detail;
    setError(tr("Recording stopped because of an error: %1").arg(detail));
    if (m_recording) {
        m_cancelled = true;
        m_recorder.stop();
        if (m_recording) // the backend did not report the stop itself
            complete();
    }
}

void VoiceRecorder::complete()
{
    // Qt may have added its own suffix; the caller asked for m_targetPath.
    const QString written = m_started ? m_recorder.actualLocation().toLocalFile() : QString();
    if (!written.isEmpty() && written != m_targetPath && QFile::exists(written)) {
        QFile::remove(m_targetPath);
        QFile::rename(written, m_targetPath);
    }
    // Before record() the recorder still reports the previous note.
    const qint64 duration = m_started ? m_recorder.duration() : 0;
    setDuration(duration);
    setRecording(false);
    if (m_cancelled || duration <= 0) {
        QFile::remove(m_targetPath);
        if (!m_cancelled)
            setError(tr("Nothing was recorded. Check that the microphone is connected and not "
                        "muted, then try again."));
        return;
    }
    qCDebug(lcMedia) << "voice note: finished," << duration << "ms";
    Q_EMIT finished(m_targetPath, duration, mimeType());
}

void VoiceRecorder::setRecording(bool recording)
{
    if (m_recording == recording)
        return;
    m_recording = recording;
    Q_EMIT recordingChanged();
}

void VoiceRecorder::setDuration(qint64 ms)
{
    if (m_durationMs == ms)
        return;
    m_durationMs = ms;
    Q_EMIT durationMsChanged();
}

void VoiceRecorder::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
