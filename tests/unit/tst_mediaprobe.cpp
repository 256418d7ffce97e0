#include "GeneratedMedia.h"
#include "MediaBackend.h"
#include "MediaProbe.h"
#include "TestAudioServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestMediaProbe : public QObject
{
    Q_OBJECT

    static MediaInfo probed(const QString &path, std::chrono::milliseconds timeout)
    {
        auto future = MediaProbe::probe(path, timeout);
        // The probe ends by itself; this only bounds the test if it did not.
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, int(timeout.count()) + 5000)) {
            MediaInfo never;
            never.error = u"the probe never finished"_s;
            return never;
        }
        return future.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MediaBackend::select();
        TestAudioServer::pointAtNothing(); // probing plays nothing aloud
        QVERIFY(m_dir.isValid());
    }

    void audioHasItsDuration()
    {
        const QString path = m_dir.filePath(u"tone.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(path, 2500, {}));
        const MediaInfo info = probed(path, std::chrono::seconds(10));
        QVERIFY2(info.ok(), qPrintable(info.error));
        QVERIFY2(qAbs(info.durationMs - 2500) <= 250, QByteArray::number(info.durationMs));
        QVERIFY(!info.hasVideo);
        QVERIFY(info.videoSize.isEmpty());
        QVERIFY(info.poster.isNull());
    }

    void videoHasDurationSizeAndPoster_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QSize>("posterSize");
        QTest::newRow("small") << QSize(320, 240) << QSize(320, 240);
        // Full HD: the poster is scaled to MediaProbe::PosterSide, the size stays the stored one.
        QTest::newRow("full HD") << QSize(1920, 1080) << QSize(1024, 576);
    }

    void videoHasDurationSizeAndPoster()
    {
        QFETCH(QSize, size);
        QFETCH(QSize, posterSize);
        const QString path = m_dir.filePath(u"red-%1.mp4"_s.arg(size.width()));
        QString error;
        QVERIFY2(GeneratedMedia::writeVideo(path, size, 2000, u"red"_s, &error), qPrintable(error));
        const MediaInfo info = probed(path, std::chrono::seconds(10));
        QVERIFY2(info.ok(), qPrintable(info.error));
        QVERIFY2(qAbs(info.durationMs - 2000) <= 200, QByteArray::number(info.durationMs));
        QVERIFY(info.hasVideo);
        QCOMPARE(info.videoSize, size);
        QVERIFY(!info.poster.isNull());
        QCOMPARE(info.poster.size(), posterSize);
        // A decoded frame, not an empty image of the right size: the centre is red.
        const QColor centre
            = info.poster.pixelColor(posterSize.width() / 2, posterSize.height() / 2);
        QVERIFY2(centre.red() > 200 && centre.green() < 60 && centre.blue() < 60,
            qPrintable(centre.name()));
    }

    void corruptFileCannotBeReadAndDoesNotHang()
    {
        const QString path = m_dir.filePath(u"corrupt.mp4"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(9);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        file.write(noise);
        file.close();
        QElapsedTimer timer;
        timer.start();
        const MediaInfo info = probed(path, std::chrono::seconds(5));
        QVERIFY(!info.ok());
        QVERIFY2(info.error.contains(u"Cannot read"_s), qPrintable(info.error));
        QVERIFY(timer.elapsed() < 6000);
        QCOMPARE(info.durationMs, 0);
        QVERIFY(info.poster.isNull());
    }

    void missingFileFailsAtOnce()
    {
        MediaProbe probe;
        QSignalSpy finished(&probe, &MediaProbe::finished);
        probe.start(m_dir.filePath(u"nothing-here.mp4"_s));
        QCOMPARE(finished.count(), 1); // no event loop needed to learn a file is missing
        QVERIFY(!finished.first().at(0).value<MediaInfo>().ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
