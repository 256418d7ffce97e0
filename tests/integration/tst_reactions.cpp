// Reactions (XEP-0444) through the whole app against the real ejabberd: Natter to Natter one to
// one and in a group (add, replace, take back), with the slixmpp bot both ways, forged sets that
// change nothing, a flood that is bounded, a set caught up before its message, a set made
// offline that goes out once, and reactions that survive a restart.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "RawStanza.h"
#include "Reactions.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;

namespace {
const QString Password = QStringLiteral("reactions-Passw0rd");
constexpr int NetworkMs = 20000;
const QString ThumbsUp = QStringLiteral("👍");
const QString Heart = QStringLiteral("❤️");
const QString Laugh = QStringLiteral("😂");
const QString Pray = QStringLiteral("🙏");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

qint64 chatWith(AccountSession &account, const QString &peer)
{
    return await(account.history()->chats().ensureChat(account.accountId(), peer));
}

// The message with body in account's chat with peer (a person or a room); id 0 when none.
Message stored(AccountSession &account, const QString &peer, const QString &body)
{
    const qint64 chatId = chatWith(account, peer);
    for (const Message &m : await(account.history()->messages().newest(chatId, 200))) {
        if (m.body == body)
            return m;
    }
    return {};
}

// A message's reactions as "emoji:count[*]" in order, * marking ours: easy to compare.
QStringList reactionsOn(AccountSession &account, qint64 messageId)
{
    QStringList out;
    for (const ReactionCount &c :
        await(account.reactions()->counts({ messageId })).value(messageId))
        out.append(QStringLiteral("%1:%2%3")
                       .arg(c.emoji)
                       .arg(c.reactors.size())
                       .arg(c.ours ? QStringLiteral("*") : QString()));
    // A set has no order of its own (XEP-0444): compare sorted.
    return sorted(out);
}

// Signs the account out of the server and lets what was in flight settle while its history is
// still open: destroying an AccountSession with an archive query in flight crashes in
// ArchiveService (a teardown-order bug outside reactions, reported to the lead).
bool settled(AccountSession &account)
{
    account.session()->disconnectFromServer();
    const bool offline = QTest::qWaitFor(
        [&] { return account.session()->state() == ConnectionState::Offline; }, NetworkMs);
    QTest::qWait(200);
    return offline;
}

QJsonArray jsonList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

class TestReactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void oneToOneAddReplaceRemove();
    void groupAddReplaceRemove();
    void botReactsAndHearsOurs();
    void forgedSetsChangeNothing();
    void caughtUpBeforeItsMessage();
    void offlineSetGoesOutOnce();
    void restartKeepsReactions();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }
    std::unique_ptr<Test::PythonBot> startBot(const QString &jid, const QString &room);

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

std::unique_ptr<Test::PythonBot> TestReactions::startBot(const QString &jid, const QString &room)
{
    const QString caFile = m_dir.filePath(QStringLiteral("server.pem"));
    QFile ca(caFile);
    if (!ca.open(QIODevice::WriteOnly) || ca.write(m_server.certificate().toPem()) <= 0)
        return nullptr;
    ca.close();
    return std::make_unique<Test::PythonBot>(QStringLiteral("muc_bot.py"),
        QStringList { QStringLiteral("--jid"), jid, QStringLiteral("--password"), Password,
            QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
            QString::number(m_server.c2sPort()), QStringLiteral("--room"), room,
            QStringLiteral("--nick"), QStringLiteral("Bot"), QStringLiteral("--cafile"), caFile });
}

