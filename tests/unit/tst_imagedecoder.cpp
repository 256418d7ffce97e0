// Decoding untrusted images: declared sizes are refused before allocation, a decompression bomb
// costs neither time nor memory, previews decode scaled and the EXIF orientation is honoured.
#include "ImageDecoder.h"
#include "ImageEncoder.h"
#include "MediaLimits.h"
#include "MediaSamples.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
// Left half red, right half blue: shows which way a picture was turned.
QImage halves(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width / 2; ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    return image;
}

bool reddish(QRgb p)
{
    return qRed(p) > 180 && qBlue(p) < 80;
}

bool bluish(QRgb p)
{
    return qBlue(p) > 180 && qRed(p) < 80;
}
} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void probesAJpeg()
    {
        const QString path = write("plain.jpg", ImageEncoder::encoded(halves(400, 300), "JPEG"));
        const ImageProbe probe = ImageDecoder::probe(path);
        QVERIFY2(probe.isImage, qPrintable(probe.error));
        QCOMPARE(probe.format, QByteArray("jpeg"));
        QCOMPARE(probe.size, QSize(400, 300));
        QCOMPARE(probe.exifOrientation, 1);
        QVERIFY(!probe.hasAlpha);
    }

    void probeReportsTheShownSizeAfterOrientation()
    {
        const QString path
            = write("turned.jpg", MediaSamples::jpegWithExif(halves(400, 300), 6, false));
        const ImageProbe probe = ImageDecoder::probe(path);
        QVERIFY2(probe.isImage, qPrintable(probe.error));
        QCOMPARE(probe.storedSize, QSize(400, 300));
        QCOMPARE(probe.size, QSize(300, 400));
        QCOMPARE(probe.exifOrientation, 6);
    }

    void contentDecidesTheFormatNotTheName()
    {
        const QString path = write("photo.jpg", ImageEncoder::encoded(halves(40, 30), "PNG"));
        const ImageProbe probe = ImageDecoder::probe(path);
        QVERIFY(probe.isImage);
        QCOMPARE(probe.format, QByteArray("png"));
        QCOMPARE(ImageDecoder::decodeScaled(path, QSize(20, 20)).size(), QSize(20, 15));
    }

    void probeSeesAlpha()
    {
        QImage image(32, 32, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const ImageProbe probe
            = ImageDecoder::probe(write("alpha.png", ImageEncoder::encoded(image, "PNG")));
        QVERIFY(probe.isImage);
        QVERIFY(probe.hasAlpha);
    }

    void refusesWhatIsNotAnImage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html") << QByteArray("<html><body>a picture, promise</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + QByteArray(200, 'z');
        QTest::newRow("truncated png") << MediaSamples::pngBomb(64, 64).left(20);
        QTest::newRow("svg") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
            "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
    }

    void refusesWhatIsNotAnImage()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write("claimed.jpg", bytes);
        const ImageProbe probe = ImageDecoder::probe(path);
        QVERIFY(!probe.isImage);
        QVERIFY(!probe.error.isEmpty());
        QString error;
        QVERIFY(ImageDecoder::decodeScaled(path, QSize(256, 256), &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void refusesADecompressionBombQuickly_data()
    {
        QTest::addColumn<quint32>("width");
        QTest::addColumn<quint32>("height");
        QTest::newRow("50000 x 50000") << 50000u << 50000u;
        QTest::newRow("65535 x 65535") << 65535u << 65535u;
        QTest::newRow("wider than an edge may be") << 100000u << 10u;
        QTest::newRow("more than 100 megapixels") << 12000u << 9000u;
    }

    void refusesADecompressionBombQuickly()
    {
        QFETCH(quint32, width);
        QFETCH(quint32, height);
        const QByteArray bomb = MediaSamples::pngBomb(width, height);
        QVERIFY(bomb.size() < 64 * 1024); // cheap to make and to send
        const QString path = write("bomb.png", bomb);
        const qint64 before = MediaSamples::residentKb();
        QElapsedTimer timer;
        timer.start();
        const ImageProbe probe = ImageDecoder::probe(path);
        QVERIFY(!probe.isImage);
        QVERIFY2(probe.error.contains(QString::number(width)), qPrintable(probe.error));
        QString error;
        QVERIFY(ImageDecoder::decodeScaled(path, QSize(256, 256), &error).isNull());
        QVERIFY(!error.isEmpty());
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        const qint64 grownKb = MediaSamples::residentKb() - before;
        QVERIFY2(grownKb < 16 * 1024, qPrintable(QString::number(grownKb)));
    }

    void allocationLimitStopsWhatTheSizeChecksLetThrough()
    {
        // 96 megapixels passes the declared-size checks; decoded in full (no bound) it needs
        // 384 MB, which the allocation limit (256 MB) refuses before allocating.
        const QString path = write("big.png", MediaSamples::pngBomb(16000, 6000));
        QVERIFY(ImageDecoder::probe(path).isImage);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"allocation limit"_s));
        QString error;
        QVERIFY(ImageDecoder::decodeScaled(path, QSize(), &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void scaledPngDecodingAllocatesOnlyTheResult()
    {
        // Qt's PNG reader scales row by row: the same 96 megapixels cost only the small result
        // (the stream ends early, so the result is an error, but no 384 MB went by).
        const QString path = write("big.png", MediaSamples::pngBomb(16000, 6000));
        const qint64 before = MediaSamples::residentKb();
        QVERIFY(ImageDecoder::decodeScaled(path, QSize(256, 256)).isNull());
        const qint64 grownKb = MediaSamples::residentKb() - before;
        QVERIFY2(grownKb < 16 * 1024, qPrintable(QString::number(grownKb)));
    }

    void thumbnailLimitsAreTighter()
    {
        const QByteArray large = ImageEncoder::encoded(halves(2000, 1200), "JPEG", 30);
        const QByteArray small = ImageEncoder::encoded(halves(320, 200), "JPEG", 60);
        QVERIFY(decodeThumbnail(small).size() == QSize(320, 200));
        QVERIFY(decodeThumbnail(large).isNull());
        QVERIFY(decodeThumbnail(MediaSamples::pngBomb(65535, 65535)).isNull());
        QVERIFY(decodeThumbnail(MediaSamples::pngBomb(1025, 10)).isNull());
        // Bytes beyond the thumbnail budget are refused without a look at the header.
        QByteArray padded = small;
        padded.append(QByteArray(MediaLimits::MaxThumbnailBytes, '\0'));
        QVERIFY(decodeThumbnail(padded).isNull());
    }

    void decodesScaledWithinTheBound()
    {
        const QString path = write(
            "photo.jpg", ImageEncoder::encoded(MediaSamples::photoLike(QSize(3000, 2000)), "JPEG"));
        QString error;
        const QImage image = ImageDecoder::decodeScaled(path, QSize(256, 256), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(256, 170));
    }

    void neverEnlarges()
    {
        const QString path = write("small.jpg", ImageEncoder::encoded(halves(100, 50), "JPEG"));
        QCOMPARE(ImageDecoder::decodeScaled(path, QSize(256, 256)).size(), QSize(100, 50));
    }

    void honoursTheExifOrientation()
    {
        // Orientation 6: the stored picture is shown turned 90° clockwise, its left side on top.
        const QString path
            = write("turned.jpg", MediaSamples::jpegWithExif(halves(400, 300), 6, false));
        const QImage image = ImageDecoder::decodeScaled(path, QSize(256, 256));
        QCOMPARE(image.size(), QSize(192, 256));
        QVERIFY(reddish(image.pixel(96, 20)));
        QVERIFY(bluish(image.pixel(96, 236)));
    }

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        return MediaSamples::writeFile(m_dir.filePath(QString::fromLatin1(name)), bytes);
    }

    static QImage decodeThumbnail(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return ImageDecoder::decodeScaled(
            &buffer, QSize(1024, 1024), ImageDecoder::Limits::Thumbnail);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
