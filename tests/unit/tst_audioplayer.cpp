#include "AudioPlayer.h"
#include "GeneratedMedia.h"
#include "MediaBackend.h"
#include "TestAudioServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

// One player for every bubble, playing generated tones into the test audio server's null sink.
class TestAudioPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MediaBackend::select();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_audio.start(&error), qPrintable(error));
        m_short = m_dir.filePath(u"short.wav"_s);
        m_long = m_dir.filePath(u"long.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(m_short, 1500, {}));
        QVERIFY(GeneratedMedia::writeTone(m_long, 4000, {}));
    }

    void playsAndReportsProgress()
    {
        AudioPlayer player;
        QSignalSpy keys(&player, &AudioPlayer::currentKeyChanged);
        player.play(m_short, u"msg-1"_s);
        QCOMPARE(player.currentKey(), u"msg-1"_s);
        QCOMPARE(keys.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player.durationMs() - 1500) <= 50, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() >= 300, 5000);
        QVERIFY(player.errorText().isEmpty());
    }

    void anotherKeyStopsTheFirst()
    {
        AudioPlayer player;
        player.play(m_long, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() >= 500, 5000);
        player.play(m_short, u"b"_s);
        QCOMPARE(player.currentKey(), u"b"_s);
        // b starts from its beginning with its own length; a is no longer what plays.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player.durationMs() - 1500) <= 50, 5000);
        QVERIFY(player.positionMs() < 500);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
    }

    void pauseKeepsThePlaceAndPlayResumes()
    {
        AudioPlayer player;
        player.play(m_long, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() >= 500, 5000);
        player.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
        const qint64 pausedAt = player.positionMs();
        QVERIFY(pausedAt >= 500);
        player.play(m_long, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > pausedAt, 5000);
        QVERIFY(player.positionMs() >= pausedAt); // never back to the start
    }

    void seekMovesThePosition()
    {
        AudioPlayer player;
        player.play(m_long, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
        player.seek(3000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player.positionMs() - 3000) <= 100, 5000);
    }

    void endReturnsToStartAndKeepsTheKey()
    {
        AudioPlayer player;
        player.play(m_short, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(player.positionMs(), 0, 2000);
        QCOMPARE(player.currentKey(), u"a"_s);
    }

    void unreadableFileSaysSo()
    {
        const QString path = m_dir.filePath(u"broken.m4a"_s);
        QVERIFY(GeneratedMedia::writeJunk(path, 4096));
        AudioPlayer player;
        player.play(path, u"broken"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!player.errorText().isEmpty(), 5000);
        QVERIFY(!player.isPlaying());
    }

    void stopForgetsTheKey()
    {
        AudioPlayer player;
        player.play(m_short, u"a"_s);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.stop();
        QVERIFY(player.currentKey().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
    }

private:
    TestAudioServer m_audio;
    QTemporaryDir m_dir;
    QString m_short;
    QString m_long;
};

QTEST_MAIN(TestAudioPlayer)
#include "tst_audioplayer.moc"
