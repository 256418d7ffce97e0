// Message requests against the real ejabberd, with a stranger that is not Natter (a slixmpp bot):
// a stranger's message is stored once in a request chat that counts in no badge and notifies
// nobody, keeps no thumbnail, and leaves the requests when the person adds, answers or blocks.
#include "AccountSession.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MessageRequests.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "NotificationService.h"
#include "Notifier.h"
#include "PythonBot.h"
#include "TestAccounts.h"
#include "TestServer.h"
#include "UnreadCounter.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("requests-Passw0rd");
constexpr int NetworkMs = 20000;

using Test::await;

class RecordingNotifier : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

QJsonObject sendCommand(const QString &to, const QString &body)
{
    return { { QStringLiteral("cmd"), QStringLiteral("send") }, { QStringLiteral("to"), to },
        { QStringLiteral("body"), body } };
}

QJsonObject imageCommand(const QString &to, const QString &name)
{
    return { { QStringLiteral("cmd"), QStringLiteral("send_image") }, { QStringLiteral("to"), to },
        { QStringLiteral("url"), QStringLiteral("https://upload.invalid/%1").arg(name) },
        { QStringLiteral("name"), name } };
}

MessageRequests *requestsOf(AccountSession &account)
{
    return account.contacts()->messageRequests();
}
} // namespace

class TestMessageRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void strangersMessageWaitsAsARequest();
    void addingTheStrangerMakesANormalChat();
    void blockingTakesTheRequestAway();
    void reportingBlocksWhereTheServerTakesNoReports();
    void strangersPictureKeepsNoThumbnailUntilAccepted();
    void chatWeStartedIsNoRequest();
    void contactAddedElsewhereAcceptsTheRequest();

private:
    // The stranger bot signed in as a new account called name; null when it did not start.
    std::unique_ptr<Test::PythonBot> stranger(const QString &name)
    {
        const QString jid = m_server.createAccount(name, Password);
        auto bot = std::make_unique<Test::PythonBot>(QStringLiteral("stranger_bot.py"),
            Test::mucBotArguments(m_server, m_dir.path(), jid, Password,
                QStringLiteral("unused@conference.invalid"), QStringLiteral("unused")));
        if (bot->waitFor(QStringLiteral("ready")).isEmpty()) {
            qWarning() << bot->diagnostics();
            return {};
        }
        m_botJids.insert(bot.get(), jid);
        return bot;
    }
    QString jidOf(Test::PythonBot *bot) const { return m_botJids.value(bot); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
    QHash<Test::PythonBot *, QString> m_botJids;
};

