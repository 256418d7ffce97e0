// Groups through the whole app against the real ejabberd (mod_muc with room archives): a private
// group created with two contacts, who join by invitation; every message stored once on every
// side with the right author; an offline member catching up from the room's archive; a message
// that reached the room before a crash not sent again; and a member put out of the group.
#include "AccountSession.h"
#include "ChatStore.h"
#include "GroupMessaging.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "Session.h"
#include "TestAccounts.h"
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

// The group chat's messages in account's history, oldest first (at most 1,000).
QList<Message> groupMessages(AccountSession &account, const QString &room)
{
    const Group group = account.groups()->groupFor(room);
    if (group.chatId == 0)
        return {};
    return await(account.history()->messages().newest(group.chatId, 1000));
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

private:
    // Signs name in, creating the account on first use; again later, on the same profile.
    std::unique_ptr<AccountSession> signIn(const QString &name)
    {
        if (!m_jids.contains(name))
            m_jids.insert(name, m_server.createAccount(name, Password));
        return m_accounts.signIn(name, m_jids.value(name));
    }

    QString createGroup(AccountSession &owner, const QList<AccountSession *> &members)
    {
        return Test::TestAccounts::createGroup(owner, members);
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
    QHash<QString, QString> m_jids;
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
        auto offline = m_accounts.open(QStringLiteral("fay"), m_jids.value(QStringLiteral("fay")));
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
            m_server.settingsFor(m_jids.value(QStringLiteral("fay")), Password));
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

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
