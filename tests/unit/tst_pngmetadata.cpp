// Stripping a PNG's metadata: eXIf and text chunks are gone, the orientation and pixels stay.
#include "MediaSamples.h"
#include "PngMetadata.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>

using namespace Natter;

class TestPngMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesExifAndXmp()
    {
        const QImage picture = MediaSamples::photoLike(QSize(90, 60));
        const QByteArray original = MediaSamples::pngWithMetadata(picture, 6);
        QVERIFY(original.contains(MediaSamples::gpsLatitudeBytes()));
        QVERIFY(original.contains("GPSLatitude"));
        const std::optional<QByteArray> cleaned = PngMetadata::withoutLocation(original);
        QVERIFY(cleaned);
        QVERIFY(!cleaned->contains(MediaSamples::gpsLatitudeBytes()));
        QVERIFY(!cleaned->contains("GPSLatitude"));
        QVERIFY(!cleaned->contains("iTXt"));
        // Only a minimal eXIf with the orientation is left.
        QVERIFY(cleaned->contains("eXIf"));
        QCOMPARE(QImage::fromData(*cleaned, "PNG").convertToFormat(QImage::Format_RGB32), picture);
    }

    void uprightLeavesNoExif()
    {
        const QByteArray original
            = MediaSamples::pngWithMetadata(MediaSamples::photoLike(QSize(20, 20)), 1);
        const std::optional<QByteArray> cleaned = PngMetadata::withoutLocation(original);
        QVERIFY(cleaned);
        QVERIFY(!cleaned->contains("eXIf"));
        QVERIFY(!QImage::fromData(*cleaned).isNull());
    }

    void refusesMalformedPngs_data()
    {
        const QByteArray good
            = MediaSamples::pngWithMetadata(MediaSamples::photoLike(QSize(20, 20)), 6);
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a png") << QByteArray("\xff\xd8\xff\xe0 a jpeg");
        QTest::newRow("no end") << good.chopped(12);
        QByteArray lying = good;
        lying.replace(8, 4, QByteArray("\x7f\xff\xff\xff", 4)); // IHDR claims 2 GB
        QTest::newRow("chunk longer than the file") << lying;
        QTest::newRow("no header") << PngMetadata::signature() + PngMetadata::chunk("IEND", {});
    }

    void refusesMalformedPngs()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!PngMetadata::withoutLocation(bytes));
    }
};

QTEST_GUILESS_MAIN(TestPngMetadata)
#include "tst_pngmetadata.moc"
