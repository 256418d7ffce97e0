#pragma once

#include <QByteArray>
#include <QImage>

namespace Natter {

// Encodes pictures in memory, for thumbnails and compressed copies.
class ImageEncoder
{
public:
    // image as format ("JPEG", "PNG") at quality (-1: the format's default); empty on failure.
    static QByteArray encoded(const QImage &image, const char *format, int quality = -1);
};

} // namespace Natter
