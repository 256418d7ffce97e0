#pragma once

#include "Thumbnail.h"

#include <QFuture>
#include <QImage>

namespace Natter {

// Makes the thumbnail that travels inside a message: long edge ≤ MediaLimits::ThumbnailLongEdge
// (256 px: sharp in a bubble, small on the wire), at most ~ThumbnailTargetBytes (12 KB; quality
// and then size go down until it fits). JPEG, or PNG when the picture has transparency.
// The plain functions block (about 20–100 ms for a large photo): call the Async ones from the
// UI thread, they run on the global thread pool.
class Thumbnailer
{
public:
    static Thumbnail fromFile(const QString &path);
    static Thumbnail fromImage(const QImage &image);
    static QFuture<Thumbnail> fromFileAsync(const QString &path);
    static QFuture<Thumbnail> fromImageAsync(const QImage &image);

private:
    static Thumbnail encodedJpeg(const QImage &image);
    static Thumbnail encodedPng(const QImage &image);
    static bool usesTransparency(const QImage &image);
};

} // namespace Natter
