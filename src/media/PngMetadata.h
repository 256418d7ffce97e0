#pragma once

#include <QByteArray>

#include <optional>

namespace Natter {

// Removes the metadata chunks of a PNG (EXIF, XMP and text) without touching the pixels.
class PngMetadata
{
public:
    // The PNG without eXIf and without tEXt/zTXt/iTXt chunks (which carry XMP, "Raw profile"
    // EXIF and free text). An EXIF orientation other than 1 survives as a minimal eXIf chunk.
    // nullopt when the bytes are not a well-formed PNG.
    static std::optional<QByteArray> withoutLocation(const QByteArray &png);

    // A complete chunk (length, type, data, CRC).
    static QByteArray chunk(const QByteArray &type, const QByteArray &data);
    static const QByteArray &signature();

private:
    static quint32 crc32(const QByteArray &bytes);
};

} // namespace Natter
