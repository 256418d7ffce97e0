// Playing on a machine without any sound output: Qt 6.4's FFmpeg backend would crash in its
// render thread, so the player must refuse with a reason. A process of its own, because the
// audio devices are read once, before the first player exists.
#include "AudioPlayer.h"
#include "GeneratedMedia.h"
#include "MediaBackend.h"
#include "TestAudioServer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestAudioPlayerNoDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestAudioServer::pointAtNothing();
        MediaBackend::select();
        QVERIFY(m_dir.isValid());
        QVERIFY(QMediaDevices::audioOutputs().isEmpty());
    }

    void playRefusesWithAReason()
    {
        const QString path = m_dir.filePath(u"tone.wav"_s);
        QVERIFY(GeneratedMedia::writeTone(path, 1000, {}));
        AudioPlayer player;
        QSignalSpy error(&player, &AudioPlayer::errorTextChanged);
        player.play(path, u"note"_s);
        QVERIFY(!error.isEmpty() || error.wait());
        QCOMPARE(player.errorText(), u"There is no sound output to play this on."_s);
        QCOMPARE(player.currentKey(), u"note"_s); // the bubble that failed shows why
        QVERIFY(!player.isPlaying());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAudioPlayerNoDevice)
#include "tst_audioplayernodevice.moc"
