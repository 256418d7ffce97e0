// Last message correction (XEP-0308) against a real ejabberd: Natter to Natter one-to-one
// (with a second device of the author's, which hears it as a carbon) and in a group; the
// slixmpp bot, a client that is not ours, both ways; forgeries that change nothing; a
// correction that came before its original; an edit made offline that goes out once; and
// someone under the nickname of an occupant who left, who may neither correct nor retract.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ContactService.h"
#include "Corrections.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "SearchStore.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("corrections-Passw0rd");
constexpr int NetworkMs = 20000;

QJsonObject command(std::initializer_list<std::pair<const char *, QString>> fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields)
        object.insert(QLatin1String(key), value);
    return object;
}

qint64 chatWith(AccountSession &account, const QString &peer)
{
    if (account.groups()->isGroup(peer))
        return account.groups()->groupFor(peer).chatId;
    for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
        if (chat.peer == peer)
            return chat.id;
    }
    return 0;
}

QList<Message> shown(AccountSession &account, const QString &peer)
{
    const qint64 chatId = chatWith(account, peer);
    return chatId ? await(account.history()->messages().newest(chatId, 100)) : QList<Message>();
}

// account's message in the chat with peer whose text is (now) body, once there; else id 0.
Message withBody(AccountSession &account, const QString &peer, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Message &m : shown(account, peer)) {
                if (m.body == body)
                    found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

QString bodyOf(AccountSession &account, qint64 messageId)
{
    return await(account.history()->messages().message(messageId)).body;
}
} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void oneToOneBetweenNatters();
    void offlineEditGoesOutOnce();
    void groupBetweenNatters();
    void withAnotherClientInAGroup();
    void withAnotherClientOneToOne();
    void sameNicknameIsNotTheSameOccupant();

private:
    bool reconnect(AccountSession &account)
    {
        QSignalSpy connected(account.session(), &Session::connected);
        account.signIn(account.jid(), Password, m_server.host(), m_server.c2sPort());
        return connected.wait(15000);
    }
    std::unique_ptr<Test::PythonBot> startBot(const QString &jid, const QString &room)
    {
        auto bot = std::make_unique<Test::PythonBot>(QStringLiteral("muc_bot.py"),
            Test::mucBotArguments(
                m_server, m_dir.path(), jid, Password, room, QStringLiteral("Bot")));
        if (bot->waitFor(QStringLiteral("ready")).isEmpty()) {
            qWarning() << bot->diagnostics();
            return nullptr;
        }
        return bot;
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestCorrections::oneToOneBetweenNatters()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    // Alice's phone: her own correction reaches it as a carbon.
    auto phone = m_accounts.signIn(QStringLiteral("alice-phone"), alice->jid());
    QVERIFY(phone);
    QVERIFY(TestAccounts::befriend(*alice, *bob));

    const QList<Message> sent
        = await(alice->messaging()->send(bob->jid(), QStringLiteral("see you at the gloab")));
    QCOMPARE(sent.size(), 1);
    const Message atBob = withBody(*bob, alice->jid(), QStringLiteral("see you at the gloab"));
    QVERIFY(atBob.id != 0);
    const Message onPhone = withBody(*phone, bob->jid(), QStringLiteral("see you at the gloab"));
    QVERIFY(onPhone.id != 0);

    // Bob cannot edit what Alice wrote; Alice can.
    QVERIFY(!await(bob->corrections()->correct(atBob.id, QStringLiteral("forged"))));
    QVERIFY(await(
        alice->corrections()->correct(sent.first().id, QStringLiteral("see you at the Globe"))));
    QCOMPARE(bodyOf(*alice, sent.first().id), QStringLiteral("see you at the Globe"));
    QTRY_COMPARE_WITH_TIMEOUT(
        bodyOf(*bob, atBob.id), QStringLiteral("see you at the Globe"), NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        bodyOf(*phone, onPhone.id), QStringLiteral("see you at the Globe"), NetworkMs);
    QVERIFY(await(bob->history()->messages().message(atBob.id)).edited);
    // One message on each side, with both its texts.
    QCOMPARE(shown(*bob, alice->jid()).size(), 1);
    QCOMPARE(await(bob->history()->messages().versions(atBob.id)).size(), 2);

    // A correction of the correction still names the original, and chains to it.
    QVERIFY(await(alice->corrections()->correct(
        sent.first().id, QStringLiteral("see you at the Globe Theatre"))));
    QTRY_COMPARE_WITH_TIMEOUT(
        bodyOf(*bob, atBob.id), QStringLiteral("see you at the Globe Theatre"), NetworkMs);
    QCOMPARE(await(bob->history()->messages().versions(atBob.id)).size(), 3);

    // Search finds the new text, not the old.
    QVERIFY(await(bob->history()->search().search(QStringLiteral("gloab"))).isEmpty());
    const QList<SearchHit> hits = await(bob->history()->search().search(QStringLiteral("theatre")));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().message.id, atBob.id);
}

