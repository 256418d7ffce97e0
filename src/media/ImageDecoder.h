#pragma once

#include "ImageProbe.h"

#include <QImage>

class QIODevice;
class QImageReader;

namespace Natter {

// Decodes images from untrusted sources with hard limits (src/core/MediaLimits.h): the declared
// size is checked before any pixel is allocated, QImageReader's allocation limit caps what a lying
// header can cost, and previews decode scaled (libjpeg decodes at 1/2, 1/4, 1/8 directly).
// Everything here is reentrant; call it off the UI thread for anything but small thumbnails.
class ImageDecoder
{
public:
    enum class Limits {
        Display, // any image we show or send: ≤ 16384 px per edge and ≤ 100 megapixels
        Thumbnail, // a thumbnail from a message: ≤ 1024 px per edge, ≤ 48 KB
    };

    static ImageProbe probe(const QString &path);
    static ImageProbe probe(QIODevice *device, Limits limits = Limits::Display);

    // The image fitted into bound (never enlarged), EXIF orientation applied; null on failure.
    static QImage decodeScaled(const QString &path, const QSize &bound, QString *error = nullptr);
    static QImage decodeScaled(
        QIODevice *device, const QSize &bound, Limits limits, QString *error = nullptr);

    // The orientation as EXIF numbers it, from what QImageReader reports.
    static int exifOrientation(QImageReader &reader);

private:
    static ImageProbe probe(QImageReader &reader, Limits limits);
    static void applyAllocationLimit();
};

} // namespace Natter
