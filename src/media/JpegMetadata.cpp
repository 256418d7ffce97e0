#include "JpegMetadata.h"

#include "ExifOrientation.h"

#include <QtEndian>

namespace Natter {

namespace {
constexpr uchar SOI = 0xd8;
constexpr uchar SOS = 0xda;
constexpr uchar EOI = 0xd9;
constexpr uchar APP0 = 0xe0;
constexpr uchar APP1 = 0xe1;
constexpr uchar APP13 = 0xed;
constexpr uchar COM = 0xfe;

const QByteArray ExifId("Exif\0\0", 6);

// One marker segment: its marker byte and where its payload (after the length) lies.
struct Segment
{
    uchar marker = 0;
    qsizetype start = 0; // of the 0xff
    qsizetype payload = 0;
    qsizetype end = 0; // one past the segment
};

// Walks the header segments up to SOS; calls visit for each; false when malformed.
template <typename Visit> bool walk(const QByteArray &jpeg, Visit visit)
{
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    if (jpeg.size() < 4 || d[0] != 0xff || d[1] != SOI)
        return false;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (d[at] != 0xff)
            return false;
        qsizetype m = at + 1;
        while (m < jpeg.size() && d[m] == 0xff) // fill bytes
            ++m;
        if (m + 3 > jpeg.size())
            return false;
        Segment s;
        s.marker = d[m];
        s.start = at;
        if (s.marker == SOS || s.marker == EOI) {
            s.end = jpeg.size();
            visit(s);
            return true;
        }
        const quint16 length = qFromBigEndian<quint16>(d + m + 1);
        s.payload = m + 3;
        s.end = m + 1 + length;
        if (length < 2 || s.end > jpeg.size())
            return false;
        visit(s);
        at = s.end;
    }
    return false;
}

bool isExif(const QByteArray &jpeg, const Segment &s)
{
    return s.marker == APP1
        && QByteArrayView(jpeg).sliced(s.payload, s.end - s.payload).startsWith(ExifId);
}
} // namespace

int JpegMetadata::orientation(const QByteArray &jpeg)
{
    int found = 1;
    walk(jpeg, [&](const Segment &s) {
        if (found == 1 && isExif(jpeg, s))
            found = ExifOrientation::read(QByteArrayView(jpeg).sliced(
                s.payload + ExifId.size(), s.end - s.payload - ExifId.size()));
    });
    return found;
}

std::optional<QByteArray> JpegMetadata::withoutLocation(const QByteArray &jpeg)
{
    const int turn = orientation(jpeg);
    QByteArray out;
    out.reserve(jpeg.size());
    out.append(jpeg.left(2));
    bool exifWritten = turn == 1;
    const bool ok = walk(jpeg, [&](const Segment &s) {
        // EXIF wants to be the first segment, JFIF wants APP0 before it: write ours after APP0.
        if (!exifWritten && s.marker != APP0) {
            out.append(exifSegment(turn));
            exifWritten = true;
        }
        // APP1 holds EXIF and XMP, APP13 Photoshop's IPTC (captions, places), COM free text.
        if (s.marker == APP1 || s.marker == APP13 || s.marker == COM)
            return;
        out.append(QByteArrayView(jpeg).sliced(s.start, s.end - s.start));
    });
    if (!ok)
        return std::nullopt;
    return out;
}

QByteArray JpegMetadata::exifSegment(int orientation)
{
    const QByteArray payload = ExifId + ExifOrientation::minimalTiff(orientation);
    QByteArray segment(4, '\0');
    segment[0] = char(0xff);
    segment[1] = char(APP1);
    qToBigEndian<quint16>(quint16(payload.size() + 2), segment.data() + 2);
    return segment + payload;
}

} // namespace Natter