// Bob reacts to Alice's message, changes his mind twice, then takes it all back: Alice sees each
// whole set, Bob sees his own as ours; neither stores a reaction as a message.
void TestReactions::oneToOneAddReplaceRemove()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
    const QString body = QStringLiteral("Dinner at eight?");
    QVERIFY(!await(alice->messaging()->send(bob->jid(), body)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stored(*bob, alice->jid(), body).id != 0, NetworkMs);
    const Message atBob = stored(*bob, alice->jid(), body);
    const Message atAlice = stored(*alice, bob->jid(), body);

    bob->reactions()->toggle(atBob.id, ThumbsUp);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { ThumbsUp + u":1" }, NetworkMs);
    QCOMPARE(reactionsOn(*bob, atBob.id), QStringList { ThumbsUp + u":1*" });
    bob->reactions()->toggle(atBob.id, Heart);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), sorted({ ThumbsUp + u":1", Heart + u":1" }), NetworkMs);
    bob->reactions()->toggle(atBob.id, ThumbsUp);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { Heart + u":1" }, NetworkMs);
    // Alice answers with the same emoji: one chip, two people, hers marked ours on her side.
    alice->reactions()->toggle(atAlice.id, Heart);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*bob, atBob.id), QStringList { Heart + u":2*" }, NetworkMs);
    bob->reactions()->toggle(atBob.id, Heart);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { Heart + u":1*" }, NetworkMs);

    // No reaction became a message of its own on either side.
    QCOMPARE(
        await(alice->history()->messages().newest(chatWith(*alice, bob->jid()), 50)).size(), 1);
    QCOMPARE(await(bob->history()->messages().newest(chatWith(*bob, alice->jid()), 50)).size(), 1);
}

// In a group: Bob's set reaches Alice under his nickname, and his own reflection is his (one
// reactor, ours), not a second person.
void TestReactions::groupAddReplaceRemove()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const QString room = Test::TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const QString body = QStringLiteral("Who brings the cake?");
    QVERIFY(!await(alice->messaging()->send(room, body)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stored(*bob, room, body).id != 0, NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(!stored(*alice, room, body).stanzaId.isEmpty(), NetworkMs);
    const Message atBob = stored(*bob, room, body);
    const Message atAlice = stored(*alice, room, body);

    bob->reactions()->toggle(atBob.id, Laugh);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { Laugh + u":1" }, NetworkMs);
    const auto counts = await(alice->reactions()->counts({ atAlice.id })).value(atAlice.id);
    QCOMPARE(counts.first().names, QStringList { bob->groups()->groupFor(room).nick });
    bob->reactions()->toggle(atBob.id, Pray);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), sorted({ Laugh + u":1", Pray + u":1" }), NetworkMs);
    // Bob's own reflection settles as his: still one reactor, ours.
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*bob, atBob.id), sorted({ Laugh + u":1*", Pray + u":1*" }), NetworkMs);
    bob->reactions()->toggle(atBob.id, Laugh);
    bob->reactions()->toggle(atBob.id, Pray);
    QTRY_VERIFY_WITH_TIMEOUT(reactionsOn(*alice, atAlice.id).isEmpty(), NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(reactionsOn(*bob, atBob.id).isEmpty(), NetworkMs);
}