// Stored once, in a request chat; no notification and an unchanged badge, while a contact's
// message, as a control, does notify and count.
void TestMessageRequests::strangersMessageWaitsAsARequest()
{
    auto a = m_accounts.person(QStringLiteral("rita"));
    auto friendOfA = m_accounts.person(QStringLiteral("ralf"));
    QVERIFY(a && friendOfA && Test::TestAccounts::befriend(*a, *friendOfA));
    RecordingNotifier notifier;
    a->notifications()->setNotifier(&notifier);
    a->notifications()->setEnabled(true);
    auto bot = stranger(QStringLiteral("spammer1"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());

    QSignalSpy stored(a->messaging(), &MessagingService::messagesStored);
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("cheap watches"))));
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("really cheap"))));
    QTRY_COMPARE_WITH_TIMEOUT(Test::conversation(*a, botJid).size(), 2, NetworkMs);
    const Chat chat = Test::chatWith(*a, botJid);
    QVERIFY(chat.id != 0);
    QVERIFY(requestsOf(*a)->isRequestChat(chat.id));
    QCOMPARE(requestsOf(*a)->peers(), QStringList { botJid });
    QCOMPARE(Test::withBody(Test::conversation(*a, botJid), QStringLiteral("cheap watches")).body,
        QStringLiteral("cheap watches"));

    // The control: a contact's message notifies and counts; by then the stranger's are long in.
    QVERIFY(!await(friendOfA->messaging()->send(a->jid(), QStringLiteral("lunch?"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notifier.shown.size(), 1, NetworkMs);
    QCOMPARE(notifier.shown.first().peer, friendOfA->jid());
    QTRY_COMPARE_WITH_TIMEOUT(a->unreadCounter()->unreadCount(), 1, NetworkMs);
    QCOMPARE(Test::conversation(*a, botJid).size(), 2);
    QVERIFY(bot->finish());
}

// Add to contacts: a roster entry with a subscription request, and a normal chat whose unread
// messages now count.
void TestMessageRequests::addingTheStrangerMakesANormalChat()
{
    auto a = m_accounts.person(QStringLiteral("sven"));
    QVERIFY(a);
    auto bot = stranger(QStringLiteral("spammer2"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("hello, it's your cousin"))));
    QTRY_VERIFY_WITH_TIMEOUT(requestsOf(*a)->isRequest(botJid), NetworkMs);
    QCOMPARE(a->unreadCounter()->unreadCount(), 0);

    QVERIFY(requestsOf(*a)->accept(botJid));
    QTRY_VERIFY_WITH_TIMEOUT(!requestsOf(*a)->isRequest(botJid), NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->isInRoster(botJid), NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->view(botJid).pendingOut, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(a->unreadCounter()->unreadCount(), 1, NetworkMs);
    QVERIFY(bot->finish());
}

// Block: the server's block list has the stranger (asked by another device of the person), the
// request is gone, and what they write next is not a new request.
void TestMessageRequests::blockingTakesTheRequestAway()
{
    auto a = m_accounts.person(QStringLiteral("tina"));
    auto friendOfA = m_accounts.person(QStringLiteral("theo"));
    QVERIFY(a && friendOfA && Test::TestAccounts::befriend(*a, *friendOfA));
    auto bot = stranger(QStringLiteral("spammer3"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("click this"))));
    QTRY_VERIFY_WITH_TIMEOUT(requestsOf(*a)->isRequest(botJid), NetworkMs);

    QVERIFY(requestsOf(*a)->block(botJid));
    auto laptop = m_accounts.signIn(QStringLiteral("tina-laptop"), a->jid());
    QVERIFY(laptop);
    QTRY_VERIFY_WITH_TIMEOUT(laptop->contacts()->isBlocked(botJid), NetworkMs);
    QVERIFY(a->contacts()->isBlocked(botJid));

    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("and again"))));
    QVERIFY(!bot->waitFor(QStringLiteral("sent")).isEmpty());
    // A contact's message after it arrives; the blocked one never does.
    QVERIFY(
        !await(friendOfA->messaging()->send(a->jid(), QStringLiteral("still there?"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(Test::conversation(*a, friendOfA->jid()).size(), 1, NetworkMs);
    QCOMPARE(Test::conversation(*a, botJid).size(), 1);
    QVERIFY(bot->finish());
}

// ejabberd 23.01 does not advertise urn:xmpp:reporting:1: Report blocks only (the stanza the
// other branch sends is checked in tst_spamreportiq).
void TestMessageRequests::reportingBlocksWhereTheServerTakesNoReports()
{
    auto a = m_accounts.person(QStringLiteral("uwe"));
    QVERIFY(a);
    auto bot = stranger(QStringLiteral("spammer4"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("win a prize"))));
    QTRY_VERIFY_WITH_TIMEOUT(requestsOf(*a)->isRequest(botJid), NetworkMs);
    QVERIFY(!requestsOf(*a)->reportsSupported());

    QVERIFY(requestsOf(*a)->block(botJid, true));
    auto laptop = m_accounts.signIn(QStringLiteral("uwe-laptop"), a->jid());
    QVERIFY(laptop);
    QTRY_VERIFY_WITH_TIMEOUT(laptop->contacts()->isBlocked(botJid), NetworkMs);
    QVERIFY(bot->finish());
}

// A stranger's picture is stored without its thumbnail and is not fetched; once the person
// answers, the next one keeps it.
void TestMessageRequests::strangersPictureKeepsNoThumbnailUntilAccepted()
{
    auto a = m_accounts.person(QStringLiteral("vera"));
    QVERIFY(a);
    auto bot = stranger(QStringLiteral("spammer5"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(bot->send(imageCommand(a->jid(), QStringLiteral("first.jpg"))));
    QTRY_COMPARE_WITH_TIMEOUT(Test::conversation(*a, botJid).size(), 1, NetworkMs);
    const Message first = Test::conversation(*a, botJid).first();
    QCOMPARE(first.attachments.size(), 1);
    QCOMPARE(first.attachments.first().fileName, QStringLiteral("first.jpg"));
    QVERIFY(first.attachments.first().thumbnail.isEmpty());
    QCOMPARE(first.attachments.first().transfer, TransferState::Remote); // not fetched

    // Replying accepts the request.
    QVERIFY(!await(a->messaging()->send(botJid, QStringLiteral("who is this?"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!requestsOf(*a)->isRequest(botJid), NetworkMs);
    QVERIFY(bot->send(imageCommand(a->jid(), QStringLiteral("second.jpg"))));
    QTRY_COMPARE_WITH_TIMEOUT(Test::conversation(*a, botJid).size(), 3, NetworkMs);
    const Message second = Test::conversation(*a, botJid).last();
    QCOMPARE(second.attachments.size(), 1);
    QCOMPARE(second.attachments.first().fileName, QStringLiteral("second.jpg"));
    QVERIFY(!second.attachments.first().thumbnail.isEmpty());
    QVERIFY(bot->finish());
}

// We wrote first: their answer is a normal chat's message.
void TestMessageRequests::chatWeStartedIsNoRequest()
{
    auto a = m_accounts.person(QStringLiteral("wanda"));
    QVERIFY(a);
    auto bot = stranger(QStringLiteral("newfriend6"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(!await(a->messaging()->send(botJid, QStringLiteral("hi, we met at FOSDEM"))).isEmpty());
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("oh hi!"))));
    QTRY_COMPARE_WITH_TIMEOUT(Test::conversation(*a, botJid).size(), 2, NetworkMs);
    QVERIFY(!requestsOf(*a)->isRequest(botJid));
    QTRY_COMPARE_WITH_TIMEOUT(a->unreadCounter()->unreadCount(), 1, NetworkMs);
    QVERIFY(bot->finish());
}

// The person adds the stranger on another device: the roster push turns the request into a
// normal chat here.
void TestMessageRequests::contactAddedElsewhereAcceptsTheRequest()
{
    auto a = m_accounts.person(QStringLiteral("xena"));
    QVERIFY(a);
    auto bot = stranger(QStringLiteral("oldfriend7"));
    QVERIFY(bot);
    const QString botJid = jidOf(bot.get());
    QVERIFY(bot->send(sendCommand(a->jid(), QStringLiteral("remember me?"))));
    QTRY_VERIFY_WITH_TIMEOUT(requestsOf(*a)->isRequest(botJid), NetworkMs);

    auto laptop = m_accounts.signIn(QStringLiteral("xena-laptop"), a->jid());
    QVERIFY(laptop);
    QVERIFY(laptop->contacts()->addContact(botJid));
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->isInRoster(botJid), NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(!requestsOf(*a)->isRequest(botJid), NetworkMs);
    QVERIFY(bot->finish());
}

QTEST_GUILESS_MAIN(TestMessageRequests)
#include "tst_messagerequests.moc"
