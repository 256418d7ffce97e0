#include "ImageEncoder.h"

#include "MediaLogging.h"

#include <QBuffer>
#include <QImageWriter>

namespace Natter {

QByteArray ImageEncoder::encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    // Huffman tables fitted to the picture: a few per cent smaller JPEGs for a little time.
    writer.setOptimizedWrite(true);
    if (!writer.write(image)) {
        qCWarning(lcMedia) << "could not encode" << format << writer.errorString();
        return {};
    }
    return bytes;
}

} // namespace Natter