// Against an implementation that is not ours: the bot's sets (a replacement too) one to one and
// in a group arrive; ours arrive at the bot as the whole set, naming the room's stanza-id.
void TestReactions::botReactsAndHearsOurs()
{
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(carol);
    const QString botJid = m_server.createAccount(QStringLiteral("reactbot"), Password);
    const GroupResult created = await(carol->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const Group group = carol->groups()->group(created.chatId);
    auto bot = startBot(botJid, group.room);
    QVERIFY(bot);
    QVERIFY2(!bot->waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot->diagnostics()));
    QTRY_COMPARE_WITH_TIMEOUT(carol->groups()->participants(created.chatId).size(), 1, NetworkMs);

    // Group: the bot says something; Carol reacts; the bot reacts, then replaces its set.
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("say") },
        { QStringLiteral("body"), QStringLiteral("Bot here") },
        { QStringLiteral("id"), QStringLiteral("bot-1") } }));
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(*carol, group.room, QStringLiteral("Bot here")).id != 0, NetworkMs);
    const Message said = stored(*carol, group.room, QStringLiteral("Bot here"));
    QVERIFY(!said.stanzaId.isEmpty());
    carol->reactions()->toggle(said.id, ThumbsUp);
    const QJsonObject heard = bot->waitFor(QStringLiteral("reaction"));
    QVERIFY2(!heard.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(heard.value(QStringLiteral("id")).toString(), said.stanzaId);
    QCOMPARE(heard.value(QStringLiteral("emojis")).toArray(), jsonList({ ThumbsUp }));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react") },
        { QStringLiteral("id"), said.stanzaId },
        { QStringLiteral("emojis"), jsonList({ ThumbsUp, Laugh }) } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*carol, said.id), sorted({ ThumbsUp + u":2*", Laugh + u":1" }), NetworkMs);
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react") },
        { QStringLiteral("id"), said.stanzaId },
        { QStringLiteral("emojis"), jsonList({ Pray }) } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*carol, said.id), sorted({ ThumbsUp + u":1*", Pray + u":1" }), NetworkMs);

    // One to one: Carol writes to the bot, the bot reacts to her message by its id.
    QVERIFY(!await(carol->messaging()->send(botJid, QStringLiteral("Hello bot"))).isEmpty());
    const QJsonObject chat = bot->waitFor(QStringLiteral("chat"));
    QVERIFY2(!chat.isEmpty(), qPrintable(bot->diagnostics()));
    const Message mine = stored(*carol, botJid, QStringLiteral("Hello bot"));
    QCOMPARE(chat.value(QStringLiteral("id")).toString(), mine.originId);
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react_chat") },
        { QStringLiteral("to"), carol->jid() }, { QStringLiteral("id"), mine.originId },
        { QStringLiteral("emojis"), jsonList({ Heart, ThumbsUp }) } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*carol, mine.id), sorted({ Heart + u":1", ThumbsUp + u":1" }), NetworkMs);
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react_chat") },
        { QStringLiteral("to"), carol->jid() }, { QStringLiteral("id"), mine.originId },
        { QStringLiteral("emojis"), jsonList({ Laugh }) } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*carol, mine.id), QStringList { Laugh + u":1" }, NetworkMs);
    // And Carol's to the bot's... her own message, one to one: the whole set, by its id.
    carol->reactions()->toggle(mine.id, Pray);
    const QJsonObject back = bot->waitFor(QStringLiteral("chat_reaction"));
    QVERIFY2(!back.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(back.value(QStringLiteral("id")).toString(), mine.originId);
    QCOMPARE(back.value(QStringLiteral("emojis")).toArray(), jsonList({ Pray }));

    // Forged by a member: a set naming a message of another chat (Carol's one-to-one message)
    // changes nothing there; a 200-emoji flood is cut to the bound.
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react") },
        { QStringLiteral("id"), mine.originId },
        { QStringLiteral("emojis"), jsonList({ Pray }) } }));
    QStringList flood;
    for (char32_t c = 0x1F600; c < 0x1F600 + 200; ++c)
        flood.append(QString::fromUcs4(&c, 1));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("react") },
        { QStringLiteral("id"), said.stanzaId }, { QStringLiteral("emojis"), jsonList(flood) } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*carol, said.id).size(), ReactionSet::MaxEmojis + 1, NetworkMs);
    QCOMPARE(reactionsOn(*carol, mine.id), sorted({ Laugh + u":1", Pray + u":1*" }));
    // The bot is stopped by its destructor: after this run its quit does not end in time (not
    // understood yet; the assertions above are what this test is about).
}

// A stranger (no chat, not in the roster) naming one of our messages by its id, and a contact
// naming a message of another chat: nothing changes.
void TestReactions::forgedSetsChangeNothing()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto dave = signIn(QStringLiteral("dave"));
    auto erin = signIn(QStringLiteral("erin"));
    QVERIFY(alice && dave && erin);
    QVERIFY(Test::TestAccounts::befriend(*alice, *dave));
    const QString body = QStringLiteral("For Dave only");
    QVERIFY(!await(alice->messaging()->send(dave->jid(), body)).isEmpty());
    const Message atAlice = stored(*alice, dave->jid(), body);
    QSignalSpy changed(alice->reactions(), &Reactions::reactionsChanged);
    const QString forged = QStringLiteral(
        "<message to='%1' type='chat' id='f1'><reactions xmlns='urn:xmpp:reactions:0' id='%2'>"
        "<reaction>%3</reaction></reactions><store xmlns='urn:xmpp:hints'/></message>")
                               .arg(alice->jid(), atAlice.originId, ThumbsUp);
    QVERIFY(Test::sendRawStanza(*erin->session(), forged));
    // Then a real one, so that waiting proves the forged one was handled before it.
    QTRY_VERIFY_WITH_TIMEOUT(stored(*dave, alice->jid(), body).id != 0, NetworkMs);
    const QString other = QStringLiteral("Not in this chat");
    QVERIFY(!await(dave->messaging()->send(alice->jid(), other)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stored(*alice, dave->jid(), other).id != 0, NetworkMs);
    dave->reactions()->toggle(stored(*dave, alice->jid(), body).id, Heart);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { Heart + u":1" }, NetworkMs);
    QCOMPARE(changed.size(), 1);
    // No chat was made for the stranger.
    bool strangerChat = false;
    for (const Chat &chat : await(alice->history()->chats().chats(alice->accountId())))
        strangerChat = strangerChat || chat.peer == erin->jid();
    QVERIFY(!strangerChat);
}

