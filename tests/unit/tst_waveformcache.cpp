#include "GeneratedMedia.h"
#include "MediaBackend.h"
#include "TestAudioServer.h"
#include "WaveformCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestWaveformCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MediaBackend::select();
        TestAudioServer::pointAtNothing(); // decoding needs no audio device
        QVERIFY(m_dir.isValid());
    }

    void barsArriveLaterAndAreKept()
    {
        const QString first = m_dir.filePath(u"first.wav"_s);
        const QString second = m_dir.filePath(u"second.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(first, 600, { 0.0f, 0.7f }));
        QVERIFY(GeneratedMedia::writeTone(second, 400, {}));
        WaveformCache cache;
        QSignalSpy revision(&cache, &WaveformCache::revisionChanged);
        // Nothing yet: both are queued and decoded one after the other.
        QVERIFY(cache.bars(QUrl::fromLocalFile(first)).isEmpty());
        QVERIFY(cache.bars(QUrl::fromLocalFile(second)).isEmpty());
        QVERIFY(cache.bars(QUrl::fromLocalFile(first)).isEmpty()); // asked twice, queued once
        QTRY_COMPARE_WITH_TIMEOUT(revision.count(), 2, 20000);
        QCOMPARE(cache.revision(), 2);

        const QList<qreal> bars = cache.bars(QUrl::fromLocalFile(first));
        QCOMPARE(bars.size(), 56);
        QVERIFY(bars.first() < 0.05 && bars.last() > 0.9); // silence, then the tone
        QCOMPARE(cache.bars(QUrl::fromLocalFile(second)).size(), 56);
        QCOMPARE(revision.count(), 2); // answered from the cache, nothing decoded again
    }

    void unreadableFileIsRememberedAsHavingNone()
    {
        const QString path = m_dir.filePath(u"broken.m4a"_s);
        QVERIFY(GeneratedMedia::writeJunk(path, 4096));
        WaveformCache cache;
        QSignalSpy revision(&cache, &WaveformCache::revisionChanged);
        QVERIFY(cache.bars(QUrl::fromLocalFile(path)).isEmpty());
        QVERIFY(revision.wait(20000));
        QVERIFY(cache.bars(QUrl::fromLocalFile(path)).isEmpty());
        QVERIFY(!revision.wait(300)); // not asked again: the bubble keeps its progress bar
    }

    void onlyLocalFilesAreDecoded()
    {
        WaveformCache cache;
        QSignalSpy revision(&cache, &WaveformCache::revisionChanged);
        QVERIFY(cache.bars(QUrl(u"https://example.org/a.m4a"_s)).isEmpty());
        QVERIFY(cache.bars(QUrl()).isEmpty());
        QVERIFY(!revision.wait(300));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWaveformCache)
#include "tst_waveformcache.moc"
