#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Natter {

// The one EXIF tag we keep when we strip metadata: the orientation (tag 0x0112 in IFD0).
class ExifOrientation
{
public:
    // The orientation (1 … 8) in a TIFF structure (an EXIF payload without "Exif\0\0"); 1 when
    // absent, unreadable or out of range.
    static int read(QByteArrayView tiff);
    // A big-endian TIFF structure with IFD0 holding only the orientation tag.
    static QByteArray minimalTiff(int orientation);
};

} // namespace Natter
