// The blurred "thumbnail first" picture: made from received bytes under the thumbnail limits,
// soft, at the asked size, and null (never a crash) for hostile bytes.
#include "BlurredPreview.h"
#include "ImageEncoder.h"
#include "MediaSamples.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Natter;

class TestBlurredPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blursAtTheAskedSize()
    {
        // A sharp checkerboard: blurred, neighbouring pixels differ little.
        QImage board(64, 48, QImage::Format_RGB32);
        for (int y = 0; y < board.height(); ++y)
            for (int x = 0; x < board.width(); ++x)
                board.setPixel(x, y, ((x / 4 + y / 4) % 2) ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
        const QImage preview
            = BlurredPreview::fromThumbnail(ImageEncoder::encoded(board, "PNG"), QSize(320, 240));
        QCOMPARE(preview.size(), QSize(320, 240));
        int largestStep = 0;
        for (int x = 1; x < preview.width(); ++x)
            largestStep = qMax(
                largestStep, qAbs(qGray(preview.pixel(x, 120)) - qGray(preview.pixel(x - 1, 120))));
        QVERIFY2(largestStep < 24, qPrintable(QString::number(largestStep)));
        // Still the picture's average, not a flat grey made up.
        const int mean = qGray(preview.pixel(160, 120));
        QVERIFY(mean > 60 && mean < 200);
    }

    void keepsColours()
    {
        QImage red(40, 40, QImage::Format_RGB32);
        red.fill(qRgb(220, 20, 20));
        const QImage preview
            = BlurredPreview::fromThumbnail(ImageEncoder::encoded(red, "JPEG"), QSize(100, 100));
        const QRgb p = preview.pixel(50, 50);
        QVERIFY(qRed(p) > 180 && qGreen(p) < 60);
    }

    void hostileBytesGiveNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("not a picture at all");
        QTest::newRow("65535 x 65535") << MediaSamples::pngBomb(65535, 65535);
        QTest::newRow("2000 x 10, beyond a thumbnail") << MediaSamples::pngBomb(2000, 10);
        QTest::newRow("truncated jpeg")
            << ImageEncoder::encoded(MediaSamples::photoLike(QSize(200, 200)), "JPEG").left(300);
        QByteArray random(4096, '\0');
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), 1024);
        QTest::newRow("random") << random;
        QTest::newRow("random after a jpeg header") << QByteArray("\xff\xd8\xff\xe0", 4) + random;
    }

    void hostileBytesGiveNothing()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(BlurredPreview::fromThumbnail(bytes, QSize(320, 240)).isNull());
    }

    void refusesAbsurdOutputSizes()
    {
        QImage small(16, 16, QImage::Format_RGB32);
        small.fill(Qt::green);
        const QByteArray png = ImageEncoder::encoded(small, "PNG");
        QVERIFY(BlurredPreview::fromThumbnail(png, QSize(100000, 100000)).isNull());
        QVERIFY(BlurredPreview::fromThumbnail(png, QSize(0, 10)).isNull());
        QVERIFY(!BlurredPreview::fromThumbnail(png, QSize(10, 10)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestBlurredPreview)
#include "tst_blurredpreview.moc"
