#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace Natter {

// What MediaProbe learned about an audio or video file. error is empty on success.
struct MediaInfo
{
    qint64 durationMs = 0;
    bool hasVideo = false;
    // Pixel size of the video as stored; empty for audio.
    QSize videoSize;
    // The first decodable frame, scaled to at most MediaProbe::PosterSide; null for audio.
    QImage poster;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace Natter
