// Issue 17 against the real ejabberd: a stranger's <delay> cannot steer the chat list or the
// archive catch-up, and catch-up still finds its way when the archive no longer knows our place.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ArchiveStore.h"
#include "ChatStore.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessageTime.h"
#include "MessagingService.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Test::await;
using Test::chatWith;
using Test::conversation;
using Test::withBody;

namespace {
const QString Password = QStringLiteral("catchup-pw");

int countBody(const QList<Message> &messages, const QString &body)
{
    return int(std::count_if(
        messages.cbegin(), messages.cend(), [&body](const Message &m) { return m.body == body; }));
}
} // namespace

class TestCatchUp : public QObject
{
    Q_OBJECT

private:
    // A raw session: a stranger writing stanzas by hand, or the account's other device.
    std::unique_ptr<Session> connectRaw(const QString &jid)
    {
        auto session = std::make_unique<Session>();
        QSignalSpy up(session.get(), &Session::connected);
        session->connectToServer(m_server.settingsFor(jid, Password));
        return up.wait(15000) ? std::move(session) : nullptr;
    }

    // The server took the message, and it went to the other device, not to offline storage: only
    // the archive can bring it to the account's Natter.
    bool deliveredToArchiveOnly(AccountSession &sender, qint64 messageId, const QString &to)
    {
        const bool sent = QTest::qWaitFor(
            [&] {
                return await(sender.history()->messages().message(messageId)).deliveryState
                    == DeliveryState::Sent;
            },
            15000);
        const QString user = to.section(u'@', 0, 0);
        const QString offline
            = m_server.ctl({ QStringLiteral("get_offline_count"), user, m_server.domain() });
        // ejabberdctl may print an Erlang report first; the count is the last line.
        return sent && offline.trimmed().section(u'\n', -1) == u"0";
    }

    // Signs out and closes the account; its profile stays for the next signIn.
    static void close(std::unique_ptr<AccountSession> &account)
    {
        account->signOut();
        account.reset();
    }

