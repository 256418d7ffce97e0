#pragma once

#include <QByteArray>

#include <optional>

namespace Natter {

// Removes what a JPEG says about where and by whom it was taken, without touching the pixels.
class JpegMetadata
{
public:
    // The JPEG without its EXIF (GPS included), XMP and Photoshop/IPTC segments and comments.
    // An EXIF orientation other than 1 survives as a minimal EXIF segment holding only that tag.
    // ICC profiles and Adobe colour markers stay, so colours do not change. nullopt when the
    // bytes are not a well-formed JPEG up to the image data.
    static std::optional<QByteArray> withoutLocation(const QByteArray &jpeg);

    // The EXIF orientation (1 … 8) of a JPEG; 1 when it has none.
    static int orientation(const QByteArray &jpeg);

private:
    static QByteArray exifSegment(int orientation);
};

} // namespace Natter
