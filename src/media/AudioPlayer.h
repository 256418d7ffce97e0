#pragma once

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QObject>
#include <QString>

namespace Natter {

// The one player behind every audio bubble: a bubble asks to play its file under its own key
// and shows progress only while currentKey is its key, so starting one note stops the other.
class AudioPlayer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString currentKey READ currentKey NOTIFY currentKeyChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    Q_PROPERTY(qint64 positionMs READ positionMs NOTIFY positionMsChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY durationMsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit AudioPlayer(QObject *parent = nullptr);

    QString currentKey() const { return m_key; }
    bool isPlaying() const { return m_playing; }
    qint64 positionMs() const;
    qint64 durationMs() const;
    QString errorText() const { return m_errorText; }

    // Plays source (a local path or a URL) for the bubble key; the same key resumes where it
    // paused, another key stops what plays and starts from the beginning.
    Q_INVOKABLE void play(const QString &source, const QString &key);
    Q_INVOKABLE void pause();
    Q_INVOKABLE void seek(qint64 positionMs);
    // Stops and forgets the key, e.g. when the chat closes.
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void currentKeyChanged();
    void playingChanged();
    void positionMsChanged();
    void durationMsChanged();
    void errorTextChanged();

private:
    void onStatusChanged(QMediaPlayer::MediaStatus status);
    void setError(const QString &text);

    QAudioOutput m_output;
    QMediaPlayer m_player;
    QString m_key;
    QString m_errorText;
    bool m_playing = false;
};

} // namespace Natter
