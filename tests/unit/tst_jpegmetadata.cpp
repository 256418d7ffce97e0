// Stripping a JPEG's metadata: the GPS data is gone, the orientation and the pixels stay.
#include "ImageEncoder.h"
#include "JpegMetadata.h"
#include "MediaSamples.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

using namespace Natter;

namespace {
QImageIOHandler::Transformations transformationOf(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).transformation();
}
} // namespace

class TestJpegMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesGpsKeepsOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::newRow("upright") << 1;
        QTest::newRow("turned right") << 6;
        QTest::newRow("upside down") << 3;
        QTest::newRow("turned left") << 8;
    }

    void removesGpsKeepsOrientation()
    {
        QFETCH(int, orientation);
        const QImage picture = MediaSamples::photoLike(QSize(160, 120));
        const QByteArray original = MediaSamples::jpegWithExif(picture, orientation, true);
        QVERIFY(original.contains(MediaSamples::gpsLatitudeBytes())); // the sample is honest
        QCOMPARE(JpegMetadata::orientation(original), orientation);

        const std::optional<QByteArray> cleaned = JpegMetadata::withoutLocation(original);
        QVERIFY(cleaned);
        QVERIFY(!cleaned->contains(MediaSamples::gpsLatitudeBytes()));
        const QByteArray header = cleaned->left(cleaned->indexOf("\xff\xda"));
        QVERIFY(!header.contains(QByteArray("\x88\x25", 2))); // the GPS IFD pointer tag
        QCOMPARE(JpegMetadata::orientation(*cleaned), orientation);
        QCOMPARE(transformationOf(*cleaned), transformationOf(original));
        QCOMPARE(cleaned->contains("Exif"), orientation != 1);
        // The compressed image data is untouched, byte for byte.
        const qsizetype scan = original.indexOf("\xff\xda");
        QVERIFY(cleaned->endsWith(original.mid(scan)));
        QCOMPARE(QImage::fromData(*cleaned), QImage::fromData(original));
    }

    void removesXmpAndComments()
    {
        QByteArray jpeg = ImageEncoder::encoded(MediaSamples::photoLike(QSize(64, 64)), "JPEG");
        QByteArray xmp("http://ns.adobe.com/xap/1.0/");
        xmp += '\0';
        xmp += "<x:xmpmeta>Paris</x:xmpmeta>";
        const QByteArray comment = "taken at 12 Rue Example";
        const auto segment = [](uchar marker, const QByteArray &payload) -> QByteArray {
            QByteArray header(4, '\0');
            header[0] = char(0xff);
            header[1] = char(marker);
            qToBigEndian<quint16>(quint16(payload.size() + 2), header.data() + 2);
            return header + payload;
        };
        jpeg.insert(2, segment(0xe1, xmp) + segment(0xfe, comment));
        const std::optional<QByteArray> cleaned = JpegMetadata::withoutLocation(jpeg);
        QVERIFY(cleaned);
        QVERIFY(!cleaned->contains("Paris"));
        QVERIFY(!cleaned->contains("Rue Example"));
        QVERIFY(!QImage::fromData(*cleaned).isNull());
    }

    void refusesMalformedJpegs_data()
    {
        const QByteArray good
            = MediaSamples::jpegWithExif(MediaSamples::photoLike(QSize(32, 32)), 6, true);
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a jpeg") << QByteArray("GIF89a........");
        QTest::newRow("cut in the header") << good.left(30);
        QByteArray lying = good;
        lying[4] = char(0xff); // the APP0 length now runs past the end
        QTest::newRow("segment longer than the file") << lying;
    }

    void refusesMalformedJpegs()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!JpegMetadata::withoutLocation(bytes));
    }

    void survivesHostileExif()
    {
        // An IFD offset far outside, an entry count running past the end: read as orientation 1.
        QByteArray jpeg
            = MediaSamples::jpegWithExif(MediaSamples::photoLike(QSize(32, 32)), 6, true);
        const qsizetype tiff = jpeg.indexOf("MM\0*");
        QVERIFY(tiff > 0);
        QByteArray farOffset = jpeg;
        farOffset.replace(tiff + 4, 4, QByteArray("\x7f\xff\xff\xf0", 4));
        QCOMPARE(JpegMetadata::orientation(farOffset), 1);
        QByteArray manyEntries = jpeg;
        manyEntries.replace(tiff + 8, 2, QByteArray("\xff\xff", 2));
        manyEntries.replace(tiff + 10, 2, QByteArray("\x01\x00", 2)); // not the orientation
        QCOMPARE(JpegMetadata::orientation(manyEntries), 1);
        QVERIFY(JpegMetadata::withoutLocation(manyEntries));
    }
};

QTEST_GUILESS_MAIN(TestJpegMetadata)
#include "tst_jpegmetadata.moc"
