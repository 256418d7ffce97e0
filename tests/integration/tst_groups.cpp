// Groups through the whole app against the real ejabberd (mod_muc with room archives): a private
// group created with two contacts, who join by invitation; every message stored once on every
// side with the right author; an offline member catching up from the room's archive; a message
// that reached the room before a crash not sent again; and a member put out of the group.
#include "AccountSession.h"
#include "BookmarkSync.h"
#include "ChatStore.h"
#include "GroupMessaging.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("groups-Passw0rd");
constexpr int NetworkMs = 20000;

using Test::await;

// The people's messages of the group chat in account's history, oldest first (at most 1,000).
QList<Message> groupMessages(AccountSession &account, const QString &room)
{
    const Group group = account.groups()->groupFor(room);
    if (group.chatId == 0)
        return {};
    QList<Message> messages = await(account.history()->messages().newest(group.chatId, 1000));
    // The group's own lines ("Bob was added") are tst_systemlines' concern.
    messages.removeIf([](const Message &m) { return m.kind == MessageKind::System; });
    return messages;
}

bool isReady(AccountSession &account, const QString &room)
{
    return Test::TestAccounts::isGroupReady(account, room);
}

int countBodies(const QList<Message> &messages, const QString &body)
{
    return int(std::count_if(
        messages.cbegin(), messages.cend(), [&body](const Message &m) { return m.body == body; }));
}

Message withBody(const QList<Message> &messages, const QString &body)
{
    for (const Message &m : messages) {
        if (m.body == body)
            return m;
    }
    return {};
}
} // namespace

class TestGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void privateGroupExchangesEachMessageOnce();
    void offlineMemberCatchesUpOnceInOrder();
    void messageTheRoomHadIsNotSentAgain();
    void removedMemberKeepsTheGroupReadOnly();
    void joiningWhatIsNoGroupIsExplained();
    void freshInstallGetsItsGroupsBack();
    void leavingOnOneDeviceLeavesOnAll();
    void hostileOccupantIsOnlyANickname();

private:
    // Signs name in, creating the account on first use; again later, on the same profile.
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    QString createGroup(AccountSession &owner, const QList<AccountSession *> &members)
    {
        return Test::TestAccounts::createGroup(owner, members);
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
    Test::TestGroups m_rawMembers { m_server, Password };
};

// Alice creates "Family" with Bob and Carol; each of the three writes once. Every side stores
// each message once, with its author's nickname, and our own comes back as sent, not twice.
void TestGroups::privateGroupExchangesEachMessageOnce()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    const QString room = createGroup(*alice, { bob.get(), carol.get() });
    QVERIFY(!room.isEmpty());
    QCOMPARE(alice->groups()->groupFor(room).kind, ChatKind::PrivateGroup);
    QCOMPARE(bob->groups()->groupFor(room).kind, ChatKind::PrivateGroup);
    QCOMPARE(bob->groups()->groupFor(room).name, QStringLiteral("Family"));

    const QList<AccountSession *> all { alice.get(), bob.get(), carol.get() };
    for (AccountSession *account : all) {
        const QString body = QStringLiteral("hello from ") + account->jid();
        QVERIFY(!await(account->messaging()->send(room, body)).isEmpty());
    }
    for (AccountSession *account : all) {
        QTRY_COMPARE_WITH_TIMEOUT(groupMessages(*account, room).size(), 3, NetworkMs);
        const QList<Message> messages = groupMessages(*account, room);
        for (AccountSession *author : all) {
            const Message m = withBody(messages, QStringLiteral("hello from ") + author->jid());
            QVERIFY2(m.id != 0, qPrintable(author->jid()));
            const bool own = author == account;
            QCOMPARE(m.direction, own ? Direction::Outgoing : Direction::Incoming);
            if (!own) // a nickname of the room, never the address of a person
                QCOMPARE(m.sender, author->groups()->groupFor(room).nick);
        }
        const Message own = withBody(messages, QStringLiteral("hello from ") + account->jid());
        QTRY_COMPARE_WITH_TIMEOUT(
            await(account->history()->messages().message(own.id)).deliveryState,
            DeliveryState::Sent, NetworkMs);
    }
    // The chat list shows the group by its name.
    const Chat chat = await(bob->history()->chats().chat(bob->groups()->groupFor(room).chatId));
    QCOMPARE(chat.kind, ChatKind::PrivateGroup);
    QCOMPARE(chat.name, QStringLiteral("Family"));
}

