// System lines in group timelines against the real ejabberd: Alice (at the XMPP layer) adds
// Carol to a private group, makes her an admin, changes the subject and the name and removes
// her; Bob's Natter shows each once, Carol's tells her she was removed, and a restart of Bob's
// session on the same profile keeps the lines, doubles none and adds none. What changed while Bob
// was offline (Natter's Alice adds, removes, promotes and renames) gets its lines when he comes
// back, once; Alice's own lines say "You ...". In a channel, members
// who come and go under hundreds of nicknames (ours and a slixmpp bot) cost one collapsed line.
#include "AccountSession.h"
#include "GroupAdmin.h"
#include "GroupMessaging.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "PythonBot.h"
#include "RawStanza.h"
#include "Session.h"
#include "SystemEvent.h"
#include "TestAccounts.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

#include <memory>

using namespace Natter;
using Type = SystemEvent::Type;

namespace {
const QString Password = QStringLiteral("syslines-Passw0rd");
constexpr int NetworkMs = 20000;

using Test::await;

QList<Message> timeline(AccountSession &account, const QString &room)
{
    const Group group = account.groups()->groupFor(room);
    if (group.chatId == 0)
        return {};
    return await(account.history()->messages().newest(group.chatId, 1000));
}

QList<SystemEvent> lines(AccountSession &account, const QString &room)
{
    QList<SystemEvent> out;
    for (const Message &m : timeline(account, room)) {
        if (m.kind == MessageKind::System)
            out.append(SystemEvent::decode(m.event));
    }
    return out;
}

QList<Type> types(const QList<SystemEvent> &events)
{
    QList<Type> out;
    for (const SystemEvent &e : events)
        out.append(e.type);
    return out;
}

bool hasBody(AccountSession &account, const QString &room, const QString &body)
{
    const QList<Message> messages = timeline(account, room);
    return std::any_of(messages.cbegin(), messages.cend(),
        [&body](const Message &m) { return m.kind == MessageKind::Chat && m.body == body; });
}

bool say(Test::GroupMember &member, const QString &room, const QString &body)
{
    Message m;
    m.body = body;
    m.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return member.muc->send(room, m, false);
}
} // namespace

class TestSystemLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void adminActionsShowOnceAndSurviveARestart();
    void channelFloodCollapsesIntoOneLine();
    void botFloodCollapsesIntoOneLine();
    void changesWhileAwayShowOnceOnReturn();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    // A new open channel (an instant room, XEP-0045 §10.1.2) with host in it; empty on failure.
    static QString openChannel(Test::GroupMember &host)
    {
        const QString service = await(host.owner->discoverService());
        if (service.isEmpty())
            return {};
        const QString room = QStringLiteral("channel-%1@%2")
                                 .arg(QUuid::createUuid().toString(QUuid::Id128), service);
        if (Test::TestGroups::join(host, room, QStringLiteral("Host")).failure != JoinFailure::None)
            return {};
        Test::sendRawStanza(*host.session,
            QStringLiteral("<iq type='set' id='instant' to='%1'><query "
                           "xmlns='http://jabber.org/protocol/muc#owner'><x xmlns='jabber:x:data' "
                           "type='submit'/></query></iq>")
                .arg(room));
        const bool open
            = QTest::qWaitFor([&] { return await(host.owner->roomInfo(room)).found; }, NetworkMs);
        return open ? room : QString();
    }

    // Every join and leave Bob's lines count.
    static std::pair<int, int> counted(AccountSession &account, const QString &room)
    {
        std::pair<int, int> total;
        for (const SystemEvent &e : lines(account, room)) {
            total.first += e.joinedCount;
            total.second += e.leftCount;
        }
        return total;
    }

    static bool accept(AccountSession &account, const QString &room)
    {
        if (!QTest::qWaitFor([&] { return !account.groups()->invitations().isEmpty(); }, NetworkMs))
            return false;
        QSignalSpy joined(account.groups(), &GroupService::joinFinished);
        account.groups()->acceptInvitation(room);
        return joined.wait(NetworkMs) && joined.first().at(1).toString().isEmpty()
            && Test::TestAccounts::isGroupReady(account, room);
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
    Test::TestGroups m_raw { m_server, Password };
};

