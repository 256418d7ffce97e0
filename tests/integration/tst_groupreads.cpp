// "Read by" and typing in private groups through the whole app, against the real ejabberd: a
// message of ours turns Read only once every other member has read it, and its "Message info"
// follows who has; a member with read receipts off sends no marker; a marker naming another
// group's message, or from someone who is no member, changes nothing; and a client that is not
// ours (the slixmpp bot, which marks and types as Conversations does) is understood both ways.
#include "AccountSession.h"
#include "ChatStateService.h"
#include "GroupReceipts.h"
#include "GroupService.h"
#include "GroupStore.h"
#include "GroupTyping.h"
#include "HistoryService.h"
#include "MessageInfoModel.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MucSync.h"
#include "PythonBot.h"
#include "SentTo.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QDomElement>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppMucIq.h>
#include <QXmppTask.h>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("reads-Passw0rd");
constexpr int NetworkMs = 20000;

// account's copy of the group message with body, once it is stored; empty until then.
Message groupMessage(AccountSession &account, const QString &room, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            const qint64 chatId = account.groups()->groupFor(room).chatId;
            for (const Message &m : await(account.history()->messages().newest(chatId, 100))) {
                if (m.body == body && !m.stanzaId.isEmpty())
                    found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

// account sends body to room; its own copy once the room has reflected it (Sent).
Message sendToGroup(AccountSession &account, const QString &room, const QString &body)
{
    if (await(account.messaging()->send(room, body)).isEmpty())
        return {};
    return groupMessage(account, room, body);
}

DeliveryState stateOf(AccountSession &account, qint64 messageId)
{
    return await(account.history()->messages().message(messageId)).deliveryState;
}

QStringList readerJids(AccountSession &account, qint64 messageId)
{
    QStringList jids;
    for (const GroupReader &reader : await(account.groupReceipts()->readers(messageId)))
        jids.append(reader.jid);
    jids.sort();
    return jids;
}

// The owner lets anyone in (members-only off), so that someone who is no member can speak.
bool openToAnyone(AccountSession &owner, const QString &room)
{
    QXmppMucOwnerIq get;
    get.setType(QXmppIq::Get);
    get.setTo(room);
    const auto form = await(owner.session()->client()->sendIq(std::move(get)).toFuture(&owner));
    const auto *element = std::get_if<QDomElement>(&form);
    if (!element)
        return false;
    QXmppMucOwnerIq answer;
    answer.parse(*element);
    QXmppDataForm config = answer.form();
    QList<QXmppDataForm::Field> fields = config.fields();
    for (QXmppDataForm::Field &field : fields) {
        if (field.key() == u"muc#roomconfig_membersonly")
            field.setValue(false);
    }
    config.setFields(fields);
    config.setType(QXmppDataForm::Submit);
    QXmppMucOwnerIq set;
    set.setType(QXmppIq::Set);
    set.setTo(room);
    set.setForm(config);
    const auto done = await(owner.session()->client()->sendIq(std::move(set)).toFuture(&owner));
    return std::holds_alternative<QDomElement>(done);
}
} // namespace

class TestGroupReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void readByEveryOtherMemberTurnsRead();
    void readReceiptsOffSendsNoMarker();
    void forgedMarkersChangeNothing();
    void botReadsAndTypes();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

// Alice writes to Bob and Carol. Bob reads: one reader, still not Read. Carol reads: Read, read
// by both. Bob typing shows at Alice's while he types.
void TestGroupReads::readByEveryOtherMemberTurnsRead()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    const QString room = TestAccounts::createGroup(*alice, { bob.get(), carol.get() });
    QVERIFY(!room.isEmpty());
    const qint64 chatId = alice->groups()->groupFor(room).chatId;
    QTRY_COMPARE_WITH_TIMEOUT(alice->groupReceipts()->memberCount(chatId), 2, NetworkMs);
    Test::SentTo bobSent(*bob, room);

    const Message mine = sendToGroup(*alice, room, QStringLiteral("read me"));
    QVERIFY(mine.id != 0);
    QCOMPARE(mine.deliveryState, DeliveryState::Sent);
    const Message bobCopy = groupMessage(*bob, room, QStringLiteral("read me"));
    const Message carolCopy = groupMessage(*carol, room, QStringLiteral("read me"));
    QVERIFY(bobCopy.id != 0 && carolCopy.id != 0);

    // Alice's "Message info", open while they read: nobody yet, then Bob, then both.
    MessageInfoModel info;
    info.setSession(alice.get());
    info.setMessageId(mine.id);
    QTRY_COMPARE_WITH_TIMEOUT(info.readByText(), QStringLiteral("Read by 0 of 2"), NetworkMs);
    QCOMPARE(info.rowCount(), 2);

    bob->messaging()->markDisplayed(bobCopy.id);
    QTRY_COMPARE_WITH_TIMEOUT(readerJids(*alice, mine.id), QStringList { bob->jid() }, NetworkMs);
    QCOMPARE(stateOf(*alice, mine.id), DeliveryState::Sent);
    QTRY_COMPARE_WITH_TIMEOUT(info.readByText(), QStringLiteral("Read by 1 of 2"), NetworkMs);
    QCOMPARE(info.index(0).data(MessageInfoModel::JidRole).toString(), bob->jid());
    QCOMPARE(info.index(0).data(MessageInfoModel::NameRole).toString(),
        bob->groups()->groupFor(room).nick);
    QVERIFY(info.index(0).data(MessageInfoModel::ReadRole).toBool());
    QCOMPARE(info.index(1).data(MessageInfoModel::JidRole).toString(), carol->jid());
    QVERIFY(!info.index(1).data(MessageInfoModel::ReadRole).toBool());
    QCOMPARE(info.index(1).data(MessageInfoModel::HeadingRole).toString(),
        QStringLiteral("Not read yet"));
    // One marker, naming the room's stanza-id (as Conversations does), not our own ids.
    QCOMPARE(bobSent.count(QStringLiteral("<displayed")), 1);
    QCOMPARE(bobSent.count(QStringLiteral("id=\"%1\"").arg(bobCopy.stanzaId)), 1);
    const QList<GroupReader> first = await(alice->groupReceipts()->readers(mine.id));
    QCOMPARE(first.first().nick, bob->groups()->groupFor(room).nick);
    QVERIFY(first.first().readAt > 0);

    carol->messaging()->markDisplayed(carolCopy.id);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, mine.id), DeliveryState::Read, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(info.readByText(), QStringLiteral("Read by 2 of 2"), NetworkMs);
    QCOMPARE(info.rowCount(), 2);
    QVERIFY(info.index(1).data(MessageInfoModel::ReadRole).toBool());
    QStringList both { bob->jid(), carol->jid() };
    both.sort();
    QCOMPARE(readerJids(*alice, mine.id), both);

    // Typing: Bob's composing shows at Alice's by his nickname, and goes when he stops.
    const QString bobNick = bob->groups()->groupFor(room).nick;
    bob->chatStates()->userTyped(room);
    QTRY_COMPARE_WITH_TIMEOUT(
        alice->groupTyping()->typing(room), QStringList { bobNick }, NetworkMs);
    QCOMPARE(alice->groupTyping()->typingIn(chatId), QStringList { bobNick });
    bob->chatStates()->userStoppedTyping(room);
    QTRY_VERIFY_WITH_TIMEOUT(alice->groupTyping()->typing(room).isEmpty(), NetworkMs);
}

