// A burst of reads is held back into batches, a lone read is not, and nothing held is lost:
// over a real loopback TCP connection, with the kernel's own low-water mark.
#include "ReadCoalescer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Natter::ReadCoalescer;

namespace {
// Long enough that a loaded machine's scheduling cannot pass for a hold.
constexpr int WindowMs = 400;
constexpr int LowWater = 4096;
} // namespace

class TestReadCoalescer : public QObject
{
    Q_OBJECT

private:
    // The writing end on the server side, and the reading end under test.
    struct Link
    {
        QTcpServer server;
        QTcpSocket client;
        QTcpSocket *peer = nullptr;
        QByteArray received;
    };

    static bool open(Link &link)
    {
        if (!link.server.listen(QHostAddress::LocalHost))
            return false;
        link.client.connectToHost(QHostAddress::LocalHost, link.server.serverPort());
        if (!link.client.waitForConnected(5000) || !link.server.waitForNewConnection(5000))
            return false;
        link.peer = link.server.nextPendingConnection();
        QObject::connect(&link.client, &QTcpSocket::readyRead,
            [&link] { link.received += link.client.readAll(); });
        return link.peer != nullptr;
    }

    static bool send(Link &link, const QByteArray &data)
    {
        link.peer->write(data);
        return link.peer->waitForBytesWritten(5000);
    }

    static bool arrived(Link &link, qsizetype total)
    {
        return QTest::qWaitFor([&] { return link.received.size() >= total; }, 10000);
    }

    // Two reads in quick succession: the second starts a hold.
    static bool startBurst(Link &link)
    {
        return send(link, "a") && arrived(link, 1) && send(link, "b") && arrived(link, 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("The low-water mark is only set where the platform honours it.");
#endif
    }

    void aLoneReadIsNotHeld()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { WindowMs, LowWater });
        QVERIFY(send(link, "hello"));
        QVERIFY(arrived(link, 5));
        QCOMPARE(coalescer.holds(), 0);
        QVERIFY(!coalescer.isHolding());
        QCOMPARE(ReadCoalescer::lowWaterMark(&link.client), 1);
    }

    // The second of two close reads starts a hold: a small stanza sent then waits for the
    // window, and still arrives; afterwards the socket is back to reporting every byte.
    void aBurstIsHeldForTheWindowAndNothingIsLost()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { WindowMs, LowWater });
        QVERIFY(startBurst(link));
        QCOMPARE(coalescer.holds(), 1);
        QVERIFY(coalescer.isHolding());
        QCOMPARE(ReadCoalescer::lowWaterMark(&link.client), LowWater);

        QElapsedTimer held;
        held.start();
        QVERIFY(send(link, "third"));
        QVERIFY(arrived(link, 7));
        // The hold began before the write, so it can only have lasted less than a window if
        // the kernel ignored the mark.
        QVERIFY2(held.elapsed() >= WindowMs / 2, qPrintable(QString::number(held.elapsed())));
        QCOMPARE(link.received, QByteArray("abthird"));
        QTRY_VERIFY(!coalescer.isHolding());
        QCOMPARE(ReadCoalescer::lowWaterMark(&link.client), 1);
    }

    // A batch as large as the mark is not kept waiting for the window.
    void aFullBatchArrivesAtOnce()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { 20 * WindowMs, LowWater });
        QVERIFY(startBurst(link));
        QVERIFY(coalescer.isHolding());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(send(link, QByteArray(4 * LowWater, 'x')));
        QVERIFY(arrived(link, 2 + 4 * LowWater));
        QVERIFY2(clock.elapsed() < 10 * WindowMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(coalescer.isHolding());
    }

    // After a quiet spell the next read is a lone one again.
    void aQuietSpellEndsTheBurst()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { 50, LowWater });
        QVERIFY(startBurst(link));
        QCOMPARE(coalescer.holds(), 1);
        QTRY_VERIFY(!coalescer.isHolding());
        QTest::qWait(150); // the quiet spell under test: no signal marks its end
        QVERIFY(send(link, "c"));
        QVERIFY(arrived(link, 3));
        QCOMPARE(coalescer.holds(), 1);
        QCOMPARE(ReadCoalescer::lowWaterMark(&link.client), 1);
    }

    // An answer to what we sent is not held, even within a burst: a sign-in or a query would
    // otherwise wait a window at every round trip.
    void anAnswerIsNotHeld()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { WindowMs, LowWater });
        QVERIFY(startBurst(link));
        QTRY_VERIFY(!coalescer.isHolding());
        link.client.write("question");
        QVERIFY(link.client.waitForBytesWritten(5000));
        QVERIFY(send(link, "answer"));
        QVERIFY(arrived(link, 8));
        QCOMPARE(coalescer.holds(), 1);
        QCOMPARE(ReadCoalescer::lowWaterMark(&link.client), 1);
        // The next unasked-for read within the window is a burst again.
        QVERIFY(send(link, "more"));
        QVERIFY(arrived(link, 12));
        QCOMPARE(coalescer.holds(), 2);
    }

    // A closed connection ends the hold: its descriptor number may soon be another socket's.
    void closingEndsTheHold()
    {
        Link link;
        QVERIFY(open(link));
        ReadCoalescer coalescer(&link.client, { WindowMs, LowWater });
        QVERIFY(startBurst(link));
        QVERIFY(coalescer.isHolding());
        link.client.abort();
        QVERIFY(!coalescer.isHolding());
    }
};

QTEST_MAIN(TestReadCoalescer)
#include "tst_readcoalescer.moc"