void TestSystemLines::adminActionsShowOnceAndSurviveARestart()
{
    auto alice = m_raw.signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    const QString room = Test::TestGroups::createPrivateGroup(*alice, { bob->jid() });
    QVERIFY(!room.isEmpty());
    QVERIFY(accept(*bob, room));
    QVERIFY(lines(*bob, room).isEmpty()); // entering is not news

    // Alice adds Carol, who is not in the room: the room names her by address.
    QVERIFY(await(alice->owner->setAffiliation(room, carol->jid(), MucAffiliation::Member)));
    alice->owner->invite(room, carol->jid());
    QTRY_COMPARE_WITH_TIMEOUT(types(lines(*bob, room)), QList<Type> { Type::Added }, NetworkMs);
    QCOMPARE(lines(*bob, room).first().target, carol->jid());
    QVERIFY(accept(*carol, room));
    const QString carolNick = carol->groups()->groupFor(room).nick;

    QVERIFY(await(alice->owner->setAffiliation(room, carol->jid(), MucAffiliation::Admin)));
    QTRY_COMPARE_WITH_TIMEOUT(
        types(lines(*bob, room)), (QList<Type> { Type::Added, Type::MadeAdmin }), NetworkMs);
    QCOMPARE(lines(*bob, room).last().target, carolNick);
    QTRY_VERIFY_WITH_TIMEOUT(!lines(*carol, room).isEmpty(), NetworkMs);
    QCOMPARE(lines(*carol, room).last().type, Type::MadeAdmin);
    QVERIFY(lines(*carol, room).last().targetIsSelf);

    QXmppMessage subject;
    subject.setTo(room);
    subject.setType(QXmppMessage::GroupChat);
    subject.setSubject(QStringLiteral("Dinner at 8"));
    alice->session->client()->send(std::move(subject));
    QTRY_COMPARE_WITH_TIMEOUT(types(lines(*bob, room)),
        (QList<Type> { Type::Added, Type::MadeAdmin, Type::SubjectChanged }), NetworkMs);
    QCOMPARE(lines(*bob, room).last().actor, QStringLiteral("Owner"));
    QCOMPARE(lines(*bob, room).last().value, QStringLiteral("Dinner at 8"));

    // A new name: the room says only that its configuration changed (104); Natter asks.
    QVERIFY(await(alice->owner->configurePrivateGroup(room, QStringLiteral("Family & friends"))));
    QTRY_COMPARE_WITH_TIMEOUT(types(lines(*bob, room)),
        (QList<Type> { Type::Added, Type::MadeAdmin, Type::SubjectChanged, Type::Renamed }),
        NetworkMs);
    QCOMPARE(lines(*bob, room).last().value, QStringLiteral("Family & friends"));
    QCOMPARE(bob->groups()->groupFor(room).name, QStringLiteral("Family & friends"));

    QVERIFY(await(alice->owner->setAffiliation(room, carol->jid(), MucAffiliation::None)));
    const QList<Type> expected
        = { Type::Added, Type::MadeAdmin, Type::SubjectChanged, Type::Renamed, Type::Removed };
    QTRY_COMPARE_WITH_TIMEOUT(types(lines(*bob, room)), expected, NetworkMs);
    QCOMPARE(lines(*bob, room).last().target, carolNick);
    QTRY_COMPARE_WITH_TIMEOUT(
        carol->groups()->groupFor(room).state, GroupState::Removed, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(lines(*carol, room).last().type, Type::Removed, NetworkMs);
    QVERIFY(lines(*carol, room).last().targetIsSelf);
    // None of them is unread or the chat's last message.
    QCOMPARE(
        await(bob->history()->chats().chat(bob->groups()->groupFor(room).chatId)).unreadCount, 0);

    // A new session on the same profile: the lines are there, once, and entering adds none.
    bob.reset();
    bob = signIn(QStringLiteral("bob"));
    QVERIFY(bob);
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));
    QCOMPARE(types(lines(*bob, room)), expected);
    // Everything the room said on entry came before this message, which Bob has stored.
    QVERIFY(say(*alice, room, QStringLiteral("welcome back")));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("welcome back")), NetworkMs);
    QCOMPARE(types(lines(*bob, room)), expected);
}