    Test::TestServer m_server;
    QTemporaryDir m_root;
    std::unique_ptr<Test::TestAccounts> m_accounts;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_root.isValid());
        m_accounts = std::make_unique<Test::TestAccounts>(m_server, m_root.path(), Password);
    }

    // Stamps of 2099 and 1970, even ones claiming to be our server's, are clamped: the chat is
    // not pinned on top or to its last line, and catch-up after going offline goes on from the
    // archive's newest id.
    void forgedStampsSteerNothing()
    {
        const QString a = m_server.createAccount(QStringLiteral("alice"), Password);
        const QString b = m_server.createAccount(QStringLiteral("bob"), Password);
        const QString c = m_server.createAccount(QStringLiteral("mallory"), Password);
        auto alice = m_accounts->signIn(QStringLiteral("alice"), a);
        auto bob = m_accounts->signIn(QStringLiteral("bob"), b);
        QVERIFY(alice && bob);
        QTRY_VERIFY_WITH_TIMEOUT(bob->archive()->completedCatchUps() > 0, 15000);
        auto mallory = connectRaw(c);
        QVERIFY(mallory);

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString forged
            = QStringLiteral("<message type='chat' to='%1' id='%2'><body>%3</body>"
                             "<delay xmlns='urn:xmpp:delay' from='%4' stamp='%5'/></message>");
        QVERIFY(Test::sendRawStanza(*mallory,
            forged.arg(b, QStringLiteral("f1"), QStringLiteral("from the future"),
                m_server.domain(), QStringLiteral("2099-01-01T00:00:00Z"))));
        QVERIFY(Test::sendRawStanza(*mallory,
            forged.arg(b, QStringLiteral("f2"), QStringLiteral("from 1970"), c,
                QStringLiteral("1970-01-01T00:00:01Z"))));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, c).size(), 2, 15000);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const auto stored = conversation(*bob, c);
        const qint64 future = withBody(stored, QStringLiteral("from the future")).timestamp;
        const qint64 past = withBody(stored, QStringLiteral("from 1970")).timestamp;
        QVERIFY2(future >= before && future <= after, qPrintable(QString::number(future)));
        QVERIFY2(past >= before - MessageTime::MaxWaitMs && past <= after,
            qPrintable(QString::number(past)));

        // Alice writes later: her chat goes above Mallory's.
        await(alice->messaging()->send(b, QStringLiteral("later, from alice")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*bob, a).size(), 1, 15000);
        const auto chats = await(bob->history()->chats().chats(bob->accountId()));
        QCOMPARE(chats.size(), 2);
        QCOMPARE(chats.first().peer, a);
        // Mallory's next ordinary message is her chat's last line.
        QVERIFY(Test::sendRawStanza(*mallory,
            QStringLiteral("<message type='chat' to='%1' id='m3'><body>ordinary</body></message>")
                .arg(b)));
        QTRY_COMPARE_WITH_TIMEOUT(chatWith(*bob, c).lastBody, QStringLiteral("ordinary"), 15000);

        // Bob goes away; his phone takes Alice's next message live, so only the archive has it
        // for his laptop.
        close(bob);
        auto phone = connectRaw(b);
        QVERIFY(phone);
        const auto sent = await(alice->messaging()->send(b, QStringLiteral("while you were away")));
        QCOMPARE(sent.size(), 1);
        QVERIFY(deliveredToArchiveOnly(*alice, sent.first().id, b));
        bob = m_accounts->open(QStringLiteral("bob"), b);
        QVERIFY(bob);
        QSignalSpy news(bob->archive(), &ArchiveService::newsCaughtUp);
        bob->signIn(b, Password, m_server.host(), m_server.c2sPort());
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*bob, a), QStringLiteral("while you were away")), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(bob->archive()->completedCatchUps() > 0, 15000);
        // Announced once: only what this catch-up brought, unread.
        QCOMPARE(news.size(), 1);
        const auto caught = news.first().first().value<QList<CaughtUpChat>>();
        QCOMPARE(caught.size(), 1);
        QCOMPARE(caught.first().count, 1);
        QCOMPARE(caught.first().newest.peer, a);
        QCOMPARE(caught.first().newest.body, QStringLiteral("while you were away"));
        const Message away = withBody(conversation(*bob, a), QStringLiteral("while you were away"));
        QVERIFY(!away.stanzaId.isEmpty());
        QCOMPARE(await(bob->history()->archive().catchUpPoint(bob->accountId())).archiveId,
            away.stanzaId);
    }

    // The archive no longer knows the stored catch-up point (purged, or rebuilt): catch-up still
    // brings what came since. ejabberd 23.01 answers such a query with the messages after it
    // rather than item-not-found, so this does not reach ArchiveService::restartByTime.
    // Honest ticks: a message the archive alone brought (the person's phone took it live and
    // sent no receipt) gets its receipt from Natter too, so the sender sees it delivered. When the
    // server still holds the closed session for resumption, it resends the message live instead,
    // and the live path answers: either way, the sender sees it delivered.
    void archiveRecoveredMessageIsAcknowledged()
    {
        const QString a = m_server.createAccount(QStringLiteral("erin"), Password);
        const QString b = m_server.createAccount(QStringLiteral("finn"), Password);
        QVERIFY(m_server.befriend(a, b));
        auto erin = m_accounts->signIn(QStringLiteral("erin"), a);
        auto finn = m_accounts->signIn(QStringLiteral("finn"), b);
        QVERIFY(erin && finn);
        // Finn's Natter knows Erin as a contact (its roster is stored) and has had a message from
        // the archive's era (its catch-up point) before it goes away.
        QTRY_VERIFY_WITH_TIMEOUT(finn->contacts()->contactJids().contains(a), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(finn->archive()->completedCatchUps() > 0, 15000);
        await(erin->messaging()->send(b, QStringLiteral("hello")));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*finn, a), QStringLiteral("hello")), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !await(finn->history()->archive().catchUpPoint(finn->accountId())).isNull(), 10000);
        close(finn);
        auto phone = connectRaw(b);
        QVERIFY(phone);
        const auto sent = await(erin->messaging()->send(b, QStringLiteral("read me later")));
        QCOMPARE(sent.size(), 1);
        QVERIFY(deliveredToArchiveOnly(*erin, sent.first().id, b));
        const auto state = [&] {
            return await(erin->history()->messages().message(sent.first().id)).deliveryState;
        };
        QCOMPARE(state(), DeliveryState::Sent);

        finn = m_accounts->signIn(QStringLiteral("finn"), b);
        QVERIFY(finn);
        QTRY_COMPARE_WITH_TIMEOUT(
            countBody(conversation(*finn, a), QStringLiteral("read me later")), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state(), DeliveryState::Delivered, 15000);
    }

    void unknownPointStillCatchesUp()
    {
        const QString a = m_server.createAccount(QStringLiteral("carol"), Password);
        const QString b = m_server.createAccount(QStringLiteral("dave"), Password);
        auto carol = m_accounts->signIn(QStringLiteral("carol"), a);
        auto dave = m_accounts->signIn(QStringLiteral("dave"), b);
        QVERIFY(carol && dave);
        await(carol->messaging()->send(b, QStringLiteral("before the purge")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*dave, a).size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dave->archive()->completedCatchUps() > 0, 15000);
        CatchUpPoint point = await(dave->history()->archive().catchUpPoint(dave->accountId()));
        QVERIFY(!point.isNull());
        close(dave);

        auto phone = connectRaw(b);
        QVERIFY(phone);
        const auto sent = await(carol->messaging()->send(b, QStringLiteral("after the purge")));
        QVERIFY(deliveredToArchiveOnly(*carol, sent.first().id, b));

        // An id this archive never issued, where the old one was.
        dave = m_accounts->open(QStringLiteral("dave"), b);
        QVERIFY(dave);
        QTRY_VERIFY_WITH_TIMEOUT(dave->accountId() != 0, 10000);
        point.archiveId = QStringLiteral("purged-0");
        QVERIFY(await(dave->history()->archive().setCatchUpPoint(point)));
        dave.reset();
        dave = m_accounts->signIn(QStringLiteral("dave"), b);
        QVERIFY(dave);
        QTRY_VERIFY_WITH_TIMEOUT(dave->archive()->completedCatchUps() > 0, 15000);
        QCOMPARE(countBody(conversation(*dave, a), QStringLiteral("after the purge")), 1);
        QCOMPARE(countBody(conversation(*dave, a), QStringLiteral("before the purge")), 1);
        QVERIFY(await(dave->history()->archive().catchUpPoint(dave->accountId())).archiveId
            != QStringLiteral("purged-0"));
    }
};

QTEST_GUILESS_MAIN(TestCatchUp)
#include "tst_catchup.moc"
