#include "Thumbnailer.h"

#include "ImageDecoder.h"
#include "ImageEncoder.h"
#include "MediaLimits.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Natter {

namespace {
// Each step down is tried only when the one before did not fit the byte budget.
constexpr int Edges[] = { MediaLimits::ThumbnailLongEdge, 192, 128, 96, 64 };
constexpr int Qualities[] = { 75, 62, 50, 38 };

QImage fitted(const QImage &image, int edge)
{
    if (image.width() <= edge && image.height() <= edge)
        return image;
    return image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

Thumbnail Thumbnailer::fromFile(const QString &path)
{
    const QSize bound(MediaLimits::ThumbnailLongEdge, MediaLimits::ThumbnailLongEdge);
    QString error;
    const QImage image = ImageDecoder::decodeScaled(path, bound, &error);
    if (image.isNull()) {
        Thumbnail none;
        none.error = error;
        return none;
    }
    return fromImage(image);
}

Thumbnail Thumbnailer::fromImage(const QImage &image)
{
    if (image.isNull()) {
        Thumbnail none;
        none.error = QCoreApplication::translate("Thumbnailer", "There is no picture to preview.");
        return none;
    }
    const QImage first = fitted(image, MediaLimits::ThumbnailLongEdge);
    return usesTransparency(first) ? encodedPng(first) : encodedJpeg(first);
}

QFuture<Thumbnail> Thumbnailer::fromFileAsync(const QString &path)
{
    return QtConcurrent::run([path] { return fromFile(path); });
}

QFuture<Thumbnail> Thumbnailer::fromImageAsync(const QImage &image)
{
    return QtConcurrent::run([image] { return fromImage(image); });
}

Thumbnail Thumbnailer::encodedJpeg(const QImage &image)
{
    Thumbnail result;
    result.mimeType = QStringLiteral("image/jpeg");
    for (const int edge : Edges) {
        const QImage scaled = fitted(image, edge).convertToFormat(QImage::Format_RGB32);
        for (const int quality : Qualities) {
            result.bytes = ImageEncoder::encoded(scaled, "JPEG", quality);
            result.size = scaled.size();
            if (result.bytes.size() <= MediaLimits::ThumbnailTargetBytes)
                return result;
        }
    }
    return result; // 64 px at the lowest quality: larger than the budget only in theory
}

Thumbnail Thumbnailer::encodedPng(const QImage &image)
{
    Thumbnail result;
    result.mimeType = QStringLiteral("image/png");
    for (const int edge : Edges) {
        const QImage scaled = fitted(image, edge).convertToFormat(QImage::Format_ARGB32);
        result.bytes = ImageEncoder::encoded(scaled, "PNG", 0);
        result.size = scaled.size();
        if (result.bytes.size() <= MediaLimits::ThumbnailTargetBytes)
            return result;
    }
    return result;
}

bool Thumbnailer::usesTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    // Many PNGs carry an alpha channel that is opaque everywhere: those become JPEGs.
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return true;
    }
    return false;
}

} // namespace Natter