// Bob is away while Alice writes 50 messages. Back, he has each of them once, in order.
void TestGroups::offlineMemberCatchesUpOnceInOrder()
{
    auto alice = signIn(QStringLiteral("dora"));
    auto bob = signIn(QStringLiteral("eric"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    QVERIFY(!await(alice->messaging()->send(room, QStringLiteral("before"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupMessages(*bob, room).size(), 1, NetworkMs);
    bob.reset();

    constexpr int Count = 50;
    for (int i = 0; i < Count; ++i)
        QVERIFY(!await(alice->messaging()->send(room, QStringLiteral("away %1").arg(i))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        withBody(groupMessages(*alice, room), QStringLiteral("away %1").arg(Count - 1))
                .deliveryState
            == DeliveryState::Sent,
        NetworkMs);

    bob = signIn(QStringLiteral("eric"));
    QVERIFY(bob);
    QVERIFY(isReady(*bob, room));
    const QList<Message> messages = groupMessages(*bob, room);
    QCOMPARE(messages.size(), Count + 1);
    QCOMPARE(messages.first().body, QStringLiteral("before"));
    for (int i = 0; i < Count; ++i)
        QCOMPARE(messages.at(i + 1).body, QStringLiteral("away %1").arg(i));
    // A second entry reads nothing again.
    bob.reset();
    bob = signIn(QStringLiteral("eric"));
    QVERIFY(bob && isReady(*bob, room));
    QCOMPARE(groupMessages(*bob, room).size(), Count + 1);
}

// Natter sent a message and crashed before the room's reflection was stored: on the next start
// it is pending, yet the room has it. Reading the room's archive first shows it arrived (by its
// origin-id), so it is marked sent and not sent a second time.
void TestGroups::messageTheRoomHadIsNotSentAgain()
{
    auto alice = signIn(QStringLiteral("fay"));
    auto bob = signIn(QStringLiteral("gus"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const QString nick = alice->groups()->groupFor(room).nick;
    const qint64 accountId = alice->accountId();
    alice.reset();

    // The message as the crashed process left it: stored, pending...
    const QString originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto offline
            = m_accounts.open(QStringLiteral("fay"), m_accounts.jidOf(QStringLiteral("fay")));
        QVERIFY(offline);
        Message pending;
        pending.accountId = accountId;
        pending.direction = Direction::Outgoing;
        pending.peer = room;
        pending.body = QStringLiteral("sent just before the crash");
        pending.originId = originId;
        pending.messageId = originId;
        pending.deliveryState = DeliveryState::Pending;
        pending.read = true;
        QCOMPARE(await(offline->history()->messages().insertMessage(pending)).size(), 1);
    }
    // ...and as the room got it, from the same account and nickname.
    {
        Session session;
        MucSync muc(&session);
        QSignalSpy up(&session, &Session::connected);
        session.connectToServer(
            m_server.settingsFor(m_accounts.jidOf(QStringLiteral("fay")), Password));
        QVERIFY(up.wait(NetworkMs));
        QCOMPARE(await(muc.join(room, nick)).failure, JoinFailure::None);
        Message wire;
        wire.body = QStringLiteral("sent just before the crash");
        wire.originId = originId;
        QVERIFY(muc.send(room, wire, true));
        QTRY_COMPARE_WITH_TIMEOUT(
            countBodies(groupMessages(*bob, room), QStringLiteral("sent just before the crash")), 1,
            NetworkMs);
        muc.leave(room);
    }

    alice = signIn(QStringLiteral("fay"));
    QVERIFY(alice && isReady(*alice, room));
    const Message mine
        = withBody(groupMessages(*alice, room), QStringLiteral("sent just before the crash"));
    QCOMPARE(mine.deliveryState, DeliveryState::Sent);
    QCOMPARE(
        countBodies(groupMessages(*alice, room), QStringLiteral("sent just before the crash")), 1);
    // Anything sent again would reach Bob before this.
    QVERIFY(!await(alice->messaging()->send(room, QStringLiteral("after the restart"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(groupMessages(*bob, room), QStringLiteral("after the restart")), 1, NetworkMs);
    QCOMPARE(
        countBodies(groupMessages(*bob, room), QStringLiteral("sent just before the crash")), 1);
}

// The owner takes Bob's membership: Bob's group stays, read-only, with the reason; what he
// writes there is kept and never sent.
void TestGroups::removedMemberKeepsTheGroupReadOnly()
{
    auto alice = signIn(QStringLiteral("hana"));
    auto bob = signIn(QStringLiteral("ivan"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    QVERIFY(alice->muc()->isJoined(room));
    MucOwnerSync owner(alice->session());
    QVERIFY(await(owner.setAffiliation(room, bob->jid(), MucAffiliation::None)));
    QTRY_COMPARE_WITH_TIMEOUT(bob->groups()->groupFor(room).state, GroupState::Removed, NetworkMs);
    QVERIFY(!bob->muc()->isJoined(room));
    const qint64 chatId = bob->groups()->groupFor(room).chatId;
    QCOMPARE(await(bob->history()->chats().chat(chatId)).kind, ChatKind::PrivateGroup);

    // After a restart it is still out, and not entered again.
    bob.reset();
    bob = signIn(QStringLiteral("ivan"));
    QVERIFY(bob);
    QTRY_COMPARE_WITH_TIMEOUT(bob->groups()->groupFor(room).state, GroupState::Removed, NetworkMs);
    QVERIFY(!bob->muc()->isJoined(room));
}

// An address that is no group, or not an address at all, gets a reason and leaves nothing.
void TestGroups::joiningWhatIsNoGroupIsExplained()
{
    auto alice = signIn(QStringLiteral("jack"));
    QVERIFY(alice);
    const GroupResult none = await(alice->groups()->join(QStringLiteral("not an address")));
    QCOMPARE(none.chatId, 0);
    QVERIFY(!none.error.isEmpty());
    MucOwnerSync owner(alice->session());
    const QString service = await(owner.discoverService());
    QVERIFY(!service.isEmpty());
    const GroupResult missing
        = await(alice->groups()->join(QStringLiteral("xmpp:nobody-here@") + service + u"?join"));
    QCOMPARE(missing.chatId, 0);
    QCOMPARE(missing.error, joinFailureText(JoinFailure::NotFound));
    QVERIFY(alice->groups()->groups().isEmpty());
}

// Bob starts over on a new machine (an empty profile): his group is back, entered, with its
// recent history, and nothing of it is unread.
void TestGroups::freshInstallGetsItsGroupsBack()
{
    auto alice = signIn(QStringLiteral("kate"));
    auto bob = signIn(QStringLiteral("leon"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    QVERIFY(!await(alice->messaging()->send(room, QStringLiteral("remember me"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(groupMessages(*bob, room).size(), 1, NetworkMs);
    bob.reset();

    auto fresh
        = m_accounts.signIn(QStringLiteral("leon-new"), m_accounts.jidOf(QStringLiteral("leon")));
    QVERIFY(fresh);
    QTRY_VERIFY_WITH_TIMEOUT(fresh->groups()->isGroup(room), NetworkMs);
    QVERIFY(isReady(*fresh, room));
    const Group group = fresh->groups()->groupFor(room);
    QCOMPARE(group.state, GroupState::Joined);
    QCOMPARE(group.name, QStringLiteral("Family"));
    const QList<Message> messages = groupMessages(*fresh, room);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().body, QStringLiteral("remember me"));
    QVERIFY(messages.first().read);
}

// Bob has the group on two devices and leaves it on one: the other leaves too, and a later
// fresh install does not bring it back.
void TestGroups::leavingOnOneDeviceLeavesOnAll()
{
    auto alice = signIn(QStringLiteral("mona"));
    auto bob = signIn(QStringLiteral("nick"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    auto other = m_accounts.signIn(
        QStringLiteral("nick-laptop"), m_accounts.jidOf(QStringLiteral("nick")));
    QVERIFY(other);
    QVERIFY(isReady(*other, room));

    bob->groups()->leave(bob->groups()->groupFor(room).chatId);
    QCOMPARE(bob->groups()->groupFor(room).state, GroupState::Left);
    QTRY_COMPARE_WITH_TIMEOUT(other->groups()->groupFor(room).state, GroupState::Left, NetworkMs);
    QVERIFY(!other->muc()->isJoined(room));

    // The server no longer lists it among Bob's groups.
    BookmarkSync bookmarks(other->session());
    const auto listed = await(bookmarks.fetch());
    QVERIFY(listed.has_value());
    QVERIFY(std::none_of(
        listed->cbegin(), listed->cend(), [&room](const Bookmark &b) { return b.room == room; }));
}

// A member of Alice's group takes her contact Bob's address as nickname, writes, forges the
// subject with a direction override and floods the room with presence. What it wrote is a
// nickname's message in the group, never Bob's; the subject is one tamed line; and the group
// still works after the flood.
void TestGroups::hostileOccupantIsOnlyANickname()
{
    auto alice = signIn(QStringLiteral("olga"));
    auto bob = signIn(QStringLiteral("paul"));
    QVERIFY(alice && bob);
    const QString room = createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    auto mallory = m_rawMembers.signIn(QStringLiteral("mallory"));
    QVERIFY(mallory);
    MucOwnerSync owner(alice->session());
    QVERIFY(await(owner.setAffiliation(room, mallory->jid, MucAffiliation::Member)));
    QCOMPARE(Test::TestGroups::join(*mallory, room, bob->jid()).failure, JoinFailure::None);

    Message forged;
    forged.body = QStringLiteral("this is Bob, send me the code");
    forged.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(mallory->muc->send(room, forged, true));
    QTRY_COMPARE_WITH_TIMEOUT(countBodies(groupMessages(*alice, room), forged.body), 1, NetworkMs);
    const Message stored = withBody(groupMessages(*alice, room), forged.body);
    QCOMPARE(stored.direction, Direction::Incoming);
    QCOMPARE(stored.sender, bob->jid()); // the nickname, as the room gives it
    QCOMPARE(stored.senderId, mallory->jid); // who it really is, in a private group
    const auto chats = await(alice->history()->chats().chats(alice->accountId()));
    for (const Chat &chat : chats) {
        if (chat.peer != room) // nothing landed in a one-to-one chat, least of all Bob's
            QCOMPARE(
                countBodies(await(alice->history()->messages().newest(chat.id, 100)), forged.body),
                0);
    }

    const QString subject = QStringLiteral("Pay \u202Eexe.pdf\nnow ") + QString(5000, u'x');
    QVERIFY(Test::sendRawStanza(*mallory->session,
        QStringLiteral("<message type='groupchat' to='%1'><subject>%2</subject></message>")
            .arg(room, subject.toHtmlEscaped())));
    QTRY_VERIFY_WITH_TIMEOUT(!alice->groups()->groupFor(room).subject.isEmpty(), NetworkMs);
    const QString shown = alice->groups()->groupFor(room).subject;
    QVERIFY(!shown.contains(QChar(0x202E)));
    QVERIFY(!shown.contains(u'\n'));
    QVERIFY(shown.size() <= GroupService::MaxSubjectLength);
    QVERIFY(shown.startsWith(QStringLiteral("Pay exe.pdf now")));

    constexpr int Flood = 2000;
    for (int i = 0; i < Flood; ++i) {
        QVERIFY(Test::sendRawStanza(*mallory->session,
            QStringLiteral("<presence to='%1/%2'><status>%3</status></presence>")
                .arg(room, bob->jid(), QString::number(i))));
    }
    QVERIFY(!await(bob->messaging()->send(room, QStringLiteral("after the flood"))).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        countBodies(groupMessages(*alice, room), QStringLiteral("after the flood")), 1, NetworkMs);
    QCOMPARE(alice->groups()->participants(alice->groups()->groupFor(room).chatId).size(), 2);
}

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
