#include "GeneratedMedia.h"
#include "MediaBackend.h"
#include "TestAudioServer.h"
#include "Waveform.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestWaveform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MediaBackend::select();
        TestAudioServer::pointAtNothing(); // decoding needs no audio device
        QVERIFY(m_dir.isValid());
    }

    void silenceThenToneShowsInTheBars()
    {
        const QString path = m_dir.filePath(u"half.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(path, 2000, { 0.0f, 0.0f, 0.7f, 0.7f }));
        auto future = Waveform::compute(path, 56);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        const WaveformResult result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.bars.size(), 56);
        QVERIFY2(qAbs(result.durationMs - 2000) <= 20, QByteArray::number(result.durationMs));
        for (int i = 0; i < 27; ++i)
            QVERIFY2(result.bars.at(i) < 0.05f, qPrintable(u"bar %1"_s.arg(i)));
        for (int i = 29; i < 56; ++i)
            QVERIFY2(result.bars.at(i) > 0.9f, qPrintable(u"bar %1"_s.arg(i)));
    }

    void runsOffTheCallingThread()
    {
        const QString path = m_dir.filePath(u"tone.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(path, 500, {}));
        QThread *worker = nullptr;
        auto future = Waveform::compute(path, 48).then([&worker](const WaveformResult &result) {
            worker = QThread::currentThread();
            return result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result().ok());
        QCOMPARE(future.result().bars.size(), 48);
        QVERIFY(worker && worker != QThread::currentThread());
    }

    void corruptFileCannotBeRead()
    {
        const QString path = m_dir.filePath(u"corrupt.m4a"_s);
        QVERIFY(GeneratedMedia::writeJunk(path, 64 * 1024));
        const WaveformResult result = Waveform::computeNow(path, 56, std::chrono::seconds(5));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"Cannot read"_s), qPrintable(result.error));
        QVERIFY(result.bars.isEmpty());
    }

    void missingFileCannotBeRead()
    {
        const WaveformResult result
            = Waveform::computeNow(m_dir.filePath(u"none.m4a"_s), 56, std::chrono::seconds(5));
        QVERIFY(!result.ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWaveform)
#include "tst_waveform.moc"
