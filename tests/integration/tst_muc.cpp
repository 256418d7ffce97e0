// Groups at the XMPP layer against the real ejabberd (mod_muc with room archives): a private
// group created, configured and joined by invitation; messages with the right authors, once
// each; our own reflected back by origin-id; and each refusal to let someone in explained.
#include "TestAccounts.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Natter;
using Test::GroupMember;
using Test::TestGroups;

namespace {
const QString Password = QStringLiteral("muc-Passw0rd");

Message textMessage(const QString &body)
{
    Message message;
    message.body = body;
    message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return message;
}
} // namespace

class TestMuc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void privateGroupByInvitation();
    void refusalsAreExplainedAndLeaveNothing();

private:
    std::unique_ptr<GroupMember> signIn(const QString &name) { return m_groups.signIn(name); }
    static JoinResult join(GroupMember &member, const QString &room, const QString &nick)
    {
        return TestGroups::join(member, room, nick);
    }

    Test::TestServer m_server;
    TestGroups m_groups { m_server, Password };
};

void TestMuc::privateGroupByInvitation()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    const QString room = TestGroups::createPrivateGroup(*alice, { bob->jid, carol->jid });
    QVERIFY(!room.isEmpty());

    // The invitation names the room and the inviter; it joins nothing by itself.
    for (GroupMember *invitee : { bob.get(), carol.get() }) {
        QTRY_VERIFY_WITH_TIMEOUT(!invitee->invited->isEmpty(), 10000);
        const QList<QVariant> invitation = invitee->invited->first();
        QCOMPARE(invitation.at(0).toString(), room);
        QCOMPARE(invitation.at(1).toString(), alice->jid);
        QVERIFY(!invitee->muc->isJoined(room));
    }
    QCOMPARE(join(*bob, room, QStringLiteral("Bob")).failure, JoinFailure::None);
    QCOMPARE(join(*carol, room, QStringLiteral("Carol")).failure, JoinFailure::None);
    QTRY_COMPARE_WITH_TIMEOUT(int(alice->muc->occupants(room).size()), 2, 10000);

    // Each sends one message; each member sees all three once, with the right author.
    const QList<std::pair<GroupMember *, QString>> senders { { alice.get(),
                                                                 QStringLiteral("Owner") },
        { bob.get(), QStringLiteral("Bob") }, { carol.get(), QStringLiteral("Carol") } };
    QHash<QString, std::pair<QString, QString>> sent; // originId -> (nick, real JID)
    for (const auto &[member, nick] : senders) {
        const Message message = textMessage(QStringLiteral("hello from %1").arg(nick));
        QVERIFY(member->muc->send(room, message, true));
        sent.insert(message.originId, { nick, member->jid });
    }
    for (const auto &[member, ownNick] : senders) {
        QTRY_COMPARE_WITH_TIMEOUT(int(member->received->size()), 3, 10000);
        QSet<QString> seen;
        for (const QList<QVariant> &args : std::as_const(*member->received)) {
            const auto message = args.at(0).value<Message>();
            const auto author = args.at(1).value<Occupant>();
            QVERIFY2(sent.contains(message.originId), "the origin-id comes back");
            QVERIFY2(!seen.contains(message.originId), "each message once");
            seen.insert(message.originId);
            QCOMPARE(message.peer, room);
            QCOMPARE(message.sender, sent.value(message.originId).first);
            QCOMPARE(message.body, QStringLiteral("hello from %1").arg(message.sender));
            QVERIFY2(!message.stanzaId.isEmpty(), "the room archives it");
            // Ours is the room's reflection of what we sent: that is the single tick.
            QCOMPARE(message.direction,
                message.sender == ownNick ? Direction::Outgoing : Direction::Incoming);
            // A private group is non-anonymous: the author's address comes from the room.
            if (message.direction == Direction::Incoming)
                QCOMPARE(author.realJid, sent.value(message.originId).second);
        }
    }
}

void TestMuc::refusalsAreExplainedAndLeaveNothing()
{
    auto alice = signIn(QStringLiteral("ann"));
    auto bob = signIn(QStringLiteral("ben"));
    auto dave = signIn(QStringLiteral("dan"));
    QVERIFY(alice && bob && dave);
    const QString room = TestGroups::createPrivateGroup(*alice, { bob->jid });
    QVERIFY(!room.isEmpty());

    // Not a member of a members-only group.
    JoinResult result = join(*dave, room, QStringLiteral("Dan"));
    QCOMPARE(result.failure, JoinFailure::MembersOnly);
    QVERIFY(!result.text.isEmpty());
    QVERIFY2(!dave->muc->rooms().contains(room), "nothing half-joined");

    // A member whose nickname is taken is told so, and can pick another.
    result = join(*bob, room, QStringLiteral("Owner"));
    QCOMPARE(result.failure, JoinFailure::NicknameTaken);
    QVERIFY(!bob->muc->rooms().contains(room));
    result = join(*bob, room, QStringLiteral("Ben"));
    QCOMPARE(result.failure, JoinFailure::None);
    QCOMPARE(result.nick, QStringLiteral("Ben"));

    // Banned: the room puts Ben out, and he cannot come back.
    QSignalSpy exited(bob->muc.get(), &MucSync::roomExited);
    QVERIFY(Test::await(alice->owner->setAffiliation(
        room, bob->jid, MucAffiliation::Outcast, QStringLiteral("spam"))));
    QTRY_COMPARE_WITH_TIMEOUT(int(exited.size()), 1, 10000);
    QCOMPARE(exited.first().at(0).toString(), room);
    QCOMPARE(exited.first().at(1).value<RoomExit>(), RoomExit::Banned);
    QCOMPARE(exited.first().at(2).toString(), QStringLiteral("spam"));
    QVERIFY(!bob->muc->isJoined(room));
    QCOMPARE(join(*bob, room, QStringLiteral("Ben")).failure, JoinFailure::Banned);
}

QTEST_GUILESS_MAIN(TestMuc)
#include "tst_muc.moc"