// Bob is away while Alice writes and reacts: catching up, the set (read before its message is
// stored) applies once the message arrives.
void TestReactions::caughtUpBeforeItsMessage()
{
    auto alice = signIn(QStringLiteral("alice"));
    QString bobJid;
    {
        auto bob = signIn(QStringLiteral("frank"));
        QVERIFY(bob);
        bobJid = bob->jid();
        QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
    }
    const QString body = QStringLiteral("While you were out");
    QVERIFY(!await(alice->messaging()->send(bobJid, body)).isEmpty());
    const Message atAlice = stored(*alice, bobJid, body);
    alice->reactions()->toggle(atAlice.id, Pray);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { Pray + u":1*" }, NetworkMs);
    // Wait until the server has taken it: nothing left to send.
    QTRY_COMPARE_WITH_TIMEOUT(await(alice->reactions()->queued()), 0, NetworkMs);

    auto bob = signIn(QStringLiteral("frank"));
    QVERIFY(bob);
    QTRY_VERIFY_WITH_TIMEOUT(stored(*bob, alice->jid(), body).id != 0, NetworkMs);
    const Message atBob = stored(*bob, alice->jid(), body);
    QTRY_COMPARE_WITH_TIMEOUT(reactionsOn(*bob, atBob.id), QStringList { Pray + u":1" }, NetworkMs);
}

// A set made while offline waits, shows at once as ours, and goes out once on reconnection.
void TestReactions::offlineSetGoesOutOnce()
{
    auto alice = signIn(QStringLiteral("gina"));
    auto bob = signIn(QStringLiteral("hank"));
    QVERIFY(alice && bob);
    QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
    const QString body = QStringLiteral("React when you can");
    QVERIFY(!await(alice->messaging()->send(bob->jid(), body)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stored(*bob, alice->jid(), body).id != 0, NetworkMs);
    const Message atBob = stored(*bob, alice->jid(), body);
    const Message atAlice = stored(*alice, bob->jid(), body);

    bob->session()->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(bob->session()->state(), ConnectionState::Offline, NetworkMs);
    bob->reactions()->toggle(atBob.id, ThumbsUp);
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*bob, atBob.id), QStringList { ThumbsUp + u":1*" }, NetworkMs);
    QCOMPARE(await(bob->reactions()->queued()), 1);
    QSignalSpy changed(alice->reactions(), &Reactions::reactionsChanged);
    // Each reconnection's archive catch-up is waited for: a session torn down while one is in
    // flight crashes in ArchiveService (a teardown order problem outside this feature).
    QSignalSpy caughtUp(bob->archive(), &ArchiveService::catchUpFinished);
    bob->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(
        reactionsOn(*alice, atAlice.id), QStringList { ThumbsUp + u":1" }, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(await(bob->reactions()->queued()), 0, NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp.size() >= 1, NetworkMs);
    // Once: the set went out a single time.
    QCOMPARE(changed.size(), 1);
    QVERIFY(settled(*alice) && settled(*bob));
}

// Reactions are history: a new session on the same profile shows them.
void TestReactions::restartKeepsReactions()
{
    qint64 messageId = 0;
    {
        auto alice = signIn(QStringLiteral("alice"));
        QVERIFY(alice);
        const Message m = stored(
            *alice, m_accounts.jidOf(QStringLiteral("bob")), QStringLiteral("Dinner at eight?"));
        QVERIFY(m.id != 0);
        messageId = m.id;
        QCOMPARE(reactionsOn(*alice, messageId), QStringList { Heart + u":1*" });
        QVERIFY(settled(*alice));
    }
    auto alice = signIn(QStringLiteral("alice"));
    QVERIFY(alice);
    QCOMPARE(reactionsOn(*alice, messageId), QStringList { Heart + u":1*" });
    QVERIFY(settled(*alice));
}

QTEST_GUILESS_MAIN(TestReactions)
#include "tst_reactions.moc"
