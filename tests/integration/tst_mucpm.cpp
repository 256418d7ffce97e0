// Private messages through a group's room, through the whole app against the real ejabberd: a
// chat of its own with the occupant (room/nick), labelled with the room, never a chat with the
// person's real JID, stored once on each side and still there after a restart; a nickname that
// looks like a contact's address stays an occupant's; a nickname that left makes sending fail
// in words; a private-message stanza from outside a room we are in is dropped; and a client that
// is not ours (the slixmpp bot, writing as Conversations does) is understood both ways.
#include "AccountSession.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MucSync.h"
#include "PrivatePeer.h"
#include "PythonBot.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("mucpm-Passw0rd");
constexpr int NetworkMs = 20000;

// Every stored message of account's with body, in whichever chat it landed.
QList<Message> messagesWith(AccountSession &account, const QString &body)
{
    QList<Message> found;
    for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
        for (const Message &m : await(account.history()->messages().newest(chat.id, 200))) {
            if (m.body == body)
                found.append(m);
        }
    }
    return found;
}

Chat chatWith(AccountSession &account, const QString &peer)
{
    for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
        if (chat.peer == peer)
            return chat;
    }
    return {};
}

// Waits until account has stored exactly one message with body; that message.
Message arrived(AccountSession &account, const QString &body)
{
    QList<Message> found;
    (void)QTest::qWaitFor(
        [&] {
            found = messagesWith(account, body);
            return !found.isEmpty();
        },
        NetworkMs);
    return found.size() == 1 ? found.first() : Message();
}

DeliveryState stateOf(AccountSession &account, qint64 messageId)
{
    return await(account.history()->messages().message(messageId)).deliveryState;
}

bool hasOccupant(AccountSession &account, const QString &room, const QString &nick)
{
    const QList<Occupant> occupants = account.muc()->occupants(room);
    return std::any_of(occupants.cbegin(), occupants.cend(),
        [&nick](const Occupant &o) { return o.nick == nick; });
}
} // namespace

class TestMucPm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void privateMessagesBothWays();
    void nickLikeAContactStaysAnOccupant();
    void privateStanzaFromOutsideARoomIsDropped();
    void botWritesPrivatelyAsConversationsDoes();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

