#include "PngMetadata.h"

#include "ExifOrientation.h"

#include <QtEndian>

#include <array>

namespace Natter {

const QByteArray &PngMetadata::signature()
{
    static const QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    return bytes;
}

std::optional<QByteArray> PngMetadata::withoutLocation(const QByteArray &png)
{
    if (!png.startsWith(signature()))
        return std::nullopt;
    QByteArray out = signature();
    out.reserve(png.size());
    int orientation = 1;
    qsizetype afterHeader = -1;
    qsizetype at = signature().size();
    while (true) {
        if (at + 12 > png.size())
            return std::nullopt; // no IEND: truncated
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (length > quint32(png.size() - at - 12))
            return std::nullopt;
        const QByteArray type = png.mid(at + 4, 4);
        const qsizetype end = at + 12 + qsizetype(length);
        if (type == "eXIf")
            orientation = ExifOrientation::read(QByteArrayView(png).sliced(at + 8, length));
        else if (type != "tEXt" && type != "zTXt" && type != "iTXt")
            out.append(QByteArrayView(png).sliced(at, end - at));
        if (type == "IHDR")
            afterHeader = out.size();
        at = end;
        if (type == "IEND")
            break;
    }
    if (afterHeader < 0)
        return std::nullopt;
    // eXIf must come before the image data; right after the header always is.
    if (orientation != 1)
        out.insert(afterHeader, chunk("eXIf", ExifOrientation::minimalTiff(orientation)));
    return out;
}

QByteArray PngMetadata::chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return out + crc;
}

quint32 PngMetadata::crc32(const QByteArray &bytes)
{
    // The CRC of the PNG specification (ISO 3309), table-driven.
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

} // namespace Natter
