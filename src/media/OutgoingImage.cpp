#include "OutgoingImage.h"

#include "ImageDecoder.h"
#include "ImageEncoder.h"
#include "JpegMetadata.h"
#include "MediaLimits.h"
#include "PngMetadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

namespace Natter {

namespace {
// lupdate files tr() in members here under "Natter::OutgoingImage"; the same context finds the
// translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::OutgoingImage", text);
}

// Larger originals are refused: nothing Natter sends may be bigger (the upload limit is lower).
constexpr qint64 MaxOriginalBytes = 200 * 1024 * 1024;

// Where a JPEG goes when the original cannot be sent: target's name with a .jpg suffix.
QString jpegBeside(const QString &target)
{
    const QFileInfo file(target);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral(".jpg"));
}
} // namespace

PreparedImage OutgoingImage::original(const QString &source, const QString &target)
{
    PreparedImage result;
    const ImageProbe info = ImageDecoder::probe(source);
    if (!info.isImage) {
        result.error = info.error;
        return result;
    }
    const bool jpeg = info.format == "jpeg" || info.format == "jpg";
    const bool png = info.format == "png";
    if (!jpeg && !png && info.format != "gif" && info.format != "bmp") {
        return compressed(source, jpegBeside(target));
    }
    QFile in(source);
    if (in.size() > MaxOriginalBytes || !in.open(QIODevice::ReadOnly)) {
        result.error = in.size() > MaxOriginalBytes
            ? tr("The picture is too large to send.")
            : tr("The picture could not be opened: %1").arg(in.errorString());
        return result;
    }
    const QByteArray bytes = in.readAll();
    std::optional<QByteArray> cleaned = bytes;
    if (jpeg)
        cleaned = JpegMetadata::withoutLocation(bytes);
    else if (png)
        cleaned = PngMetadata::withoutLocation(bytes);
    if (!cleaned) {
        // Unparseable metadata must not be sent as it is: the pixels still can be.
        return compressed(source, jpegBeside(target));
    }
    if (!writeNew(target, *cleaned, &result.error))
        return result;
    result.path = target;
    result.mimeType = QLatin1String("image/") + QLatin1String(jpeg ? "jpeg" : info.format);
    result.size = info.size;
    return result;
}

PreparedImage OutgoingImage::compressed(const QString &source, const QString &target)
{
    PreparedImage result;
    const QSize bound(MediaLimits::CompressedLongEdge, MediaLimits::CompressedLongEdge);
    const QImage image = ImageDecoder::decodeScaled(source, bound, &result.error);
    if (image.isNull())
        return result;
    // JPEG has no alpha: transparent areas become white, as they look in most viewers.
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    {
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }
    const QByteArray bytes = ImageEncoder::encoded(opaque, "JPEG", MediaLimits::CompressedQuality);
    if (bytes.isEmpty()) {
        result.error = tr("The picture could not be compressed.");
        return result;
    }
    if (!writeNew(target, bytes, &result.error))
        return result;
    result.path = target;
    result.mimeType = QStringLiteral("image/jpeg");
    result.size = opaque.size();
    return result;
}

bool OutgoingImage::writeNew(const QString &target, const QByteArray &bytes, QString *error)
{
    // NewOnly: a name chosen by uniqueFilePath may have been taken since; never overwrite.
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size()) {
        *error = tr("The picture could not be saved for sending: %1").arg(out.errorString());
        if (out.isOpen())
            out.remove();
        return false;
    }
    return true;
}

} // namespace Natter