void TestCorrections::offlineEditGoesOutOnce()
{
    auto dora = m_accounts.person(QStringLiteral("dora"));
    auto emil = m_accounts.person(QStringLiteral("emil"));
    QVERIFY(dora && emil);
    QVERIFY(TestAccounts::befriend(*dora, *emil));
    const QList<Message> sent = await(dora->messaging()->send(emil->jid(), QStringLiteral("tea?")));
    QCOMPARE(sent.size(), 1);
    const Message atEmil = withBody(*emil, dora->jid(), QStringLiteral("tea?"));
    QVERIFY(atEmil.id != 0);

    dora->signOut();
    QVERIFY(await(dora->corrections()->correct(sent.first().id, QStringLiteral("coffee?"))));
    QCOMPARE(bodyOf(*dora, sent.first().id), QStringLiteral("coffee?"));
    QVERIFY(reconnect(*dora));
    QTRY_COMPARE_WITH_TIMEOUT(bodyOf(*emil, atEmil.id), QStringLiteral("coffee?"), NetworkMs);
    // Once: a sentinel after it arrives after it, and Emil holds one correction.
    await(dora->messaging()->send(emil->jid(), QStringLiteral("sentinel")));
    QVERIFY(withBody(*emil, dora->jid(), QStringLiteral("sentinel")).id != 0);
    QCOMPARE(await(emil->history()->messages().versions(atEmil.id)).size(), 2);
}

void TestCorrections::groupBetweenNatters()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const QString room = TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const QList<Message> sent = await(alice->messaging()->send(room, QStringLiteral("helo all")));
    QCOMPARE(sent.size(), 1);
    const Message atBob = withBody(*bob, room, QStringLiteral("helo all"));
    QVERIFY(atBob.id != 0);
    QVERIFY(await(alice->corrections()->correct(sent.first().id, QStringLiteral("hello all"))));
    QTRY_COMPARE_WITH_TIMEOUT(bodyOf(*bob, atBob.id), QStringLiteral("hello all"), NetworkMs);
    QCOMPARE(bodyOf(*alice, sent.first().id), QStringLiteral("hello all"));
    // The room reflects Alice's correction to her: still one message there.
    QTRY_COMPARE_WITH_TIMEOUT(
        await(alice->history()->messages().outbox(alice->accountId(), OutboxKind::All)).size(), 0,
        NetworkMs);
    int ours = 0;
    for (const Message &m : shown(*alice, room))
        ours += m.direction == Direction::Outgoing ? 1 : 0;
    QCOMPARE(ours, 1);
}

