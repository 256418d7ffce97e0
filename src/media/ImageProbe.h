#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Natter {

// What an image file says about itself, read from its header without decoding the pixels.
struct ImageProbe
{
    bool isImage = false; // a format we decode, with a plausible declared size
    QByteArray format; // "jpeg", "png", "gif", …
    QSize size; // as shown, after the EXIF orientation
    QSize storedSize; // as stored in the file
    bool hasAlpha = false;
    int exifOrientation = 1; // 1 … 8, as in EXIF; 1 when none
    QString error; // human text when !isImage or when the declared size is refused
};

} // namespace Natter
