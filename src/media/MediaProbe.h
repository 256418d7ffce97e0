#pragma once

#include "MediaInfo.h"

#include <QFuture>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QVideoSink>

#include <chrono>

namespace Natter {

// Learns duration, video size and a poster frame of a media file by opening it in a silent
// QMediaPlayer and taking the first frame its QVideoSink receives. Runs on the caller's event
// loop (the backend decodes on its own threads) and always ends: a file that cannot be read
// ends with an error, one that takes too long ends at the timeout.
class MediaProbe : public QObject
{
    Q_OBJECT

public:
    // Posters are for bubbles and previews; a larger frame is scaled down right away.
    static constexpr int PosterSide = 1024;
    // Frames beyond this are refused unconverted: a hostile header must not cost gigabytes.
    static constexpr qint64 MaxFramePixels = 8192LL * 8192LL;
    static constexpr std::chrono::milliseconds DefaultTimeout { 10000 };

    explicit MediaProbe(QObject *parent = nullptr);

    // Starts probing path; finished() follows exactly once. One probe per object.
    void start(const QString &path, std::chrono::milliseconds timeout = DefaultTimeout);

    // Probes path on a MediaProbe of its own, which deletes itself once it is done.
    static QFuture<MediaInfo> probe(
        const QString &path, std::chrono::milliseconds timeout = DefaultTimeout);

Q_SIGNALS:
    void finished(const Natter::MediaInfo &info);

private:
    void onStatusChanged(QMediaPlayer::MediaStatus status);
    void onFrame(const QVideoFrame &frame);
    void fail(const QString &error);
    void finish();

    QMediaPlayer m_player;
    QVideoSink m_sink;
    QTimer m_timeout;
    QString m_path;
    MediaInfo m_info;
    bool m_done = false;
};

} // namespace Natter