void TestCorrections::withAnotherClientInAGroup()
{
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(carol);
    const QString botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    const GroupResult created = await(carol->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = carol->groups()->group(created.chatId).room;
    auto bot = startBot(botJid, room);
    QVERIFY(bot);
    QTRY_COMPARE_WITH_TIMEOUT(carol->groups()->participants(created.chatId).size(), 1, NetworkMs);

    // The bot corrects its own message, as Conversations does.
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("the quik fox") }, { "id", QStringLiteral("bot-1") } })));
    const Message theirs = withBody(*carol, room, QStringLiteral("the quik fox"));
    QVERIFY2(theirs.id != 0, qPrintable(bot->diagnostics()));
    QVERIFY(bot->send(
        command({ { "cmd", QStringLiteral("edit") }, { "body", QStringLiteral("the quick fox") },
            { "id", QStringLiteral("bot-2") }, { "replace", QStringLiteral("bot-1") } })));
    QTRY_COMPARE_WITH_TIMEOUT(
        bodyOf(*carol, theirs.id), QStringLiteral("the quick fox"), NetworkMs);

    // A correction may not turn text into a file.
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("edit") }, { "body", QStringLiteral("x") },
        { "id", QStringLiteral("bot-3") }, { "replace", QStringLiteral("bot-1") },
        { "file", QStringLiteral("https://example.org/quick.exe") } })));

    // Carol's correction reaches the bot, naming her original's origin-id.
    const QList<Message> sent = await(carol->messaging()->send(room, QStringLiteral("brwn dog")));
    QCOMPARE(sent.size(), 1);
    const QJsonObject original = bot->waitFor(QStringLiteral("message"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")).toString() == u"brwn dog";
    });
    QVERIFY2(!original.isEmpty(), qPrintable(bot->diagnostics()));
    QVERIFY(await(carol->corrections()->correct(sent.first().id, QStringLiteral("brown dog"))));
    const QJsonObject fixed = bot->waitFor(QStringLiteral("message"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")).toString() == u"brown dog";
    });
    QVERIFY2(!fixed.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(fixed.value(QStringLiteral("replace")).toString(), sent.first().originId);
    QCOMPARE(original.value(QStringLiteral("origin_id")).toString(), sent.first().originId);
    QVERIFY(fixed.value(QStringLiteral("origin_id")).toString() != sent.first().originId);

    // Another occupant (the bot) cannot correct Carol's message.
    QVERIFY(bot->send(command(
        { { "cmd", QStringLiteral("edit") }, { "body", QStringLiteral("carol was here (not)") },
            { "id", QStringLiteral("bot-4") }, { "replace", sent.first().originId } })));
    // A sentinel after both forgeries: once it is stored, they were judged.
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("sentinel") }, { "id", QStringLiteral("bot-5") } })));
    QVERIFY(withBody(*carol, room, QStringLiteral("sentinel")).id != 0);
    QCOMPARE(bodyOf(*carol, sent.first().id), QStringLiteral("brown dog"));
    const Message still = await(carol->history()->messages().message(theirs.id));
    QCOMPARE(still.body, QStringLiteral("the quick fox"));
    QVERIFY(still.attachments.isEmpty());
    for (const Message &m : shown(*carol, room))
        QVERIFY(m.body != u"carol was here (not)" && m.attachments.isEmpty());

    // A correction the room's archive gives before its original: Carol is away when the bot
    // sends them in that order, and catching up applies it once the original is stored.
    carol->signOut();
    QVERIFY(bot->send(
        command({ { "cmd", QStringLiteral("edit") }, { "body", QStringLiteral("early, fixed") },
            { "id", QStringLiteral("bot-7") }, { "replace", QStringLiteral("bot-6") } })));
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("early, brokn") }, { "id", QStringLiteral("bot-6") } })));
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("sentinel 2") }, { "id", QStringLiteral("bot-8") } })));
    QVERIFY(!bot->waitFor(QStringLiteral("reflected"),
                    [](const QJsonObject &m) {
                        return m.value(QStringLiteral("id")).toString() == u"bot-8";
                    })
                 .isEmpty());
    QVERIFY(reconnect(*carol));
    QVERIFY(withBody(*carol, room, QStringLiteral("early, fixed")).id != 0);
    for (const Message &m : shown(*carol, room))
        QVERIFY(m.body != u"early, brokn");
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestCorrections::withAnotherClientOneToOne()
{
    auto frank = m_accounts.person(QStringLiteral("frank"));
    QVERIFY(frank);
    const QString botJid = m_server.createAccount(QStringLiteral("bot2"), Password);
    const GroupResult created
        = await(frank->groups()->create(QStringLiteral("Bot room"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, frank->groups()->group(created.chatId).room);
    QVERIFY(bot);
    // A contact, not a stranger (slixmpp accepts the request by itself).
    QVERIFY(frank->contacts()->addContact(botJid));
    QTRY_VERIFY_WITH_TIMEOUT(
        frank->contacts()->view(botJid).subscription == Subscription::Both, NetworkMs);

    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("edit_chat") }, { "to", frank->jid() },
        { "body", QStringLiteral("lunch at 1") }, { "id", QStringLiteral("dm-1") } })));
    const Message theirs = withBody(*frank, botJid, QStringLiteral("lunch at 1"));
    QVERIFY2(theirs.id != 0, qPrintable(bot->diagnostics()));
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("edit_chat") }, { "to", frank->jid() },
        { "body", QStringLiteral("lunch at 2") }, { "id", QStringLiteral("dm-2") },
        { "replace", QStringLiteral("dm-1") } })));
    QTRY_COMPARE_WITH_TIMEOUT(bodyOf(*frank, theirs.id), QStringLiteral("lunch at 2"), NetworkMs);
    QCOMPARE(shown(*frank, botJid).size(), 1);

    const QList<Message> sent = await(frank->messaging()->send(botJid, QStringLiteral("sure")));
    QCOMPARE(sent.size(), 1);
    QVERIFY(!bot->waitFor(QStringLiteral("chat"),
                    [](const QJsonObject &m) {
                        return m.value(QStringLiteral("body")).toString() == u"sure";
                    })
                 .isEmpty());
    QVERIFY(await(frank->corrections()->correct(sent.first().id, QStringLiteral("sure, at 2"))));
    const QJsonObject fixed = bot->waitFor(QStringLiteral("chat"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")).toString() == u"sure, at 2";
    });
    QVERIFY2(!fixed.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(fixed.value(QStringLiteral("replace")).toString(), sent.first().originId);
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

// Someone who takes the nickname of an occupant who left is not that occupant: their correction
// and their retraction of the first one's message change nothing (the occupant id, or the real
// JID in a private group, tells them apart).
void TestCorrections::sameNicknameIsNotTheSameOccupant()
{
    auto erin = m_accounts.person(QStringLiteral("erin"));
    QVERIFY(erin);
    const QString first = m_server.createAccount(QStringLiteral("nickbot1"), Password);
    const QString second = m_server.createAccount(QStringLiteral("nickbot2"), Password);
    const GroupResult created
        = await(erin->groups()->create(QStringLiteral("Nicks"), { first, second }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = erin->groups()->group(created.chatId).room;
    auto bot = startBot(first, room);
    QVERIFY(bot);
    QVERIFY(bot->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("I was here first") }, { "id", QStringLiteral("n-1") } })));
    const QString stanzaId
        = bot->waitFor(QStringLiteral("reflected")).value(QStringLiteral("stanza_id")).toString();
    QVERIFY2(!stanzaId.isEmpty(), qPrintable(bot->diagnostics()));
    const Message theirs = withBody(*erin, room, QStringLiteral("I was here first"));
    QVERIFY(theirs.id != 0);
    QVERIFY(!theirs.senderId.isEmpty());
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
    QTRY_VERIFY_WITH_TIMEOUT(erin->groups()->participants(created.chatId).isEmpty(), NetworkMs);

    auto impostor = startBot(second, room); // as "Bot" too
    QVERIFY(impostor);
    QVERIFY(impostor->send(command(
        { { "cmd", QStringLiteral("edit") }, { "body", QStringLiteral("I was here second") },
            { "id", QStringLiteral("n-2") }, { "replace", QStringLiteral("n-1") } })));
    QVERIFY(impostor->send(
        command({ { "cmd", QStringLiteral("delete-retract") }, { "id", stanzaId } })));
    QVERIFY(impostor->send(command({ { "cmd", QStringLiteral("say") },
        { "body", QStringLiteral("impostor's sentinel") }, { "id", QStringLiteral("n-3") } })));
    QVERIFY(withBody(*erin, room, QStringLiteral("impostor's sentinel")).id != 0);
    const Message still = await(erin->history()->messages().message(theirs.id));
    QCOMPARE(still.body, QStringLiteral("I was here first"));
    QVERIFY(!still.edited);
    QVERIFY(!still.retracted);
    QVERIFY2(impostor->finish(), qPrintable(impostor->diagnostics()));
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
