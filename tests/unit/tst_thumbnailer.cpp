// The thumbnail that travels in a message: small in pixels and bytes, the right way up, PNG
// only where transparency needs it, and made off the UI thread.
#include "ImageDecoder.h"
#include "MediaLimits.h"
#include "MediaSamples.h"
#include "Thumbnailer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

namespace {
QImage decoded(const Thumbnail &thumbnail)
{
    return QImage::fromData(thumbnail.bytes);
}
} // namespace

class TestThumbnailer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void photoBecomesASmallJpeg()
    {
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(MediaSamples::photoLike(QSize(3000, 2000)).save(path, "JPEG", 92));
        const Thumbnail thumbnail = Thumbnailer::fromFile(path);
        QVERIFY2(thumbnail.isValid(), qPrintable(thumbnail.error));
        QCOMPARE(thumbnail.mimeType, QStringLiteral("image/jpeg"));
        QVERIFY(thumbnail.bytes.size() <= MediaLimits::ThumbnailTargetBytes);
        QVERIFY(qMax(thumbnail.size.width(), thumbnail.size.height())
            <= MediaLimits::ThumbnailLongEdge);
        QCOMPARE(decoded(thumbnail).size(), thumbnail.size);
        QCOMPARE(thumbnail.size, QSize(256, 170));
    }

    void noisyPictureStillFitsTheBudget()
    {
        // Pure noise compresses worst: quality and then size go down until it fits.
        QImage noise(800, 800, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(
                    x, y, qRgb((x * 7919 + y * 104729) % 251, (x * y) % 253, (x ^ y) % 255));
        const Thumbnail thumbnail = Thumbnailer::fromImage(noise);
        QVERIFY(thumbnail.isValid());
        QVERIFY2(thumbnail.bytes.size() <= MediaLimits::ThumbnailTargetBytes,
            qPrintable(QString::number(thumbnail.bytes.size())));
        QCOMPARE(decoded(thumbnail).size(), thumbnail.size);
    }

    void transparencyMakesAPng()
    {
        QImage image(600, 300, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        for (int y = 100; y < 200; ++y)
            for (int x = 100; x < 500; ++x)
                image.setPixel(x, y, qRgba(200, 30, 30, 255));
        const Thumbnail thumbnail = Thumbnailer::fromImage(image);
        QCOMPARE(thumbnail.mimeType, QStringLiteral("image/png"));
        QCOMPARE(thumbnail.size, QSize(256, 128));
        const QImage back = decoded(thumbnail);
        QCOMPARE(qAlpha(back.pixel(2, 2)), 0);
        QCOMPARE(qAlpha(back.pixel(128, 64)), 255);
    }

    void opaqueAlphaChannelMakesAJpeg()
    {
        QImage image(300, 300, QImage::Format_ARGB32);
        image.fill(QColor(10, 200, 10));
        QCOMPARE(Thumbnailer::fromImage(image).mimeType, QStringLiteral("image/jpeg"));
    }

    void followsTheExifOrientation()
    {
        const QString path = MediaSamples::writeFile(m_dir.filePath(QStringLiteral("turned.jpg")),
            MediaSamples::jpegWithExif(MediaSamples::photoLike(QSize(800, 600)), 6, true));
        const Thumbnail thumbnail = Thumbnailer::fromFile(path);
        QCOMPARE(thumbnail.size, QSize(192, 256));
        // The thumbnail is already turned, and says nothing of where it was taken.
        QVERIFY(!thumbnail.bytes.contains(MediaSamples::gpsLatitudeBytes()));
        QVERIFY(!thumbnail.bytes.contains("Exif"));
    }

    void smallPictureIsNotEnlarged()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QCOMPARE(Thumbnailer::fromImage(image).size, QSize(40, 30));
    }

    void refusalsCarryAReason()
    {
        QVERIFY(!Thumbnailer::fromImage(QImage()).isValid());
        QVERIFY(!Thumbnailer::fromImage(QImage()).error.isEmpty());
        const QString path = MediaSamples::writeFile(
            m_dir.filePath(QStringLiteral("bomb.png")), MediaSamples::pngBomb(50000, 50000));
        const Thumbnail thumbnail = Thumbnailer::fromFile(path);
        QVERIFY(!thumbnail.isValid());
        QVERIFY(thumbnail.error.contains(u"50000"));
    }

    void runsOffTheCallingThread()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QFuture<Thumbnail> future = Thumbnailer::fromImageAsync(image);
        future.waitForFinished();
        QVERIFY(future.result().isValid());
        QCOMPARE(future.result().size, QSize(256, 192));
        QFuture<Thumbnail> missing
            = Thumbnailer::fromFileAsync(m_dir.filePath(QStringLiteral("missing.jpg")));
        missing.waitForFinished();
        QVERIFY(!missing.result().isValid());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
