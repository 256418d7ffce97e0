#include "AudioPlayer.h"

#include "MediaLogging.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QUrl>

namespace Natter {

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent)
{
    m_player.setAudioOutput(&m_output);
    connect(&m_player, &QMediaPlayer::positionChanged, this, &AudioPlayer::positionMsChanged);
    connect(&m_player, &QMediaPlayer::durationChanged, this, &AudioPlayer::durationMsChanged);
    connect(&m_player, &QMediaPlayer::playbackStateChanged, this,
        [this](QMediaPlayer::PlaybackState state) {
            const bool playing = state == QMediaPlayer::PlayingState;
            if (playing != m_playing) {
                m_playing = playing;
                Q_EMIT playingChanged();
            }
        });
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, &AudioPlayer::onStatusChanged);
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &detail) {
            qCWarning(lcMedia) << "audio player error" << error << detail;
            setError(tr("This audio cannot be played: %1").arg(detail));
            m_player.stop(); // the backend leaves a failed source "playing"
        });
}

qint64 AudioPlayer::positionMs() const
{
    return m_player.position();
}

qint64 AudioPlayer::durationMs() const
{
    return m_player.duration();
}

void AudioPlayer::play(const QString &source, const QString &key)
{
    const QUrl url = QUrl::fromUserInput(source, QString(), QUrl::AssumeLocalFile);
    if (key != m_key || url != m_player.source()) {
        m_player.stop();
        setError({});
        m_player.setSource(url);
        if (key != m_key) {
            m_key = key;
            Q_EMIT currentKeyChanged();
        }
    }
    if (m_player.error() != QMediaPlayer::NoError)
        return; // the source failed while loading; the error is already shown
    // Qt 6.4's FFmpeg backend crashes in its render thread when there is no sound output at all
    // (no PulseAudio, no card): say so instead.
    if (QMediaDevices::audioOutputs().isEmpty()) {
        setError(tr("There is no sound output to play this on."));
        return;
    }
    m_player.play();
}

void AudioPlayer::pause()
{
    m_player.pause();
}

void AudioPlayer::seek(qint64 positionMs)
{
    m_player.setPosition(qBound<qint64>(0, positionMs, qMax<qint64>(0, m_player.duration())));
}

void AudioPlayer::stop()
{
    m_player.stop();
    m_player.setSource({});
    if (!m_key.isEmpty()) {
        m_key.clear();
        Q_EMIT currentKeyChanged();
    }
}

void AudioPlayer::onStatusChanged(QMediaPlayer::MediaStatus status)
{
    // At the end the bubble shows its full length again, ready to replay from the start.
    if (status == QMediaPlayer::EndOfMedia)
        m_player.setPosition(0);
    else if (status == QMediaPlayer::InvalidMedia)
        setError(tr("This audio file cannot be read. It may be damaged or in a format this system "
                    "does not play."));
}

void AudioPlayer::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
