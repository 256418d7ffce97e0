// Read state shared by a person's devices (XEP-0490) through the whole app, against the real
// ejabberd (mod_pubsub's PEP): a chat read on the "phone" is read on the "desktop" at once, or,
// when the desktop was away, as soon as it is back; Conversations' way of publishing (the slixmpp
// bot, signed in as the same account) is understood; a read point pushed by anyone but the
// account's own server changes nothing.
#include "AccountSession.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "RawStanza.h"
#include "ReadSync.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("readsync-Passw0rd");
constexpr int NetworkMs = 20000;

qint64 chatWith(AccountSession &account, const QString &peer)
{
    qint64 chatId = 0;
    (void)QTest::qWaitFor(
        [&] {
            chatId = await(account.history()->chats().chatId(account.accountId(), peer));
            return chatId > 0;
        },
        NetworkMs);
    return chatId;
}

int unread(AccountSession &account, qint64 chatId)
{
    return await(account.history()->chats().chat(chatId)).unreadCount;
}

// account's copy of the message with body, once stored with our server's stanza-id.
Message stored(AccountSession &account, qint64 chatId, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Message &m : await(account.history()->messages().newest(chatId, 50))) {
                if (m.body == body && !m.stanzaId.isEmpty())
                    found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}
} // namespace

class TestReadSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void readOnThePhoneIsReadOnTheDesktop();
    void desktopAwayCatchesUpOnReturn();
    void conversationsStylePublishIsUnderstood();
    void forgedReadPointChangesNothing();
    void groupReadOnThePhoneIsReadOnTheDesktop();

private:
    // alice befriends name's phone; name's desktop is a second profile of the same account.
    void meet(const QString &alice, const QString &name)
    {
        m_alice = m_accounts.person(alice);
        m_phone = m_accounts.person(name);
        QVERIFY(m_alice && m_phone);
        m_desktop = m_accounts.signIn(name + QStringLiteral("-desktop"), m_phone->jid());
        QVERIFY(m_desktop);
        QVERIFY(TestAccounts::befriend(*m_alice, *m_phone));
    }
    // alice writes bodies; both devices store them; the desktop's chat id.
    qint64 aliceWrites(const QStringList &bodies)
    {
        for (const QString &body : bodies) {
            if (await(m_alice->messaging()->send(m_phone->jid(), body)).isEmpty())
                return 0;
        }
        const qint64 desktopChat = chatWith(*m_desktop, m_alice->jid());
        const qint64 phoneChat = chatWith(*m_phone, m_alice->jid());
        if (stored(*m_desktop, desktopChat, bodies.last()).id == 0
            || stored(*m_phone, phoneChat, bodies.last()).id == 0)
            return 0;
        return desktopChat;
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
    std::unique_ptr<AccountSession> m_alice;
    std::unique_ptr<AccountSession> m_phone;
    std::unique_ptr<AccountSession> m_desktop;
};

// Three unread on both devices; reading on the phone reads them on the desktop.
void TestReadSync::readOnThePhoneIsReadOnTheDesktop()
{
    meet(QStringLiteral("alice"), QStringLiteral("romeo"));
    const qint64 desktopChat
        = aliceWrites({ QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") });
    QVERIFY(desktopChat > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 3, NetworkMs);
    const qint64 phoneChat = chatWith(*m_phone, m_alice->jid());
    const Message three = stored(*m_phone, phoneChat, QStringLiteral("three"));

    // ejabberd learns a new device's "+notify" from its caps a little after its presence and
    // notifies nobody before; reading again publishes the same point again.
    bool heard = false;
    for (int attempt = 0; attempt < 15 && !heard; ++attempt) {
        m_phone->messaging()->markDisplayed(three.id);
        heard = QTest::qWaitFor([&] { return unread(*m_desktop, desktopChat) == 0; }, 2000);
    }
    QVERIFY(heard);
    QCOMPARE(unread(*m_phone, phoneChat), 0);

    // Once both are up, how long it takes: the figure in the README.
    const qint64 chat = aliceWrites({ QStringLiteral("four") });
    QVERIFY(chat > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 1, NetworkMs);
    const Message four = stored(*m_phone, phoneChat, QStringLiteral("four"));
    QElapsedTimer clock;
    clock.start();
    m_phone->messaging()->markDisplayed(four.id);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 0, NetworkMs);
    qInfo("read on the desktop %lld ms after the phone", clock.elapsed());
}

// The desktop is off while the phone reads; back, it catches up and finds the chat read.
void TestReadSync::desktopAwayCatchesUpOnReturn()
{
    meet(QStringLiteral("bianca"), QStringLiteral("juliet"));
    QVERIFY(aliceWrites({ QStringLiteral("before") }) > 0);
    const QString me = m_phone->jid();
    m_desktop.reset();

    for (const QString &body : { QStringLiteral("while away 1"), QStringLiteral("while away 2") })
        QVERIFY(!await(m_alice->messaging()->send(me, body)).isEmpty());
    const qint64 phoneChat = chatWith(*m_phone, m_alice->jid());
    const Message last = stored(*m_phone, phoneChat, QStringLiteral("while away 2"));
    QVERIFY(last.id != 0);
    QSignalSpy published(m_phone->readSync(), &ReadSync::published);
    m_phone->messaging()->markDisplayed(last.id);
    QVERIFY(published.wait(NetworkMs));
    QCOMPARE(unread(*m_phone, phoneChat), 0);

    m_desktop = m_accounts.signIn(QStringLiteral("juliet-desktop"), me);
    QVERIFY(m_desktop);
    const qint64 desktopChat = chatWith(*m_desktop, m_alice->jid());
    QVERIFY(stored(*m_desktop, desktopChat, QStringLiteral("while away 2")).id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 0, NetworkMs);
}

// Conversations on the phone: the bot, signed in as the same account, publishes the point.
void TestReadSync::conversationsStylePublishIsUnderstood()
{
    meet(QStringLiteral("cressida"), QStringLiteral("troilus"));
    const qint64 desktopChat
        = aliceWrites({ QStringLiteral("from afar"), QStringLiteral("and again") });
    QVERIFY(desktopChat > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 2, NetworkMs);
    const Message again = stored(*m_desktop, desktopChat, QStringLiteral("and again"));

    QTemporaryDir botDir;
    Test::PythonBot bot(QStringLiteral("mds_bot.py"),
        Test::mucBotArguments(m_server, botDir.path(), m_phone->jid(), Password,
            QStringLiteral("unused@conference.invalid"), QStringLiteral("unused")));
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    bool heard = false;
    for (int attempt = 0; attempt < 15 && !heard; ++attempt) {
        QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("publish") },
            { QStringLiteral("chat"), m_alice->jid() },
            { QStringLiteral("stanza_id"), again.stanzaId },
            { QStringLiteral("by"), m_phone->jid() } }));
        QVERIFY2(
            !bot.waitFor(QStringLiteral("published")).isEmpty(), qPrintable(bot.diagnostics()));
        heard = QTest::qWaitFor([&] { return unread(*m_desktop, desktopChat) == 0; }, 2000);
    }
    QVERIFY(heard);
    QVERIFY(bot.finish());
}

