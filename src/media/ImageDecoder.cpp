#include "ImageDecoder.h"

#include "MediaLimits.h"
#include "MediaLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QPixelFormat>

namespace Natter {

namespace {
// lupdate files tr() in members here under "Natter::ImageDecoder"; the same context finds the
// translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::ImageDecoder", text);
}

// Formats we show as pictures. SVG is a document: it is a program, not a bitmap.
bool isSupportedFormat(const QByteArray &format)
{
    static const QList<QByteArray> formats
        = { "jpeg", "jpg", "png", "gif", "webp", "bmp", "heic", "heif", "avif" };
    return formats.contains(format.toLower());
}

QString sizeRefused(const QSize &size)
{
    // A free function: lupdate would file a bare tr() here under "Natter".
    return QCoreApplication::translate("Natter::ImageDecoder",
        "The image says it is %1 × %2 pixels, more than Natter opens. Save it and open it "
        "with another program if you trust it.")
        .arg(size.width())
        .arg(size.height());
}
} // namespace

void ImageDecoder::applyAllocationLimit()
{
    // A process-wide setting; set once so concurrent decoders never race on it.
    static const bool applied = [] {
        QImageReader::setAllocationLimit(MediaLimits::AllocationLimitMb);
        return true;
    }();
    Q_UNUSED(applied)
}

int ImageDecoder::exifOrientation(QImageReader &reader)
{
    switch (int(reader.transformation())) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

ImageProbe ImageDecoder::probe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImageProbe result;
        result.error = tr("The file could not be opened: %1").arg(file.errorString());
        return result;
    }
    return probe(&file);
}

ImageProbe ImageDecoder::probe(QIODevice *device, Limits limits)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    return probe(reader, limits);
}

ImageProbe ImageDecoder::probe(QImageReader &reader, Limits limits)
{
    applyAllocationLimit();
    ImageProbe result;
    QIODevice *device = reader.device();
    if (limits == Limits::Thumbnail && device && device->size() > MediaLimits::MaxThumbnailBytes) {
        result.error = tr("The preview image is larger than a preview may be.");
        return result;
    }
    result.format = reader.format();
    if (result.format.isEmpty() || !isSupportedFormat(result.format) || !reader.canRead()) {
        result.error = tr("This file is not an image Natter can show.");
        return result;
    }
    result.storedSize = reader.size();
    if (!result.storedSize.isValid() || result.storedSize.isEmpty()) {
        result.error = tr("This file is not an image Natter can show.");
        return result;
    }
    const QSize &s = result.storedSize;
    const int maxEdge
        = limits == Limits::Thumbnail ? MediaLimits::MaxThumbnailEdge : MediaLimits::MaxDisplayEdge;
    if (s.width() > maxEdge || s.height() > maxEdge
        || qint64(s.width()) * s.height() > MediaLimits::MaxFullDecodePixels) {
        result.error = sizeRefused(s);
        qCInfo(lcMedia) << "refused an image declaring" << s;
        return result;
    }
    result.exifOrientation = exifOrientation(reader);
    const bool quarterTurn = reader.transformation() & QImageIOHandler::TransformationRotate90;
    result.size = quarterTurn ? s.transposed() : s;
    result.hasAlpha
        = QImage::toPixelFormat(reader.imageFormat()).alphaUsage() == QPixelFormat::UsesAlpha;
    result.isImage = true;
    return result;
}

QImage ImageDecoder::decodeScaled(const QString &path, const QSize &bound, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The file could not be opened: %1").arg(file.errorString());
        return {};
    }
    return decodeScaled(&file, bound, Limits::Display, error);
}

QImage ImageDecoder::decodeScaled(
    QIODevice *device, const QSize &bound, Limits limits, QString *error)
{
    QImageReader reader(device);
    // The bytes decide the decoder, never the name a sender chose.
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const ImageProbe info = probe(reader, limits);
    if (!info.isImage) {
        if (error)
            *error = info.error;
        return {};
    }
    QSize shown = info.size;
    if (bound.isValid() && (shown.width() > bound.width() || shown.height() > bound.height()))
        shown = shown.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    // The reader scales in the stored orientation, then turns the result.
    const bool quarterTurn = info.size != info.storedSize;
    const QSize stored = quarterTurn ? shown.transposed() : shown;
    if (stored != info.storedSize)
        reader.setScaledSize(stored);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("The image could not be read: %1").arg(reader.errorString());
        return {};
    }
    return image;
}

} // namespace Natter