void TestSystemLines::channelFloodCollapsesIntoOneLine()
{
    auto host = m_raw.signIn(QStringLiteral("host"));
    auto churner = m_raw.signIn(QStringLiteral("churner"));
    auto bob = signIn(QStringLiteral("bobby"));
    QVERIFY(host && churner && bob);
    const QString room = openChannel(*host);
    QVERIFY(!room.isEmpty());
    const GroupResult joined = await(bob->groups()->join(room));
    QVERIFY2(joined.error.isEmpty(), qPrintable(joined.error));
    QCOMPARE(bob->groups()->groupFor(room).kind, ChatKind::Channel);
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));

    QSignalSpy rewritten(&bob->history()->messages(), &MessageStore::messageChanged);
    constexpr int Cycles = 100;
    QElapsedTimer churning;
    churning.start();
    for (int i = 0; i < Cycles; ++i) {
        const JoinResult in
            = Test::TestGroups::join(*churner, room, QStringLiteral("drifter%1").arg(i));
        QCOMPARE(in.failure, JoinFailure::None);
        churner->muc->leave(room);
    }
    QVERIFY(say(*host, room, QStringLiteral("after the flood")));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("after the flood")), NetworkMs);
    const qint64 elapsed = churning.elapsed();
    // Every join and leave is counted, in as many lines as one-minute windows were crossed.
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            int joins = 0;
            for (const SystemEvent &e : lines(*bob, room))
                joins += e.joinedCount;
            return joins;
        }(),
        Cycles, NetworkMs);
    const QList<SystemEvent> collapsed = lines(*bob, room);
    QVERIFY2(
        collapsed.size() <= 1 + elapsed / 60000, qPrintable(QString::number(collapsed.size())));
    QCOMPARE(collapsed.first().type, Type::Presence);
    QCOMPARE(collapsed.first().joined.first(), QStringLiteral("drifter0"));
    // Rewritten at most once a flush interval, plus the last word when the message closed it.
    QVERIFY2(rewritten.size() <= 2 + elapsed / 2000, qPrintable(QString::number(rewritten.size())));
    // The line is older than the message that came after the flood.
    const QList<Message> all = timeline(*bob, room);
    QCOMPARE(all.last().body, QStringLiteral("after the flood"));

    // Bob's next session enters with the host already there: nobody "joins".
    const int before = int(lines(*bob, room).size());
    bob.reset();
    bob = signIn(QStringLiteral("bobby"));
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));
    QVERIFY(say(*host, room, QStringLiteral("still here")));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("still here")), NetworkMs);
    QCOMPARE(int(lines(*bob, room).size()), before);
}

// A client that is not ours floods the channel: 300 leaves and joins under new nicknames, sent
// without waiting. Bob's Natter counts them all in a line or two, rewritten a bounded number of
// times.
void TestSystemLines::botFloodCollapsesIntoOneLine()
{
    auto host = m_raw.signIn(QStringLiteral("flood-host"));
    auto bob = signIn(QStringLiteral("flood-bob"));
    QVERIFY(host && bob);
    const QString room = openChannel(*host);
    QVERIFY(!room.isEmpty());
    const GroupResult joined = await(bob->groups()->join(room));
    QVERIFY2(joined.error.isEmpty(), qPrintable(joined.error));
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));

    const QString botJid = m_server.createAccount(QStringLiteral("flood-bot"), Password);
    const QString caFile = m_dir.filePath(QStringLiteral("server.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(m_server.certificate().toPem()) > 0);
    ca.close();
    QSignalSpy rewritten(&bob->history()->messages(), &MessageStore::messageChanged);
    QElapsedTimer flooding;
    flooding.start();
    Test::PythonBot bot(QStringLiteral("muc_bot.py"),
        { QStringLiteral("--jid"), botJid, QStringLiteral("--password"), Password,
            QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
            QString::number(m_server.c2sPort()), QStringLiteral("--room"), room,
            QStringLiteral("--nick"), QStringLiteral("Bot"), QStringLiteral("--cafile"), caFile });
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    constexpr int Churn = 300;
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("churn") },
        { QStringLiteral("count"), Churn } }));
    QVERIFY2(!bot.waitFor(QStringLiteral("churned"), {}, 60000).isEmpty(),
        qPrintable(bot.diagnostics()));
    QVERIFY(say(*host, room, QStringLiteral("after the bot")));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("after the bot")), NetworkMs);
    // The bot's first join and 300 new nicknames (its return as "Bot" is named already); its
    // 301 leaves.
    QTRY_VERIFY_WITH_TIMEOUT(counted(*bob, room).first >= Churn + 1, NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(counted(*bob, room).second >= Churn + 1, NetworkMs);
    const qint64 elapsed = flooding.elapsed();
    const int rows = int(lines(*bob, room).size());
    QVERIFY2(rows <= 1 + elapsed / 60000, qPrintable(QString::number(rows)));
    QVERIFY2(rewritten.size() <= 2 + elapsed / 2000, qPrintable(QString::number(rewritten.size())));
    // Not bot.finish(): after a flood the bot's interpreter lingers past its own exit, and the
    // bot is stopped with the test either way.
}

// The account's private group lists member jid (in the room now, when online): the room's
// member list has been read, and with it stored.
bool listsMember(
    AccountSession &account, const QString &room, const QString &jid, bool online = false)
{
    const qint64 chatId = account.groups()->groupFor(room).chatId;
    const QList<Participant> people = account.groupAdmin()->participants(chatId);
    return std::any_of(people.cbegin(), people.cend(), [&jid, online](const Participant &p) {
        return p.jid == jid && p.affiliation == MucAffiliation::Member && (p.online || !online);
    });
}

// The lines as stored, one a line, for a failure's message.
QString told(const QList<SystemEvent> &events)
{
    QStringList out;
    for (const SystemEvent &e : events)
        out.append(e.encode());
    return out.join(u'\n');
}

