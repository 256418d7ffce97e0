#include "AudioPlayer.h"
#include "MediaBackend.h"
#include "MediaProbe.h"
#include "TestAudioServer.h"
#include "VoiceRecorder.h"
#include "Waveform.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Natter;
using namespace Qt::StringLiterals;

// Records from a private PulseAudio daemon whose "microphone" hears a 440 Hz sine, so the note
// is real AAC from a real capture session. With NATTER_TEST_NO_AUDIO set the process has no
// audio devices at all, which is how CTest runs noMicrophoneSaysSo.
class TestVoiceRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MediaBackend::select();
        QVERIFY(m_dir.isValid());
        m_noAudio = qEnvironmentVariableIsSet("NATTER_TEST_NO_AUDIO");
        if (m_noAudio) {
            TestAudioServer::pointAtNothing();
            return;
        }
        QString error;
        QVERIFY2(m_audio.start(&error), qPrintable(error));
    }

    void recordsNoteWhoseProbedDurationMatches()
    {
        if (m_noAudio)
            QSKIP("needs the test audio server");
        VoiceRecorder recorder;
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        QSignalSpy durations(&recorder, &VoiceRecorder::durationMsChanged);
        const QString path = m_dir.filePath(u"note.m4a"_s);
        QVERIFY(recorder.start(path));
        QVERIFY(recorder.isRecording());
        QVERIFY(recorder.errorText().isEmpty());
        // The daemon's sink renders in blocks of up to 2 s, so the first sound may take that long.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.durationMs() > 0, 15000);
        QElapsedTimer sinceSound;
        sinceSound.start();
        const qint64 firstSound = recorder.durationMs();
        // The timer runs live: the duration climbs while recording, not only at the end.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.durationMs() >= 2000, 15000);
        QVERIFY(durations.count() >= 5);
        const qint64 heard = firstSound + sinceSound.elapsed();
        recorder.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!recorder.isRecording());

        const auto args = finished.takeFirst();
        QCOMPARE(args.at(0).toString(), path);
        const qint64 reported = args.at(1).toLongLong();
        QVERIFY2(reported >= 2000 && reported < 5000, QByteArray::number(reported));
        // Nothing the microphone delivered was dropped (the margin absorbs a loaded machine).
        QVERIFY2(reported >= heard * 8 / 10,
            qPrintable(u"recorded %1 ms of %2 ms heard"_s.arg(reported).arg(heard)));
        QCOMPARE(args.at(2).toString(), u"audio/mp4"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8).mid(4), QByteArray("ftyp")); // an MP4 container, not raw audio

        auto probed = MediaProbe::probe(path);
        QTRY_VERIFY_WITH_TIMEOUT(probed.isFinished(), 12000);
        const MediaInfo info = probed.result();
        QVERIFY2(info.ok(), qPrintable(info.error));
        QVERIFY(!info.hasVideo);
        QVERIFY2(qAbs(info.durationMs - reported) <= reported / 10,
            qPrintable(u"probed %1 ms, recorded %2 ms"_s.arg(info.durationMs).arg(reported)));

        // It plays back through the shared player with the same length.
        AudioPlayer player;
        player.play(path, u"note"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player.durationMs() - reported) <= reported / 10, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > 0, 5000);
        player.stop();

        // The note holds the steady tone, not silence. A starved test daemon may drop a block
        // on a loaded machine (seen: half the bars under two parallel builds), so a third will do.
        const WaveformResult wave = Waveform::computeNow(path, 56, std::chrono::seconds(10));
        QVERIFY2(wave.ok(), qPrintable(wave.error));
        QCOMPARE(wave.bars.size(), 56);
        const auto loud = std::count_if(
            wave.bars.cbegin(), wave.bars.cend(), [](float bar) { return bar > 0.5f; });
        QVERIFY2(loud >= 56 / 3, QByteArray::number(loud));
    }

    void cancelRemovesTheFile()
    {
        if (m_noAudio)
            QSKIP("needs the test audio server");
        VoiceRecorder recorder;
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        const QString path = m_dir.filePath(u"cancelled.m4a"_s);
        QVERIFY(recorder.start(path));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.durationMs() >= 300, 15000);
        recorder.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.isRecording(), 10000);
        QVERIFY(!QFile::exists(path));
        QVERIFY(recorder.errorText().isEmpty());
        QTest::qWait(200); // a late finished() would be a bug; nothing else signals its absence
        QCOMPARE(finished.count(), 0);
    }

    void stopRightAwayRecordsNothing()
    {
        if (m_noAudio)
            QSKIP("needs the test audio server");
        VoiceRecorder recorder;
        QSignalSpy finished(&recorder, &VoiceRecorder::finished);
        const QString path = m_dir.filePath(u"instant.m4a"_s);
        QVERIFY(recorder.start(path));
        recorder.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.isRecording(), 10000);
        QVERIFY2(recorder.errorText().contains(u"Nothing was recorded"_s),
            qPrintable(recorder.errorText()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(finished.count(), 0);
        // The recorder is ready for the next note.
        QVERIFY(recorder.start(path));
        recorder.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.isRecording(), 10000);
    }

    void noMicrophoneSaysSo()
    {
        if (!m_noAudio)
            QSKIP("runs as tst_voicerecorder_nomic, in a process without audio devices");
        VoiceRecorder recorder;
        QSignalSpy errors(&recorder, &VoiceRecorder::errorTextChanged);
        const QString path = m_dir.filePath(u"nomic.m4a"_s);
        QVERIFY(!recorder.start(path));
        QVERIFY(!recorder.isRecording());
        QCOMPARE(errors.count(), 1);
        QVERIFY2(recorder.errorText().contains(u"microphone"_s), qPrintable(recorder.errorText()));
        QVERIFY(!QFile::exists(path));
    }

private:
    TestAudioServer m_audio;
    QTemporaryDir m_dir;
    bool m_noAudio = false;
};

QTEST_MAIN(TestVoiceRecorder)
#include "tst_voicerecorder.moc"
