// One instance per profile: a second launch reaches the first over a local socket, hands over
// its xmpp: link and exits.
#include "InstanceService.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestInstanceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverItsLink()
    {
        QTemporaryDir dir;
        InstanceService first(dir.path());
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &InstanceService::activationRequested);
        const QString uri = u"xmpp:alice@example.org?message"_s;
        // The second launch blocks while it waits for the answer, as main() does.
        auto sent
            = QtConcurrent::run([&] { return InstanceService::sendToRunning(dir.path(), uri); });
        QVERIFY(raised.wait());
        QCOMPARE(raised.first().first().toString(), uri);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
    }

    void profilesDoNotShareASocket()
    {
        QTemporaryDir one;
        QTemporaryDir other;
        QVERIFY(InstanceService::serverNameFor(one.path())
            != InstanceService::serverNameFor(other.path()));
        QCOMPARE(InstanceService::serverNameFor(one.path() + u"/"_s),
            InstanceService::serverNameFor(one.path()));
        InstanceService first(one.path());
        QVERIFY(first.listen());
        QVERIFY(!InstanceService::sendToRunning(other.path(), {}, 500));
    }

    void garbageIsIgnored()
    {
        QTemporaryDir dir;
        InstanceService first(dir.path());
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &InstanceService::activationRequested);
        QLocalSocket socket;
        socket.connectToServer(first.serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("{\"command\":\"quit\"}\n");
        QSignalSpy closed(&socket, &QLocalSocket::disconnected);
        QVERIFY(closed.wait());
        QCOMPARE(raised.size(), 0);
    }

    // The real binary, twice on one profile: the second exits 0 and leaves the first running.
    void realBinaryRaisesTheFirstInstance()
    {
        QTemporaryDir dir;
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(NATTER_BINARY), { u"--profile"_s, dir.path() });
        QVERIFY(first.waitForStarted());
        // Listening means the profile is locked and the window is about to show.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(InstanceService::serverNameFor(dir.path()));
                return probe.waitForConnected(100);
            }(),
            20000);
        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(NATTER_BINARY),
            { u"--profile"_s, dir.path(), u"xmpp:alice@example.org?message"_s });
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestInstanceService)
#include "tst_instanceservice.moc"