QList<Type> sortedTypes(const QList<SystemEvent> &events)
{
    QList<Type> out = types(events);
    std::sort(out.begin(), out.end());
    return out;
}

void TestSystemLines::changesWhileAwayShowOnceOnReturn()
{
    auto alice = signIn(QStringLiteral("away-alice"));
    auto bob = signIn(QStringLiteral("away-bob"));
    auto carol = signIn(QStringLiteral("away-carol"));
    auto dave = signIn(QStringLiteral("away-dave"));
    QVERIFY(alice && bob && carol && dave);
    const QString room = Test::TestAccounts::createGroup(
        *alice, { bob.get(), dave.get() }, QStringLiteral("Away"));
    QVERIFY(!room.isEmpty());
    const qint64 aliceChat = alice->groups()->groupFor(room).chatId;
    const QString daveNick = dave->groups()->groupFor(room).nick;
    QTRY_VERIFY_WITH_TIMEOUT(listsMember(*bob, room, dave->jid(), true), NetworkMs);
    // The member list read after Dave came in is the one stored, with his nickname.
    QSignalSpy read(bob->groupAdmin(), &GroupAdmin::membersRead);
    (void)read.wait(GroupAdmin::MemberRefreshMs * 2);
    QVERIFY(lines(*bob, room).isEmpty());
    const QString bobJid = bob->jid();
    bob.reset(); // Bob goes offline
    // Alice's own lines from making the group ("… was added") come before these.
    const qsizetype before = lines(*alice, room).size();
    const auto newLines = [&] { return lines(*alice, room).mid(before); };

    // Alice changes the group while Bob is away; her own lines say she did it.
    QCOMPARE(await(alice->groupAdmin()->addMember(aliceChat, carol->jid())), QString());
    QCOMPARE(await(alice->groupAdmin()->removeMember(aliceChat, dave->jid())), QString());
    QCOMPARE(await(alice->groupAdmin()->makeAdmin(aliceChat, bobJid)), QString());
    QCOMPARE(await(alice->groupAdmin()->rename(aliceChat, QStringLiteral("Back home"))), QString());
    const QList<Type> expected { Type::Added, Type::Removed, Type::MadeAdmin, Type::Renamed };
    QTRY_VERIFY2_WITH_TIMEOUT(
        sortedTypes(newLines()) == expected, qPrintable(told(newLines())), NetworkMs);
    for (const SystemEvent &e : newLines())
        QVERIFY2(e.type == Type::Renamed || e.actorIsSelf, qPrintable(e.encode()));

    // Bob comes back: each change is told once, before what is said after his return.
    bob = signIn(QStringLiteral("away-bob"));
    QVERIFY(bob);
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));
    QTRY_VERIFY2_WITH_TIMEOUT(
        sortedTypes(lines(*bob, room)) == expected, qPrintable(told(lines(*bob, room))), NetworkMs);
    for (const SystemEvent &e : lines(*bob, room)) {
        if (e.type == Type::Added)
            QCOMPARE(e.target, carol->jid()); // never in the room: named by address
        if (e.type == Type::Removed)
            QCOMPARE(e.target, daveNick); // the nickname Bob saw Dave by
        if (e.type == Type::MadeAdmin)
            QVERIFY(e.targetIsSelf); // "You are now an admin"
        if (e.type == Type::Renamed)
            QCOMPARE(e.value, QStringLiteral("Back home"));
        QVERIFY(!e.actorIsSelf);
    }
    QVERIFY(
        !await(alice->messaging()->send(room, QStringLiteral("welcome back, admin"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("welcome back, admin")), NetworkMs);
    qint64 newestLine = 0;
    qint64 welcome = 0;
    for (const Message &m : timeline(*bob, room)) {
        if (m.kind == MessageKind::System)
            newestLine = std::max(newestLine, m.timestamp);
        else if (m.body == QStringLiteral("welcome back, admin"))
            welcome = m.timestamp;
    }
    QVERIFY(newestLine <= welcome);
    QCOMPARE(sortedTypes(lines(*bob, room)), expected);

    // And again: nothing changed since, so nothing is added.
    bob.reset();
    bob = signIn(QStringLiteral("away-bob"));
    QVERIFY(bob);
    QVERIFY(Test::TestAccounts::isGroupReady(*bob, room));
    QTRY_VERIFY_WITH_TIMEOUT(listsMember(*bob, room, carol->jid()), NetworkMs);
    QVERIFY(!await(alice->messaging()->send(room, QStringLiteral("still here"))).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(*bob, room, QStringLiteral("still here")), NetworkMs);
    QCOMPARE(sortedTypes(lines(*bob, room)), expected);
}

QTEST_GUILESS_MAIN(TestSystemLines)
#include "tst_systemlines.moc"
