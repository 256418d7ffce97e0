#include "MediaProbe.h"

#include "MediaLogging.h"

#include <QFileInfo>
#include <QMediaMetaData>
#include <QPromise>
#include <QUrl>
#include <QVideoFrame>

#include <memory>

namespace Natter {

namespace {
bool tooLarge(QSize size)
{
    return qint64(size.width()) * size.height() > MediaProbe::MaxFramePixels;
}
} // namespace

MediaProbe::MediaProbe(QObject *parent)
    : QObject(parent)
{
    m_player.setVideoSink(&m_sink);
    m_timeout.setSingleShot(true);
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaProbe::onStatusChanged);
    connect(&m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &detail) {
            qCDebug(lcMedia) << "probe: player error" << detail;
            fail(tr("Cannot read this media file. It may be damaged or in a format this system "
                    "does not know."));
        });
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &MediaProbe::onFrame);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // Once the file opened, a missing poster costs only the picture, not the facts.
        if (m_player.mediaStatus() == QMediaPlayer::LoadedMedia
            || m_player.mediaStatus() == QMediaPlayer::BufferedMedia) {
            qCDebug(lcMedia) << "probe: no frame in time for" << m_path;
            finish();
        } else {
            fail(tr("Cannot read this media file: it did not open in time."));
        }
    });
}

void MediaProbe::start(const QString &path, std::chrono::milliseconds timeout)
{
    m_path = path;
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable() || file.size() == 0) {
        fail(tr("Cannot read this media file: it is missing, empty or not readable."));
        return;
    }
    m_timeout.start(timeout);
    m_player.setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
}

QFuture<MediaInfo> MediaProbe::probe(const QString &path, std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<QPromise<MediaInfo>>();
    promise->start();
    auto *probe = new MediaProbe;
    connect(probe, &MediaProbe::finished, probe, [probe, promise](const MediaInfo &info) {
        promise->addResult(info);
        promise->finish();
        probe->deleteLater();
    });
    probe->start(path, timeout);
    return promise->future();
}

void MediaProbe::onStatusChanged(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        m_info.durationMs = qMax<qint64>(0, m_player.duration());
        m_info.hasVideo = m_player.hasVideo();
        m_info.videoSize = m_player.metaData().value(QMediaMetaData::Resolution).toSize();
        if (!m_info.hasVideo || tooLarge(m_info.videoSize))
            finish(); // a declared giant is not decoded at all: the facts suffice
        else
            m_player.play(); // no audio output is set, so this only decodes the first frame
        break;
    case QMediaPlayer::InvalidMedia:
        fail(tr("Cannot read this media file. It may be damaged or in a format this system "
                "does not know."));
        break;
    case QMediaPlayer::EndOfMedia:
        finish(); // a video without a decodable frame still has a duration
        break;
    default:
        break;
    }
}

void MediaProbe::onFrame(const QVideoFrame &frame)
{
    if (m_done || !frame.isValid())
        return;
    const QSize size = frame.size();
    if (m_info.videoSize.isEmpty())
        m_info.videoSize = size;
    if (size.isEmpty() || tooLarge(size)) {
        qCDebug(lcMedia) << "probe: frame too large for a poster" << size;
        finish();
        return;
    }
    QImage image = frame.toImage();
    if (image.isNull())
        return; // try the next frame
    if (qMax(image.width(), image.height()) > PosterSide)
        image = image.scaled(PosterSide, PosterSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_info.poster = image;
    finish();
}

void MediaProbe::fail(const QString &error)
{
    if (m_done)
        return;
    m_info = {};
    m_info.error = error;
    finish();
}

void MediaProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_info.ok() && m_info.durationMs <= 0)
        m_info.durationMs = qMax<qint64>(0, m_player.duration());
    m_player.stop();
    qCDebug(lcMedia) << "probe:" << m_path << m_info.durationMs << "ms" << m_info.videoSize
                     << m_info.error;
    Q_EMIT finished(m_info);
}

} // namespace Natter