// Bob writes to Alice privately through Family; Alice answers. Each side has one chat with the
// other's nickname in the room, each message once, and nothing in a chat with a real JID. After a
// restart Alice's chat is still a private one. Once Bob has left, Alice's next message fails in
// words.
void TestMucPm::privateMessagesBothWays()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const QString room = TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const QString aliceNick = alice->groups()->groupFor(room).nick;
    const QString bobNick = bob->groups()->groupFor(room).nick;
    QVERIFY(!aliceNick.isEmpty() && !bobNick.isEmpty() && aliceNick != bobNick);
    QTRY_VERIFY_WITH_TIMEOUT(hasOccupant(*bob, room, aliceNick), NetworkMs);

    // Bob: "Message Alice privately".
    const qint64 bobGroup = bob->groups()->groupFor(room).chatId;
    const QString toAlice = bob->groups()->openPrivateChat(bobGroup, aliceNick);
    QCOMPARE(toAlice, PrivatePeer::make(room, aliceNick));
    QVERIFY(await(bob->groups()->privateChat(bobGroup, aliceNick)) != 0);
    const QList<Message> sent = await(bob->messaging()->send(toAlice, QStringLiteral("psst")));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().peer, toAlice);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*bob, sent.first().id), DeliveryState::Sent, NetworkMs);

    const Message received = arrived(*alice, QStringLiteral("psst"));
    QVERIFY(received.id != 0);
    const QString fromBob = PrivatePeer::make(room, bobNick);
    QCOMPARE(received.peer, fromBob);
    QCOMPARE(received.direction, Direction::Incoming);
    const Chat aliceChat = chatWith(*alice, fromBob);
    QCOMPARE(aliceChat.id, received.chatId);
    QCOMPARE(aliceChat.kind, ChatKind::GroupPrivate);
    QCOMPARE(
        alice->groups()->privateChatTitle(fromBob), QStringLiteral("%1 (Family)").arg(bobNick));
    // Not a word of it in a chat with Bob's real address, nor in the group's timeline.
    QCOMPARE(chatWith(*alice, bob->jid()).lastBody, QString());
    QVERIFY(chatWith(*alice, room).lastBody != u"psst");

    // Alice answers in that chat: it reaches Bob's chat with her nickname.
    const QList<Message> answer
        = await(alice->messaging()->send(fromBob, QStringLiteral("what is it?")));
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer.first().chatId, aliceChat.id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, answer.first().id), DeliveryState::Sent, NetworkMs);
    const Message answered = arrived(*bob, QStringLiteral("what is it?"));
    QVERIFY(answered.id != 0);
    QCOMPARE(answered.peer, toAlice);
    QCOMPARE(answered.chatId, sent.first().chatId);
    // Reading it tells Alice nothing: no receipt, no marker, so it stays Sent.
    bob->messaging()->markDisplayed(answered.id);
    QTRY_VERIFY_WITH_TIMEOUT(
        await(bob->history()->messages().message(answered.id)).read, NetworkMs);

    // Once each: both of Bob's words and both of Alice's.
    QCOMPARE(messagesWith(*alice, QStringLiteral("psst")).size(), 1);
    QCOMPARE(messagesWith(*bob, QStringLiteral("psst")).size(), 1);
    QCOMPARE(messagesWith(*alice, QStringLiteral("what is it?")).size(), 1);
    QCOMPARE(messagesWith(*bob, QStringLiteral("what is it?")).size(), 1);
    QCOMPARE(stateOf(*alice, answer.first().id), DeliveryState::Sent);

    // Bob leaves Family: the chat stays, and Alice's next message says why it cannot go.
    bob->groups()->leave(bobGroup);
    QTRY_VERIFY_WITH_TIMEOUT(!hasOccupant(*alice, room, bobNick), NetworkMs);
    const QList<Message> late = await(alice->messaging()->send(fromBob, QStringLiteral("Bob?")));
    QCOMPARE(late.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, late.first().id), DeliveryState::Failed, NetworkMs);
    QCOMPARE(await(alice->history()->messages().message(late.first().id)).errorText,
        QStringLiteral("%1 is no longer in Family.").arg(bobNick));
    QCOMPARE(chatWith(*alice, fromBob).id, aliceChat.id);

    // After a restart: the same private chat, with the same messages, once.
    const QString aliceJid = alice->jid();
    alice.reset();
    auto again = m_accounts.open(QStringLiteral("alice"), aliceJid);
    QVERIFY(again);
    QTRY_VERIFY(again->accountId() != 0);
    const Chat reopened = chatWith(*again, fromBob);
    QCOMPARE(reopened.id, aliceChat.id);
    QCOMPARE(reopened.kind, ChatKind::GroupPrivate);
    QCOMPARE(messagesWith(*again, QStringLiteral("psst")).size(), 1);
    QCOMPARE(messagesWith(*again, QStringLiteral("what is it?")).size(), 1);
}

