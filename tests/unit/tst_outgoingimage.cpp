// Pictures we send: originals without their location, compressed copies within bounds, and
// the source file never touched.
#include "ImageDecoder.h"
#include "ImageEncoder.h"
#include "MediaSamples.h"
#include "OutgoingImage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

class TestOutgoingImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void originalJpegLosesGpsKeepsOrientation()
    {
        const QByteArray source
            = MediaSamples::jpegWithExif(MediaSamples::photoLike(QSize(400, 300)), 6, true);
        const QString in = write("in.jpg", source);
        const QString out = m_dir.filePath(QStringLiteral("out.jpg"));
        const PreparedImage prepared = OutgoingImage::original(in, out);
        QVERIFY2(prepared.isValid(), qPrintable(prepared.error));
        QCOMPARE(prepared.path, out);
        QCOMPARE(prepared.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(prepared.size, QSize(300, 400));
        const QByteArray sent = read(out);
        QVERIFY(!sent.contains(MediaSamples::gpsLatitudeBytes()));
        // The GPS IFD pointer tag, looked for in the header segments (before the scan data).
        QVERIFY(!sent.left(sent.indexOf("\xff\xda")).contains(QByteArray("\x88\x25", 2)));
        const ImageProbe probe = ImageDecoder::probe(out);
        QVERIFY(probe.isImage);
        QCOMPARE(probe.exifOrientation, 6);
        QCOMPARE(probe.size, QSize(300, 400));
        QCOMPARE(QImage::fromData(sent), QImage::fromData(source));
        QCOMPARE(read(in), source); // the source is untouched
    }

    void originalPngLosesMetadata()
    {
        const QString in = write(
            "in.png", MediaSamples::pngWithMetadata(MediaSamples::photoLike(QSize(120, 80)), 1));
        const QString out = m_dir.filePath(QStringLiteral("out.png"));
        const PreparedImage prepared = OutgoingImage::original(in, out);
        QVERIFY2(prepared.isValid(), qPrintable(prepared.error));
        QCOMPARE(prepared.mimeType, QStringLiteral("image/png"));
        const QByteArray sent = read(out);
        QVERIFY(!sent.contains("GPSLatitude"));
        QVERIFY(!sent.contains("eXIf"));
        QVERIFY(!QImage::fromData(sent).isNull());
    }

    void gifIsSentAsItIs()
    {
        // The smallest GIF: 1 × 1, two colours (Qt writes no GIFs).
        const QByteArray gif
            = QByteArray::fromHex("47494638396101000100800000000000ffffff2c00000000"
                                  "010001000002024401003b");
        QVERIFY(!QImage::fromData(gif).isNull());
        const QString out = m_dir.filePath(QStringLiteral("out.gif"));
        QVERIFY(OutgoingImage::original(write("in.gif", gif), out).isValid());
        QCOMPARE(read(out), gif);
    }

    void neverOverwrites()
    {
        const QString in = write(
            "in.jpg", ImageEncoder::encoded(MediaSamples::photoLike(QSize(50, 50)), "JPEG"));
        const QString taken = write("taken.jpg", "someone else's file");
        const PreparedImage prepared = OutgoingImage::original(in, taken);
        QVERIFY(!prepared.isValid());
        QVERIFY(!prepared.error.isEmpty());
        QCOMPARE(read(taken), QByteArray("someone else's file"));
    }

    void compressedIsBoundedTurnedAndClean()
    {
        const QByteArray source
            = MediaSamples::jpegWithExif(MediaSamples::photoLike(QSize(4000, 3000)), 6, true);
        const QString in = write("big.jpg", source);
        const QString out = m_dir.filePath(QStringLiteral("small.jpg"));
        const PreparedImage prepared = OutgoingImage::compressed(in, out);
        QVERIFY2(prepared.isValid(), qPrintable(prepared.error));
        QCOMPARE(prepared.size, QSize(1200, 1600)); // turned, long edge 1600
        const QByteArray sent = read(out);
        QVERIFY(sent.size() < source.size() / 3);
        QVERIFY(!sent.contains("Exif"));
        const ImageProbe probe = ImageDecoder::probe(out);
        QCOMPARE(probe.size, QSize(1200, 1600));
        QCOMPARE(probe.exifOrientation, 1); // the pixels are turned, no tag needed
    }

    void compressedFlattensTransparencyOnWhite()
    {
        QImage image(100, 100, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QString in = write("clear.png", ImageEncoder::encoded(image, "PNG"));
        const QString out = m_dir.filePath(QStringLiteral("clear.jpg"));
        QVERIFY(OutgoingImage::compressed(in, out).isValid());
        QCOMPARE(QImage(out).pixelColor(50, 50).lightness(), 255);
    }

    void refusesNonImagesAndBombs()
    {
        const QString text = write("fake.jpg", "<html>nope</html>");
        QVERIFY(!OutgoingImage::original(text, m_dir.filePath(QStringLiteral("a.jpg"))).isValid());
        QVERIFY(
            !OutgoingImage::compressed(text, m_dir.filePath(QStringLiteral("b.jpg"))).isValid());
        const QString bomb = write("bomb.png", MediaSamples::pngBomb(50000, 50000));
        const PreparedImage refused
            = OutgoingImage::compressed(bomb, m_dir.filePath(QStringLiteral("c.jpg")));
        QVERIFY(!refused.isValid());
        QVERIFY(refused.error.contains(u"50000"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.jpg"))));
    }

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        return MediaSamples::writeFile(m_dir.filePath(QString::fromLatin1(name)), bytes);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOutgoingImage)
#include "tst_outgoingimage.moc"
