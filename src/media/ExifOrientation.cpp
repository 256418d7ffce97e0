#include "ExifOrientation.h"

#include <QtEndian>

namespace Natter {

namespace {
constexpr quint16 OrientationTag = 0x0112;
constexpr quint16 TypeShort = 3;

quint16 read16(QByteArrayView data, qsizetype at, bool little)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data()) + at;
    return little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
}

quint32 read32(QByteArrayView data, qsizetype at, bool little)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data()) + at;
    return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
}
} // namespace

int ExifOrientation::read(QByteArrayView tiff)
{
    if (tiff.size() < 8)
        return 1;
    const bool little = tiff.startsWith("II*\0");
    if (!little && !tiff.startsWith("MM\0*"))
        return 1;
    const quint32 ifd = read32(tiff, 4, little);
    if (ifd > quint32(tiff.size()) - 2)
        return 1;
    const quint16 count = read16(tiff, ifd, little);
    for (quint32 i = 0; i < count; ++i) {
        const qint64 entry = qint64(ifd) + 2 + 12 * qint64(i);
        if (entry + 12 > tiff.size())
            return 1;
        if (read16(tiff, entry, little) != OrientationTag)
            continue;
        if (read16(tiff, entry + 2, little) != TypeShort)
            return 1;
        const int value = read16(tiff, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
}

QByteArray ExifOrientation::minimalTiff(int orientation)
{
    QByteArray tiff(26, '\0');
    auto *p = reinterpret_cast<uchar *>(tiff.data());
    p[0] = 'M';
    p[1] = 'M';
    qToBigEndian<quint16>(42, p + 2);
    qToBigEndian<quint32>(8, p + 4); // IFD0 right after the header
    qToBigEndian<quint16>(1, p + 8); // one entry
    qToBigEndian<quint16>(OrientationTag, p + 10);
    qToBigEndian<quint16>(TypeShort, p + 12);
    qToBigEndian<quint32>(1, p + 14); // count
    qToBigEndian<quint16>(quint16(orientation), p + 18); // value, left-justified in 4 bytes
    // Bytes 22 … 25: no next IFD.
    return tiff;
}

} // namespace Natter