// Alice pushes a read point for her own chat with the desktop, as if from its server: nothing.
void TestReadSync::forgedReadPointChangesNothing()
{
    meet(QStringLiteral("portia"), QStringLiteral("bassanio"));
    const qint64 desktopChat = aliceWrites({ QStringLiteral("unread, and stays so") });
    QVERIFY(desktopChat > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 1, NetworkMs);
    const Message target = stored(*m_desktop, desktopChat, QStringLiteral("unread, and stays so"));
    const QString forged = QStringLiteral(
        "<message xmlns='jabber:client' to='%1' type='headline'>"
        "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='urn:xmpp:mds:displayed:0'><item id='%2'>"
        "<displayed xmlns='urn:xmpp:mds:displayed:0'>"
        "<stanza-id xmlns='urn:xmpp:sid:0' id='%3' by='%1'/></displayed></item></items>"
        "</event></message>")
                               .arg(m_phone->jid(), m_alice->jid(), target.stanzaId);
    QVERIFY(Test::sendRawStanza(*m_alice->session(), forged));
    // Alice's next message comes after the forgery on the same path: once it is here, the
    // forgery has been handled.
    QVERIFY(aliceWrites({ QStringLiteral("after the forgery") }) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 2, NetworkMs);
    QCOMPARE(unread(*m_desktop, desktopChat), 2);
}

// In a group the read point names the room's own stanza-id: a group read on the phone is read on
// the desktop too, which joined the room through the phone's bookmark.
void TestReadSync::groupReadOnThePhoneIsReadOnTheDesktop()
{
    meet(QStringLiteral("carol"), QStringLiteral("balthasar"));
    const QString room = TestAccounts::createGroup(*m_alice, { m_phone.get() });
    QVERIFY(!room.isEmpty());
    QVERIFY(TestAccounts::isGroupReady(*m_desktop, room));
    const QStringList bodies { QStringLiteral("to the group"), QStringLiteral("and again") };
    for (const QString &body : bodies)
        QVERIFY(!await(m_alice->messaging()->send(room, body)).isEmpty());
    const qint64 desktopChat = chatWith(*m_desktop, room);
    const qint64 phoneChat = chatWith(*m_phone, room);
    QVERIFY(desktopChat > 0 && phoneChat > 0);
    QVERIFY(stored(*m_desktop, desktopChat, bodies.last()).id != 0);
    const Message last = stored(*m_phone, phoneChat, bodies.last());
    QVERIFY(last.id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(unread(*m_desktop, desktopChat), 2, NetworkMs);

    // As above: the server may learn of the desktop's interest a moment after it signed in.
    bool heard = false;
    for (int attempt = 0; attempt < 15 && !heard; ++attempt) {
        m_phone->messaging()->markDisplayed(last.id);
        heard = QTest::qWaitFor([&] { return unread(*m_desktop, desktopChat) == 0; }, 2000);
    }
    QVERIFY(heard);
    QCOMPARE(unread(*m_phone, phoneChat), 0);
}

QTEST_MAIN(TestReadSync)
#include "tst_readsync.moc"