// Carol joins as "<Bob's address>", Bob being Alice's contact, and writes to Alice privately:
// the chat is the room's occupant's, titled with the nickname and the room, and Bob's own chat
// with Alice stays empty.
void TestMucPm::nickLikeAContactStaysAnOccupant()
{
    auto alice = signIn(QStringLiteral("dora"));
    auto bob = signIn(QStringLiteral("eric"));
    auto carol = signIn(QStringLiteral("fay"));
    QVERIFY(alice && bob && carol);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    QVERIFY(TestAccounts::befriend(*alice, *carol));
    const GroupResult created
        = await(alice->groups()->create(QStringLiteral("Family"), { carol->jid() }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = alice->groups()->group(created.chatId).room;
    // Her invitation comes once she is a member: only then does the room let her in.
    QTRY_VERIFY_WITH_TIMEOUT(!carol->groups()->invitations().isEmpty(), NetworkMs);
    const GroupResult joined = await(carol->groups()->join(room, bob->jid()));
    QVERIFY2(joined.chatId != 0, qPrintable(joined.error));
    QVERIFY(TestAccounts::isGroupReady(*carol, room));
    const QString aliceNick = alice->groups()->groupFor(room).nick;
    QTRY_VERIFY_WITH_TIMEOUT(hasOccupant(*carol, room, aliceNick), NetworkMs);

    const QString toAlice = carol->groups()->openPrivateChat(joined.chatId, aliceNick);
    QVERIFY(!toAlice.isEmpty());
    QVERIFY(!await(carol->messaging()->send(toAlice, QStringLiteral("it's me, Bob"))).isEmpty());
    const Message received = arrived(*alice, QStringLiteral("it's me, Bob"));
    QVERIFY(received.id != 0);
    const QString peer = PrivatePeer::make(room, bob->jid());
    QCOMPARE(received.peer, peer);
    QCOMPARE(chatWith(*alice, peer).kind, ChatKind::GroupPrivate);
    QCOMPARE(
        alice->groups()->privateChatTitle(peer), QStringLiteral("%1 (Family)").arg(bob->jid()));
    QCOMPARE(chatWith(*alice, bob->jid()).lastBody, QString());
}

// Mallory, no room, sends Alice a stanza marked as a private message through a room (as a
// carbon of one would be): dropped, no chat; his plain message after it arrives as usual.
void TestMucPm::privateStanzaFromOutsideARoomIsDropped()
{
    auto alice = signIn(QStringLiteral("gus"));
    QVERIFY(alice);
    Test::TestGroups groups(m_server, Password);
    auto mallory = groups.signIn(QStringLiteral("mallory"));
    QVERIFY(mallory);
    QVERIFY(Test::sendRawStanza(*mallory->session,
        QStringLiteral("<message type='chat' to='%1' id='spoof-1'><body>spoofed</body>"
                       "<x xmlns='http://jabber.org/protocol/muc#user'/>"
                       "<request xmlns='urn:xmpp:receipts'/></message>")
            .arg(alice->jid())));
    QVERIFY(Test::sendRawStanza(*mallory->session,
        QStringLiteral("<message type='chat' to='%1' id='fence-1'><body>fence</body></message>")
            .arg(alice->jid())));
    QVERIFY(arrived(*alice, QStringLiteral("fence")).id != 0);
    QVERIFY(messagesWith(*alice, QStringLiteral("spoofed")).isEmpty());
    for (const Chat &chat : await(alice->history()->chats().chats(alice->accountId())))
        QVERIFY(chat.kind != ChatKind::GroupPrivate);
}

// The bot, a member of Bots, writes to Alice privately as Conversations does (muc#user <x/>,
// a receipt request, markable); Alice's chat is "Bot (Bots)". Her answer reaches the bot as a
// private message marked for the room, asking for nothing, and no receipt or marker precedes it.
void TestMucPm::botWritesPrivatelyAsConversationsDoes()
{
    auto alice = signIn(QStringLiteral("jack"));
    QVERIFY(alice);
    const QString botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    const GroupResult created = await(alice->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = alice->groups()->group(created.chatId).room;
    const QString aliceNick = alice->groups()->groupFor(room).nick;

    Test::PythonBot bot(QStringLiteral("muc_bot.py"),
        Test::mucBotArguments(
            m_server, m_dir.path(), botJid, Password, room, QStringLiteral("Bot")));
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    QTRY_VERIFY_WITH_TIMEOUT(hasOccupant(*alice, room, QStringLiteral("Bot")), NetworkMs);

    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("private") },
        { QStringLiteral("nick"), aliceNick }, { QStringLiteral("body"), QStringLiteral("psst") },
        { QStringLiteral("id"), QStringLiteral("bot-pm-1") } }));
    const Message received = arrived(*alice, QStringLiteral("psst"));
    QVERIFY(received.id != 0);
    const QString peer = PrivatePeer::make(room, QStringLiteral("Bot"));
    QCOMPARE(received.peer, peer);
    QCOMPARE(chatWith(*alice, peer).kind, ChatKind::GroupPrivate);
    QCOMPARE(alice->groups()->privateChatTitle(peer), QStringLiteral("Bot (Bots)"));
    QVERIFY(chatWith(*alice, botJid).id == 0);

    alice->messaging()->markDisplayed(received.id);
    QVERIFY(!await(alice->messaging()->send(peer, QStringLiteral("hello Bot"))).isEmpty());
    const QJsonObject reply = bot.waitFor(QStringLiteral("private"));
    QCOMPARE(reply.value(QStringLiteral("body")).toString(), QStringLiteral("hello Bot"));
    QCOMPARE(reply.value(QStringLiteral("from_nick")).toString(), aliceNick);
    QVERIFY(reply.value(QStringLiteral("muc_user")).toBool());
    QVERIFY(!reply.value(QStringLiteral("receipt_requested")).toBool());
    QVERIFY(!reply.value(QStringLiteral("markable")).toBool());
    for (const QJsonObject &event : bot.pending())
        QVERIFY2(event.value(QStringLiteral("event")).toString() != u"private_signal",
            "a receipt or marker");
    QVERIFY2(bot.finish(), qPrintable(bot.diagnostics()));
}

QTEST_GUILESS_MAIN(TestMucPm)
#include "tst_mucpm.moc"
