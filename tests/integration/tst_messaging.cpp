// Issue 5's eight scenarios against the real ejabberd, with two or three client sessions each
// keeping its own history: ticks, offline delivery, a crash before sending, carbons, MAM restore,
// a 5,000-message burst, a burst through a cut connection, and forged receipts and carbons.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ChatStateService.h"
#include "ChatStore.h"
#include "Connection.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessageSync.h"
#include "MessagingService.h"
#include "RawStanza.h"
#include "ReadCoalescer.h"
#include "ServerArchive.h"
#include "Session.h"
#include "TcpProxy.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("messaging-pw");

// Spins the event loop until condition holds or the time is up; returns whether it held.
template <typename Condition> bool waitFor(Condition condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

using Test::await;

// The whole conversation with peer as the account's own store holds it, oldest first.
QList<Message> conversation(AccountSession &account, const QString &peer)
{
    const auto chats = await(account.history()->chats().chats(account.accountId()));
    for (const Chat &chat : chats) {
        if (chat.peer == peer)
            return await(account.history()->messages().newest(chat.id, 100000));
    }
    return {};
}

int countBody(const QList<Message> &messages, const QString &body)
{
    return int(std::count_if(
        messages.cbegin(), messages.cend(), [&body](const Message &m) { return m.body == body; }));
}

DeliveryState stateOf(AccountSession &account, qint64 messageId)
{
    return await(account.history()->messages().message(messageId)).deliveryState;
}

// For scenario 3: run as a child process, store a message while offline and wait to be killed.
int composeOffline(const QString &profileDir, const QString &peer, const QString &body)
{
    ProfilePaths profile(profileDir);
    AccountSession account(profile);
    if (!waitFor([&account] { return account.accountId() != 0; }))
        return 1;
    const auto stored = await(account.messaging()->send(peer, body));
    if (stored.size() != 1)
        return 2;
    std::printf("STORED\n");
    std::fflush(stdout);
    QTest::qWait(60000); // the parent kills this process with SIGKILL first
    return 3;
}

// Holds an account's database thread until released (or destroyed): whatever the account asks
// of its history meanwhile waits behind it, in order. The state outlives this object, since the
// database thread may still be returning from its wait.
class DatabaseGate
{
public:
    explicit DatabaseGate(AccountSession &account)
    {
        account.history()->database().run([state = m_state](Connection &) {
            state->held.release();
            state->gate.acquire();
            return true;
        });
    }
    ~DatabaseGate() { release(); }
    bool waitHeld() { return m_state->held.tryAcquire(1, 10000); }
    void release()
    {
        if (!std::exchange(m_released, true))
            m_state->gate.release();
    }

private:
    struct State
    {
        QSemaphore gate;
        QSemaphore held;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    bool m_released = false;
};
} // namespace

class TestMessaging : public QObject
{
    Q_OBJECT

public:
    QStringList arguments;

private:
    struct Device
    {
        QString dir;
        std::unique_ptr<AccountSession> account;
    };

    std::unique_ptr<AccountSession> open(const QString &dir)
    {
        ProfilePaths profile(dir);
        profile.ensureExists();
        return std::make_unique<AccountSession>(profile);
    }

    bool signIn(AccountSession &account, const QString &jid, quint16 port = 0)
    {
        account.pinCertificates(jid, { m_server.certificate() });
        QSignalSpy signedIn(&account, &AccountSession::signedIn);
        account.signIn(jid, Password, m_server.host(), port ? port : m_server.c2sPort());
        if (!signedIn.wait(15000))
            return false;
        // Ready when the store knows the account and the server has our presence, so messages
        // to us are routed here rather than to offline storage.
        return waitFor(
            [&account] { return account.accountId() != 0 && account.session()->isAvailable(); });
    }

    QString profile(const QString &name) { return m_root.path() + u'/' + name; }

    // Alice (through proxy) and Bob, signed in and contacts of each other.
    struct Pair
    {
        QString a, b;
        std::unique_ptr<AccountSession> alice, bob;
    };
    bool openPair(const QString &tag, const Test::TcpProxy &proxy, Pair &pair)
    {
        pair.a = m_server.createAccount(QStringLiteral("a") + tag, Password);
        pair.b = m_server.createAccount(QStringLiteral("b") + tag, Password);
        pair.alice = open(profile(QStringLiteral("a") + tag));
        pair.bob = open(profile(QStringLiteral("b") + tag));
        return signIn(*pair.alice, pair.a, proxy.port()) && signIn(*pair.bob, pair.b)
            && Test::TestAccounts::befriend(*pair.alice, *pair.bob);
    }

    Test::TestServer m_server;
    QTemporaryDir m_root;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_root.isValid());
    }

    // 1. Ticks move sent → delivered → read, and read only after B has seen the message.
    void ticksProgressInOrder()
    {
        const QString a = m_server.createAccount(QStringLiteral("a1"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b1"), Password);
        auto alice = open(profile(QStringLiteral("a1")));
        auto bob = open(profile(QStringLiteral("b1")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));

        QList<DeliveryState> seen;
        connect(&alice->history()->messages(), &MessageStore::messageChanged, this,
            [&seen](const Message &m) { seen.append(m.deliveryState); });
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("Hi Bob")));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().deliveryState, DeliveryState::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, sent.first().id), DeliveryState::Delivered, 15000);

        QList<Message> atBob;
        QTRY_VERIFY_WITH_TIMEOUT((atBob = conversation(*bob, a)).size() == 1, 10000);
        QCOMPARE(atBob.first().body, QStringLiteral("Hi Bob"));
        QVERIFY(!atBob.first().read);
        QCOMPARE(stateOf(*alice, sent.first().id), DeliveryState::Delivered);

        bob->messaging()->markDisplayed(atBob.first().id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, sent.first().id), DeliveryState::Read, 15000);
        QVERIFY(!seen.isEmpty());
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY2(int(seen[i]) > int(seen[i - 1]), "a state only moves forward");
        QCOMPARE(seen.last(), DeliveryState::Read);
        QVERIFY(seen.contains(DeliveryState::Delivered));
    }

    // 1b. With read receipts off, B sends no displayed marker; delivery receipts still go.
    void readReceiptsOffSendsNoMarker()
    {
        const QString a = m_server.createAccount(QStringLiteral("a1b"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b1b"), Password);
        auto alice = open(profile(QStringLiteral("a1b")));
        auto bob = open(profile(QStringLiteral("b1b")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        bob->setReadReceipts(false);
        const auto first = await(alice->messaging()->send(b, QStringLiteral("one")));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, first.first().id), DeliveryState::Delivered, 15000);
        const auto atBob = conversation(*bob, a);
        QCOMPARE(atBob.size(), 1);
        bob->messaging()->markDisplayed(atBob.first().id);
        // A later message proves the stream moved on past any marker Bob could have sent.
        const auto second = await(alice->messaging()->send(b, QStringLiteral("two")));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, second.first().id), DeliveryState::Delivered, 15000);
        QCOMPARE(stateOf(*alice, first.first().id), DeliveryState::Delivered);
        QTRY_VERIFY_WITH_TIMEOUT(conversation(*bob, a).first().read, 5000);
    }

    // 2. B is offline: A's message stays sent until B connects and receives it once.
    void offlineDeliveryMovesToDeliveredOnConnect()
    {
        const QString a = m_server.createAccount(QStringLiteral("a2"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b2"), Password);
        auto alice = open(profile(QStringLiteral("a2")));
        auto bob = open(profile(QStringLiteral("b2")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        bob->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(
            alice->contacts()->view(b).availability, Availability::Offline, 15000);
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("while you were out")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, sent.first().id), DeliveryState::Sent, 15000);

        QVERIFY(signIn(*bob, b));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, sent.first().id), DeliveryState::Delivered, 15000);
        // Offline delivery and the archive catch-up both bring it; it is stored once.
        QTRY_VERIFY_WITH_TIMEOUT(bob->archive()->completedCatchUps() > 0, 15000);
        QCOMPARE(countBody(conversation(*bob, a), QStringLiteral("while you were out")), 1);
    }

    // 3. Stored while offline, then the process is killed; after a restart it goes out once.
    void outboxSurvivesKill()
    {
        const QString a = m_server.createAccount(QStringLiteral("a3"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b3"), Password);
        const QString aliceDir = profile(QStringLiteral("a3"));
        auto bob = open(profile(QStringLiteral("b3")));
        QVERIFY(signIn(*bob, b));
        {
            auto alice = open(aliceDir);
            QVERIFY(signIn(*alice, a));
            QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
            alice->signOut(); // the account stays; the next start has no password
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray output;
        connect(&child, &QProcess::readyReadStandardOutput, this,
            [&output, &child] { output += child.readAllStandardOutput(); });
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--compose-offline"), aliceDir, b, QStringLiteral("survived") });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            output.contains("STORED") || child.state() == QProcess::NotRunning, 20000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no clean shutdown
        QVERIFY(child.waitForFinished());

        auto alice = open(aliceDir);
        QVERIFY(signIn(*alice, a));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("survived")), 1, 15000);
        const auto mine = conversation(*alice, b);
        QCOMPARE(countBody(mine, QStringLiteral("survived")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, conversation(*alice, b).first().id), DeliveryState::Delivered, 15000);
        // A sentinel after it: still exactly one copy at Bob.
        await(alice->messaging()->send(b, QStringLiteral("sentinel")));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("sentinel")), 1, 15000);
        QCOMPARE(countBody(conversation(*bob, a), QStringLiteral("survived")), 1);
    }

    // 4. A's second device sees A's outgoing message through carbons, and B's reply.
    void secondDeviceSeesBothDirections()
    {
        const QString a = m_server.createAccount(QStringLiteral("a4"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b4"), Password);
        auto laptop = open(profile(QStringLiteral("a4-laptop")));
        auto phone = open(profile(QStringLiteral("a4-phone")));
        auto bob = open(profile(QStringLiteral("b4")));
        QVERIFY(signIn(*laptop, a));
        QVERIFY(signIn(*phone, a));
        QVERIFY(signIn(*bob, b));

        await(laptop->messaging()->send(b, QStringLiteral("from the laptop")));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("from the laptop")), 1, 15000);
        await(bob->messaging()->send(a, QStringLiteral("reply from bob")));

        QTRY_COMPARE_WITH_TIMEOUT(conversation(*phone, b).size(), 2, 15000);
        const auto onPhone = conversation(*phone, b);
        QCOMPARE(onPhone.at(0).body, QStringLiteral("from the laptop"));
        QCOMPARE(onPhone.at(0).direction, Direction::Outgoing);
        QCOMPARE(onPhone.at(1).body, QStringLiteral("reply from bob"));
        QCOMPARE(onPhone.at(1).direction, Direction::Incoming);
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*laptop, b), QStringLiteral("reply from bob")), 1, 15000);
    }

    // 5. B's profile is wiped; signing in again restores the conversation from MAM, once each.
    void wipedProfileIsRestoredFromArchive()
    {
        const QString a = m_server.createAccount(QStringLiteral("a5"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b5"), Password);
        auto alice = open(profile(QStringLiteral("a5")));
        auto bob = open(profile(QStringLiteral("b5")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        for (int i = 0; i < 5; ++i) {
            await(alice->messaging()->send(b, QStringLiteral("a%1").arg(i)));
            await(bob->messaging()->send(a, QStringLiteral("b%1").arg(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), 10, 15000);
        bob.reset();

        auto fresh = open(profile(QStringLiteral("b5-new-machine")));
        QVERIFY(signIn(*fresh, b));
        QTRY_VERIFY_WITH_TIMEOUT(fresh->archive()->completedCatchUps() > 0, 15000);
        const auto history = conversation(*fresh, a);
        QCOMPARE(history.size(), 10);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(countBody(history, QStringLiteral("a%1").arg(i)), 1);
            QCOMPARE(countBody(history, QStringLiteral("b%1").arg(i)), 1);
        }
        QCOMPARE(countBody(history, QStringLiteral("b0")), 1);
        const auto own = std::find_if(history.cbegin(), history.cend(),
            [](const Message &m) { return m.body == QStringLiteral("b0"); });
        QCOMPARE(own->direction, Direction::Outgoing);
    }

    // 6. and 7. A burst arrives complete, in order, exactly once; also through a cut line.
    void burstArrivesCompleteInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("cut");
        QTest::newRow("5000 messages") << 5000 << false;
        QTest::newRow("1000 messages, cut mid-burst") << 1000 << true;
    }

    void burstArrivesCompleteInOrder()
    {
        QFETCH(int, count);
        QFETCH(bool, cut);
        const QString tag = cut ? QStringLiteral("cut") : QStringLiteral("burst");
        const QString a = m_server.createAccount(QStringLiteral("a6"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b6"), Password);
        Test::TcpProxy proxy(m_server.c2sPort());
        auto alice = open(profile(tag + QStringLiteral("-a")));
        auto bob = open(profile(tag + QStringLiteral("-b")));
        QVERIFY(signIn(*alice, a, cut ? proxy.port() : 0));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        QHash<QString, int> copies; // what Bob's client was handed, before its store merges
        connect(bob->messages(), &MessageSync::messageReceived, this,
            [&copies](const Message &m) { ++copies[m.body]; });

        for (int i = 0; i < count; ++i) {
            alice->messaging()->send(
                b, QStringLiteral("%1 %2").arg(tag).arg(i, 5, 10, QLatin1Char('0')));
            if (cut && i == count / 3) {
                QTRY_VERIFY_WITH_TIMEOUT(!conversation(*bob, a).isEmpty(), 15000);
                proxy.cut();
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), count, 120000);
        const auto received = conversation(*bob, a);
        for (int i = 0; i < count; ++i)
            QCOMPARE(received.at(i).body,
                QStringLiteral("%1 %2").arg(tag).arg(i, 5, 10, QLatin1Char('0')));
        // Nothing more trickles in after a sentinel.
        await(alice->messaging()->send(b, QStringLiteral("end of burst")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), count + 1, 30000);
        // Exactly one copy of each went over the wire: Bob was handed each once, and the
        // server's archive holds each once (issue 17).
        for (int i = 0; i < count; ++i)
            QCOMPARE(
                copies.value(QStringLiteral("%1 %2").arg(tag).arg(i, 5, 10, QLatin1Char('0'))), 1);
        const QStringList archived = Test::archivedBodies(m_server, b, Password, a);
        QCOMPARE(archived.size(), count + 1);
        QCOMPARE(QSet<QString>(archived.cbegin(), archived.cend()).size(), count + 1);
#ifdef Q_OS_UNIX
        // It came in batches: the receiving socket held its reads back.
        const auto *coalescer = bob->session()->findChild<ReadCoalescer *>();
        QVERIFY(coalescer);
        QVERIFY(coalescer->holds() > 0);
#endif
    }

    // Issue 17 (the race fixed in 3623ee0), made deterministic: on a resumed stream QXmpp resends
    // what the server lacked, and the server acknowledges it while the outbox is still being read
    // on the database thread. The outbox's list is then stale, and must not send it a second time.
    void outboxReadDuringResumeSendsNothingTwice()
    {
        Test::TcpProxy proxy(m_server.c2sPort());
        Pair pair;
        QVERIFY(openPair(QStringLiteral("18"), proxy, pair));
        auto &[a, b, alice, bob] = pair;
        QVERIFY(alice->session()->streamManaged());
        int copies = 0;
        connect(bob->messages(), &MessageSync::messageReceived, this, [&copies](const Message &m) {
            if (m.body == QStringLiteral("once"))
                ++copies;
        });

        proxy.freeze(); // what Alice writes now stays unacknowledged, in flight
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("once")));
        QCOMPARE(sent.size(), 1);
        // Hold the database thread: the outbox read that the reconnect asks for waits behind it.
        DatabaseGate gate(*alice);
        QVERIFY(gate.waitHeld());
        QSignalSpy acknowledged(alice->messages(), &MessageSync::messageAcknowledged);
        QSignalSpy connected(alice->session(), &Session::connected);
        proxy.cut();
        // The stream resumes, QXmpp resends the message and the server acknowledges it, all while
        // the outbox's read is still queued.
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 30000);
        QVERIFY(alice->session()->resumed());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(acknowledged.cbegin(), acknowledged.cend(),
                                     [&](const QList<QVariant> &args) {
                                         return args.value(0).toString() == sent.first().originId;
                                     }),
            15000);
        gate.release(); // now the stale outbox arrives, the message still pending in it

        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, sent.first().id), DeliveryState::Delivered, 15000);
        // A sentinel after it: anything sent twice would have reached Bob before it.
        await(alice->messaging()->send(b, QStringLiteral("after")));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("after")), 1, 15000);
        QCOMPARE(copies, 1);
        QCOMPARE(countBody(conversation(*bob, a), QStringLiteral("once")), 1);
        QCOMPARE(Test::archivedBodies(m_server, b, Password, a).count(QStringLiteral("once")), 1);
    }

    // What was written while offline goes out before what is stored while the outbox is being
    // read on reconnecting: a message stored then is in the outbox's list, behind the older ones,
    // and sent straight away it would overtake them (seen as a reordered burst after a cut).
    void messagesStoredDuringOutboxReadKeepTheirOrder()
    {
        Test::TcpProxy proxy(m_server.c2sPort());
        Pair pair;
        QVERIFY(openPair(QStringLiteral("19"), proxy, pair));
        auto &[a, b, alice, bob] = pair;

        proxy.setRefusing(true); // the server is gone until the test says otherwise
        proxy.cut();
        QTRY_VERIFY_WITH_TIMEOUT(alice->session()->state() != ConnectionState::Connected, 15000);
        QCOMPARE(await(alice->messaging()->send(b, QStringLiteral("first"))).size(), 1);
        DatabaseGate gate(*alice);
        QVERIFY(gate.waitHeld());
        auto second = alice->messaging()->send(b, QStringLiteral("second")); // stored after gate
        QSignalSpy connected(alice->session(), &Session::connected);
        proxy.setRefusing(false);
        alice->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 30000); // the outbox read is queued now
        gate.release();

        QCOMPARE(await(second).size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), 2, 15000);
        const auto received = conversation(*bob, a);
        QCOMPARE(received.at(0).body, QStringLiteral("first"));
        QCOMPARE(received.at(1).body, QStringLiteral("second"));
    }

    // Issue 17: without stream management, bytes written are no proof. A message the server
    // never saw stays pending and, after the reconnect, goes out again exactly once.
    void unprovenMessageIsResentOnce()
    {
        const QString a = m_server.createAccount(
            QStringLiteral("a17"), Password, QStringLiteral("nosm.") + m_server.domain());
        const QString b = m_server.createAccount(QStringLiteral("b17"), Password);
        const QString c = m_server.createAccount(QStringLiteral("c17"), Password); // offline
        QVERIFY(!a.isEmpty());
        Test::TcpProxy proxy(m_server.c2sPort());
        auto alice = open(profile(QStringLiteral("a17")));
        auto bob = open(profile(QStringLiteral("b17")));
        QVERIFY(signIn(*alice, a, proxy.port()));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        QVERIFY(!alice->session()->streamManaged());
        QVERIFY(bob->session()->streamManaged());
        // The server's answer to a query after it is the proof: sent, with no receipt to help.
        const auto proven = await(alice->messaging()->send(c, QStringLiteral("proven")));
        QCOMPARE(proven.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, proven.first().id), DeliveryState::Sent, 15000);

        proxy.freeze(); // from here on, what Alice writes never reaches the server
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("unproven")));
        QCOMPARE(sent.size(), 1);
        const qint64 id = sent.first().id;
        // Written, but unanswered: it must not turn sent (a negative, so a bounded wait).
        QVERIFY(!waitFor([&] { return stateOf(*alice, id) != DeliveryState::Pending; }, 1500));
        proxy.cut();

        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("unproven")), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, id), DeliveryState::Delivered, 15000);
        await(alice->messaging()->send(b, QStringLiteral("sentinel")));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("sentinel")), 1, 15000);
        const QStringList archived = Test::archivedBodies(m_server, b, Password, a);
        QCOMPARE(archived, QStringList({ QStringLiteral("unproven"), QStringLiteral("sentinel") }));
        // Proven once, so not sent again after the reconnect.
        QCOMPARE(
            Test::archivedBodies(m_server, c, Password, a), QStringList(QStringLiteral("proven")));
    }

    // Scrolling past the oldest local message fetches older ones from the archive, for that
    // chat only, without duplicates.
    void olderHistoryComesFromArchive()
    {
        const QString a = m_server.createAccount(QStringLiteral("a9"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b9"), Password);
        const QString c = m_server.createAccount(QStringLiteral("c9"), Password);
        auto alice = open(profile(QStringLiteral("a9")));
        auto bob = open(profile(QStringLiteral("b9")));
        auto carol = open(profile(QStringLiteral("c9")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        QVERIFY(signIn(*carol, c));
        for (int i = 0; i < 30; ++i)
            alice->messaging()->send(b, QStringLiteral("old %1").arg(i, 2, 10, QLatin1Char('0')));
        await(carol->messaging()->send(b, QStringLiteral("from carol")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), 30, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, c).size(), 1, 15000);

        // Forget the ten oldest locally, as if they had never been loaded on this machine.
        const auto local = conversation(*bob, a);
        for (int i = 0; i < 10; ++i)
            QVERIFY(await(bob->history()->messages().removeMessage(local.at(i).id)));
        QCOMPARE(conversation(*bob, a).size(), 20);

        const int fetched = await(bob->archive()->fetchOlder(local.first().chatId, a));
        QCOMPARE(fetched, 10);
        const auto whole = conversation(*bob, a);
        QCOMPARE(whole.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(whole.at(i).body, QStringLiteral("old %1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(conversation(*bob, c).size(), 1);
    }

    // An error stanza turns the message failed with a reason; retry sends it again.
    void errorMakesMessageFailedAndRetryable()
    {
        const QString a = m_server.createAccount(QStringLiteral("a10"), Password);
        auto alice = open(profile(QStringLiteral("a10")));
        QVERIFY(signIn(*alice, a));
        const QString nobody = QStringLiteral("nobody-at-all@") + m_server.domain();
        const auto sent = await(alice->messaging()->send(nobody, QStringLiteral("hello?")));
        QCOMPARE(sent.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, sent.first().id), DeliveryState::Failed, 15000);
        const Message failed = await(alice->history()->messages().message(sent.first().id));
        QVERIFY(!failed.errorText.isEmpty());

        // Every state the message passes through, as the store announces it: pending lasts only
        // one round trip, too short to catch by asking the store now and then.
        QList<DeliveryState> states;
        connect(alice->history(), &HistoryService::messageChanged, this,
            [&states, id = sent.first().id](const Message &m) {
                if (m.id == id)
                    states << m.deliveryState;
            });
        alice->messaging()->retry(sent.first().id);
        QTRY_VERIFY_WITH_TIMEOUT(
            states.size() >= 2 && states.last() == DeliveryState::Failed, 15000);
        QCOMPARE(states.first(), DeliveryState::Pending);
        QCOMPARE(states.last(), DeliveryState::Failed);
        QCOMPARE(stateOf(*alice, sent.first().id), DeliveryState::Failed);
        QCOMPARE(conversation(*alice, nobody).size(), 1);
    }

    // Chat states both ways: composing, paused after idle, inactive; a stale "typing…" expires;
    // a flood collapses to a handful of updates that end in the last state sent.
    void chatStatesBothWaysAndCoalesced()
    {
        const QString a = m_server.createAccount(QStringLiteral("a11"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b11"), Password);
        const QString c = m_server.createAccount(QStringLiteral("mallory11"), Password);
        auto alice = open(profile(QStringLiteral("a11")));
        auto bob = open(profile(QStringLiteral("b11")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
        ChatStateService *atBob = bob->chatStates();
        // States carry no body and are not kept offline: make sure Bob's presence is in first.
        const auto hello = await(alice->messaging()->send(b, QStringLiteral("hello")));
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOf(*alice, hello.first().id), DeliveryState::Delivered, 15000);

        alice->chatStates()->userTyped(b);
        QTRY_COMPARE_WITH_TIMEOUT(atBob->peerState(a), ChatState::Composing, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            atBob->peerState(a), ChatState::Paused, ChatStateService::PausedAfterMs + 5000);
        alice->chatStates()->setChatFocused(b, false);
        QTRY_COMPARE_WITH_TIMEOUT(atBob->peerState(a), ChatState::Inactive, 10000);

        // Alice starts typing and vanishes without ever saying she stopped.
        atBob->setComposingStaleMs(1500);
        alice->chatStates()->userTyped(b);
        QTRY_COMPARE_WITH_TIMEOUT(atBob->peerState(a), ChatState::Composing, 10000);
        alice.reset();
        QTRY_COMPARE_WITH_TIMEOUT(atBob->peerState(a), ChatState::Paused, 10000);

        Session mallory;
        QSignalSpy up(&mallory, &Session::connected);
        mallory.connectToServer(m_server.settingsFor(c, Password));
        QVERIFY(up.wait(15000));
        QSignalSpy changes(atBob, &ChatStateService::peerStateChanged);
        for (int i = 0; i < 1000; ++i) {
            Test::sendRawStanza(mallory,
                QStringLiteral("<message type='chat' to='%1'><%2 "
                               "xmlns='http://jabber.org/protocol/chatstates'/></message>")
                    .arg(b, i % 2 ? QStringLiteral("paused") : QStringLiteral("composing")));
        }
        Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1'><active "
                           "xmlns='http://jabber.org/protocol/chatstates'/></message>")
                .arg(b));
        QTRY_COMPARE_WITH_TIMEOUT(atBob->peerState(c), ChatState::Active, 15000);
        int fromMallory = 0;
        for (const auto &change : changes)
            fromMallory += change.first().toString() == c ? 1 : 0;
        QVERIFY2(fromMallory <= 20, qPrintable(QString::number(fromMallory)));
    }

    // A 1 MB body is kept whole and the connection carries on.
    void hugeBodyIsKept()
    {
        const QString a = m_server.createAccount(QStringLiteral("a12"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b12"), Password);
        auto alice = open(profile(QStringLiteral("a12")));
        auto bob = open(profile(QStringLiteral("b12")));
        QVERIFY(signIn(*alice, a));
        QVERIFY(signIn(*bob, b));
        const QString huge = QString(qsizetype { 1024 } * 1024, u'x');
        await(alice->messaging()->send(b, huge));
        await(alice->messaging()->send(b, QStringLiteral("after the big one")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), 2, 30000);
        QCOMPARE(conversation(*bob, a).first().body.size(), huge.size());
    }

    // 8. A third account forges a receipt, a carbon and an archive result: nothing changes.
    void forgeriesChangeNothing()
    {
        const QString a = m_server.createAccount(QStringLiteral("a8"), Password);
        const QString b = m_server.createAccount(QStringLiteral("b8"), Password);
        const QString c = m_server.createAccount(QStringLiteral("mallory"), Password);
        auto alice = open(profile(QStringLiteral("a8")));
        QVERIFY(signIn(*alice, a));
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("for bob only")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, sent.first().id), DeliveryState::Sent, 15000);
        const QString id = sent.first().originId;

        Session mallory;
        QSignalSpy up(&mallory, &Session::connected);
        mallory.connectToServer(m_server.settingsFor(c, Password));
        QVERIFY(up.wait(15000));
        const QString &to = a;
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1'><received xmlns='urn:xmpp:receipts' "
                           "id='%2'/></message>")
                .arg(to, id)));
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1'><displayed "
                           "xmlns='urn:xmpp:chat-markers:0' id='%2'/></message>")
                .arg(to, id)));
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1'><sent "
                           "xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                           "<message xmlns='jabber:client' type='chat' from='%1/phone' "
                           "to='%2'><body>forged carbon</body></message>"
                           "</forwarded></sent></message>")
                .arg(to, b)));
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message to='%1'><result xmlns='urn:xmpp:mam:2' queryid='guess' "
                           "id='x1'><forwarded xmlns='urn:xmpp:forward:0'>"
                           "<message xmlns='jabber:client' type='chat' from='%2/r' "
                           "to='%1'><body>forged archive</body></message>"
                           "</forwarded></result></message>")
                .arg(to, b)));
        // A real message last: once it is stored, everything before it was handled.
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral(
                "<message type='chat' to='%1' id='m1'><body>hello from mallory</body></message>")
                .arg(to)));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*alice, c).size(), 1, 15000);

        QCOMPARE(stateOf(*alice, sent.first().id), DeliveryState::Sent);
        const auto withBob = conversation(*alice, b);
        QCOMPARE(withBob.size(), 1);
        QCOMPARE(countBody(withBob, QStringLiteral("forged carbon")), 0);
        QCOMPARE(countBody(withBob, QStringLiteral("forged archive")), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QStringLiteral("--compose-offline"))
        return composeOffline(args.at(2), args.at(3), args.at(4));
    TestMessaging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_messaging.moc"