// Bob has read receipts off: he reads, and no marker leaves his client; only Carol is a reader.
void TestGroupReads::readReceiptsOffSendsNoMarker()
{
    auto alice = signIn(QStringLiteral("dora"));
    auto bob = signIn(QStringLiteral("eric"));
    auto carol = signIn(QStringLiteral("fay"));
    QVERIFY(alice && bob && carol);
    const QString room = TestAccounts::createGroup(*alice, { bob.get(), carol.get() });
    QVERIFY(!room.isEmpty());
    bob->setReadReceipts(false);
    Test::SentTo bobSent(*bob, room);

    const Message mine = sendToGroup(*alice, room, QStringLiteral("private reading"));
    QVERIFY(mine.id != 0);
    const Message bobCopy = groupMessage(*bob, room, QStringLiteral("private reading"));
    const Message carolCopy = groupMessage(*carol, room, QStringLiteral("private reading"));
    QVERIFY(bobCopy.id != 0 && carolCopy.id != 0);
    bob->messaging()->markDisplayed(bobCopy.id);
    QTRY_VERIFY_WITH_TIMEOUT(await(bob->history()->messages().message(bobCopy.id)).read, NetworkMs);
    carol->messaging()->markDisplayed(carolCopy.id);
    QTRY_COMPARE_WITH_TIMEOUT(readerJids(*alice, mine.id), QStringList { carol->jid() }, NetworkMs);
    // A marker Bob's client had put out would be on the wire before this message of his is.
    QVERIFY(sendToGroup(*bob, room, QStringLiteral("fence")).id != 0);
    QVERIFY(groupMessage(*alice, room, QStringLiteral("fence")).id != 0);
    QCOMPARE(bobSent.count(QStringLiteral("<displayed")), 0);
    QCOMPARE(readerJids(*alice, mine.id), QStringList { carol->jid() });
    QCOMPARE(stateOf(*alice, mine.id), DeliveryState::Sent);
}

