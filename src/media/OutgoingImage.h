#pragma once

#include "PreparedImage.h"

namespace Natter {

// Prepares a picture the person chose to send. The source file is never modified; the result
// is a new file. Both functions block for up to a few hundred ms on large photos: run them off
// the UI thread (QtConcurrent::run).
class OutgoingImage
{
public:
    // The original bytes, with location and other metadata removed:
    // - JPEG: EXIF (GPS included), XMP, IPTC and comments dropped; an EXIF orientation other
    //   than 1 is kept in a minimal EXIF segment (JpegMetadata);
    // - PNG: eXIf and text chunks dropped, orientation kept likewise (PngMetadata);
    // - GIF and BMP carry no EXIF: copied as they are;
    // - anything else (WebP, HEIF, TIFF, … may carry EXIF we cannot edit safely) is sent
    //   compressed instead: the result is a JPEG beside target, with a .jpg suffix.
    static PreparedImage original(const QString &source, const QString &target);

    // A JPEG with the long edge ≤ MediaLimits::CompressedLongEdge (1600 px, enough for a screen
    // and about 10× smaller than a phone photo), orientation applied to the pixels, quality
    // MediaLimits::CompressedQuality (80), and no metadata at all.
    static PreparedImage compressed(const QString &source, const QString &target);

private:
    static bool writeNew(const QString &target, const QByteArray &bytes, QString *error);
};

} // namespace Natter