// Bob, a member of one group, marks the stanza-id of a message in another group; Dave, no
// member, gets into the group while it is open for a moment and marks Alice's message there.
// Neither counts; Bob's honest marker does.
void TestGroupReads::forgedMarkersChangeNothing()
{
    auto alice = signIn(QStringLiteral("gus"));
    auto bob = signIn(QStringLiteral("hana"));
    auto carol = signIn(QStringLiteral("ivan"));
    QVERIFY(alice && bob && carol);
    const QString room = TestAccounts::createGroup(*alice, { bob.get(), carol.get() });
    const QString other
        = TestAccounts::createGroup(*alice, { carol.get() }, QStringLiteral("Other"));
    QVERIFY(!room.isEmpty() && !other.isEmpty());
    const qint64 otherChat = alice->groups()->groupFor(other).chatId;
    QTRY_COMPARE_WITH_TIMEOUT(alice->groupReceipts()->memberCount(otherChat), 1, NetworkMs);

    const Message elsewhere = sendToGroup(*alice, other, QStringLiteral("not for Bob"));
    const Message mine = sendToGroup(*alice, room, QStringLiteral("for all three"));
    QVERIFY(elsewhere.id != 0 && mine.id != 0);
    const Message bobCopy = groupMessage(*bob, room, QStringLiteral("for all three"));
    QVERIFY(bobCopy.id != 0);

    // Another group's id, through this group: the room passes it on as Bob's marker.
    QVERIFY(bob->muc()->sendDisplayed(room, elsewhere.stanzaId));
    QVERIFY(bob->muc()->sendDisplayed(room, bobCopy.stanzaId));
    QTRY_COMPARE_WITH_TIMEOUT(readerJids(*alice, mine.id), QStringList { bob->jid() }, NetworkMs);
    QVERIFY(readerJids(*alice, elsewhere.id).isEmpty());
    QVERIFY(await(alice->history()->groups().readers(elsewhere.id)).isEmpty());
    QCOMPARE(stateOf(*alice, elsewhere.id), DeliveryState::Sent);

    // Dave is no member: his marker, then his message, which Alice stores after the marker.
    QVERIFY(openToAnyone(*alice, room));
    Test::TestGroups groups(m_server, Password);
    auto dave = groups.signIn(QStringLiteral("dave"));
    QVERIFY(dave);
    QCOMPARE(
        Test::TestGroups::join(*dave, room, QStringLiteral("Dave")).failure, JoinFailure::None);
    QVERIFY(dave->muc->sendDisplayed(room, mine.stanzaId));
    Message fence;
    fence.body = QStringLiteral("Dave was here");
    fence.originId = QStringLiteral("dave-fence");
    QVERIFY(dave->muc->send(room, fence, true));
    QVERIFY(groupMessage(*alice, room, fence.body).id != 0);
    QCOMPARE(readerJids(*alice, mine.id), QStringList { bob->jid() });
    // Not even kept aside: what is stored is Bob's read alone.
    const QList<GroupReader> stored = await(alice->history()->groups().readers(mine.id));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().jid, bob->jid());
    QCOMPARE(stateOf(*alice, mine.id), DeliveryState::Sent);
}

// The slixmpp bot, a member: its marker for Alice's message makes it a reader (and, the only
// other member, Read); its composing shows; Alice's marker reaches it naming the room's id.
void TestGroupReads::botReadsAndTypes()
{
    auto alice = signIn(QStringLiteral("jack"));
    QVERIFY(alice);
    const QString botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    const GroupResult created = await(alice->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = alice->groups()->group(created.chatId).room;
    // A member before it knocks: the room is members-only.
    QTRY_COMPARE_WITH_TIMEOUT(alice->groupReceipts()->memberCount(created.chatId), 1, NetworkMs);

    Test::PythonBot bot(QStringLiteral("muc_bot.py"),
        Test::mucBotArguments(
            m_server, m_dir.path(), botJid, Password, room, QStringLiteral("Bot")));
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));

    const Message mine = sendToGroup(*alice, room, QStringLiteral("hello bot"));
    QVERIFY(mine.id != 0);
    const QJsonObject heard = bot.waitFor(QStringLiteral("message"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")).toString() == u"hello bot";
    });
    QCOMPARE(heard.value(QStringLiteral("stanza_id")).toString(), mine.stanzaId);
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("displayed") },
        { QStringLiteral("id"), mine.stanzaId } }));
    QTRY_COMPARE_WITH_TIMEOUT(readerJids(*alice, mine.id), QStringList { botJid }, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*alice, mine.id), DeliveryState::Read, NetworkMs);
    QCOMPARE(await(alice->groupReceipts()->readers(mine.id)).first().nick, QStringLiteral("Bot"));

    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("composing") } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        alice->groupTyping()->typing(room), QStringList { QStringLiteral("Bot") }, NetworkMs);
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("paused") } }));
    QTRY_VERIFY_WITH_TIMEOUT(alice->groupTyping()->typing(room).isEmpty(), NetworkMs);

    // Ours to the bot: one marker naming the room's stanza-id of the bot's message.
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("say") },
        { QStringLiteral("body"), QStringLiteral("hello Natter") },
        { QStringLiteral("id"), QStringLiteral("bot-1") } }));
    const Message theirs = groupMessage(*alice, room, QStringLiteral("hello Natter"));
    QVERIFY(theirs.id != 0);
    alice->messaging()->markDisplayed(theirs.id);
    const QJsonObject marker = bot.waitFor(QStringLiteral("displayed"));
    QCOMPARE(marker.value(QStringLiteral("id")).toString(), theirs.stanzaId);
    QVERIFY2(bot.finish(), qPrintable(bot.diagnostics()));
}

QTEST_GUILESS_MAIN(TestGroupReads)
#include "tst_groupreads.moc"
