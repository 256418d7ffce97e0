// The participants panel's actions against the real ejabberd: Alice (owner) adds Carol, who is
// invited and joins; makes Bob an admin, who then may remove Carol (a plain member may not, and
// is told why); bans someone; renames the group, changes its description and its picture, which
// Bob sees; and deletes it, which leaves Bob's copy read-only. A client that is not ours (the
// slixmpp bot) sees the same changes and the deletion with its reason. A picture chosen in the
// New group dialog is set right after creation; Bob sees it, and after a restart it shows before
// anything is fetched; a file that is no image makes no group at all.
#include "AccountSession.h"
#include "ChatListModel.h"
#include "GroupAdmin.h"
#include "GroupDetails.h"
#include "GroupService.h"
#include "MucSync.h"
#include "ParticipantModel.h"
#include "PythonBot.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;
using Test::PythonBot;

namespace {
const QString Password = QStringLiteral("groupadmin-Passw0rd");
constexpr int NetworkMs = 20000;

// The row of the participant whose address is jid, or -1.
int rowOf(const ParticipantModel &model, const QString &jid)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), ParticipantModel::JidRole).toString() == jid)
            return row;
    }
    return -1;
}

QString affiliationOf(const ParticipantModel &model, int row)
{
    return model.data(model.index(row), ParticipantModel::AffiliationTextRole).toString();
}

bool invitedTo(AccountSession &account, const QString &room)
{
    const QVariantList invitations = account.groups()->invitations();
    return std::any_of(invitations.cbegin(), invitations.cend(),
        [&room](const QVariant &i) { return i.toMap().value(QStringLiteral("room")) == room; });
}
} // namespace

class TestGroupAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void ownerAndAdminsManageMembers();
    void ownerChangesAndDeletesTheGroup();
    void anotherClientSeesTheChanges();
    void pictureChosenAtCreation();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestGroupAdmin::ownerAndAdminsManageMembers()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    auto carol = signIn(QStringLiteral("carol"));
    auto dave = signIn(QStringLiteral("dave"));
    QVERIFY(alice && bob && carol && dave);
    const QString room = Test::TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const qint64 aliceChat = alice->groups()->groupFor(room).chatId;
    const qint64 bobChat = bob->groups()->groupFor(room).chatId;
    GroupAdmin *owner = alice->groupAdmin();
    QTRY_COMPARE_WITH_TIMEOUT(owner->ownAffiliation(aliceChat), MucAffiliation::Owner, NetworkMs);

    // Bob's panel: himself first as a member, Alice as the owner, and nothing he may do.
    ParticipantModel bobPanel;
    bobPanel.setSession(bob.get());
    bobPanel.setPeer(room);
    QTRY_COMPARE_WITH_TIMEOUT(bobPanel.rowCount(), 2, NetworkMs);
    QCOMPARE(bobPanel.data(bobPanel.index(0), ParticipantModel::NickRole).toString(),
        QStringLiteral("You"));
    QCOMPARE(affiliationOf(bobPanel, 0), QStringLiteral("Member"));
    QCOMPARE(affiliationOf(bobPanel, rowOf(bobPanel, alice->jid())), QStringLiteral("Owner"));
    QVERIFY(!bobPanel.canAdd());

    // Alice adds Carol: she is invited, and the members-only room lets her in.
    QCOMPARE(await(owner->addMember(aliceChat, carol->jid())), QString());
    QTRY_VERIFY_WITH_TIMEOUT(invitedTo(*carol, room), NetworkMs);
    carol->groups()->acceptInvitation(room);
    QTRY_VERIFY_WITH_TIMEOUT(carol->muc()->isJoined(room), NetworkMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(bobPanel, carol->jid()) > 0, NetworkMs);

    // Bob, a plain member, may not remove Carol: the room refuses, he is told, nothing changes.
    const QString refused = await(bob->groupAdmin()->removeMember(bobChat, carol->jid()));
    // ejabberd answers not-allowed (XEP-0045 §9 says forbidden; both read as a refusal).
    QCOMPARE(refused, QStringLiteral("You are not allowed to do that in this group."));
    QVERIFY(carol->muc()->isJoined(room));
    QCOMPARE(carol->groups()->groupFor(room).state, GroupState::Joined);

    // Made an admin, Bob's panel says so and now offers to remove Carol, which works.
    QCOMPARE(await(owner->makeAdmin(aliceChat, bob->jid())), QString());
    QTRY_COMPARE_WITH_TIMEOUT(affiliationOf(bobPanel, 0), QStringLiteral("Admin"), NetworkMs);
    QVERIFY(bobPanel.canAdd());
    const int carolRow = rowOf(bobPanel, carol->jid());
    QVERIFY(bobPanel.data(bobPanel.index(carolRow), ParticipantModel::CanRemoveRole).toBool());
    QVERIFY(
        !bobPanel
             .data(bobPanel.index(rowOf(bobPanel, alice->jid())), ParticipantModel::CanRemoveRole)
             .toBool());
    QCOMPARE(await(bob->groupAdmin()->removeMember(bobChat, carol->jid())), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        carol->groups()->groupFor(room).state, GroupState::Removed, NetworkMs);
    GroupDetails carolDetails;
    carolDetails.setService(carol->groups());
    carolDetails.setPeer(room);
    QVERIFY(carolDetails.readOnly());
    QCOMPARE(carolDetails.stateText(), QStringLiteral("You were removed from this group."));
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(bobPanel, carol->jid()), -1, NetworkMs);

    // Dave, banned, cannot enter even when invited.
    QCOMPARE(await(owner->ban(aliceChat, dave->jid())), QString());
    const GroupResult banned = await(dave->groups()->join(room));
    QCOMPARE(banned.chatId, 0);
    QCOMPARE(banned.error, joinFailureText(JoinFailure::Banned));

    // Dismissed, Bob is a member again and may no longer add anyone.
    QCOMPARE(await(owner->dismissAdmin(aliceChat, bob->jid())), QString());
    QTRY_COMPARE_WITH_TIMEOUT(affiliationOf(bobPanel, 0), QStringLiteral("Member"), NetworkMs);
    QVERIFY(!bobPanel.canAdd());
}

void TestGroupAdmin::ownerChangesAndDeletesTheGroup()
{
    auto alice = signIn(QStringLiteral("erin"));
    auto bob = signIn(QStringLiteral("fred"));
    QVERIFY(alice && bob);
    const QString room = Test::TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const qint64 aliceChat = alice->groups()->groupFor(room).chatId;
    const qint64 bobChat = bob->groups()->groupFor(room).chatId;
    GroupAdmin *owner = alice->groupAdmin();
    QTRY_COMPARE_WITH_TIMEOUT(owner->ownAffiliation(aliceChat), MucAffiliation::Owner, NetworkMs);
    GroupDetails bobDetails;
    bobDetails.setService(bob->groups());
    bobDetails.setSession(bob.get());
    bobDetails.setPeer(room);
    QVERIFY(bobDetails.picture().isEmpty());
    ChatListModel bobChats;
    bobChats.setSession(bob.get());

    // A member may not rename the group; the owner may, and Bob's header follows.
    QVERIFY(!await(bob->groupAdmin()->rename(bobChat, QStringLiteral("Mine now"))).isEmpty());
    QCOMPARE(bobDetails.name(), QStringLiteral("Family"));
    QCOMPARE(await(owner->rename(aliceChat, QStringLiteral("Family & friends"))), QString());
    QCOMPARE(alice->groups()->groupFor(room).name, QStringLiteral("Family & friends"));
    QTRY_COMPARE_WITH_TIMEOUT(bobDetails.name(), QStringLiteral("Family & friends"), NetworkMs);

    // The description (the room's subject).
    QCOMPARE(
        await(owner->setSubject(aliceChat, QStringLiteral("Sunday lunch at noon"))), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        bobDetails.subject(), QStringLiteral("Sunday lunch at noon"), NetworkMs);

    // The picture: a vCard on the room (XEP-0486); Bob fetches and shows the same image.
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x80, 0xc0));
    const QString file = m_dir.filePath(QStringLiteral("group.png"));
    QVERIFY(image.save(file));
    QCOMPARE(await(owner->setPicture(aliceChat, file)), QString());
    QVERIFY(!owner->avatarPath(aliceChat).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!bob->groupAdmin()->avatarPath(bobChat).isEmpty(), NetworkMs);
    QCOMPARE(bob->groupAdmin()->avatarPath(bobChat).section(u'/', -1),
        owner->avatarPath(aliceChat).section(u'/', -1));
    const QImage seen(bob->groupAdmin()->avatarPath(bobChat));
    QCOMPARE(seen.pixelColor(seen.width() / 2, seen.height() / 2), QColor(0x20, 0x80, 0xc0));
    // The conversation's header and the chat list show it too.
    const QUrl picture = QUrl::fromLocalFile(bob->groupAdmin()->avatarPath(bobChat));
    QTRY_COMPARE_WITH_TIMEOUT(bobDetails.picture(), picture, NetworkMs);
    const auto bobRow = [&] {
        for (int row = 0; row < bobChats.rowCount(); ++row) {
            const QModelIndex index = bobChats.index(row);
            if (index.data(ChatListModel::ChatIdRole).toLongLong() == bobChat)
                return index;
        }
        return QModelIndex();
    };
    QTRY_COMPARE_WITH_TIMEOUT(bobRow().data(ChatListModel::AvatarRole).toUrl(), picture, NetworkMs);

    // Deleted: both copies stay, read-only, as deleted.
    QVERIFY(!await(bob->groupAdmin()->destroy(bobChat)).isEmpty());
    QVERIFY(bob->muc()->isJoined(room));
    QCOMPARE(await(owner->destroy(aliceChat, QStringLiteral("We moved"))), QString());
    QTRY_COMPARE_WITH_TIMEOUT(
        bob->groups()->groupFor(room).state, GroupState::Destroyed, NetworkMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        alice->groups()->groupFor(room).state, GroupState::Destroyed, NetworkMs);
    QVERIFY(bobDetails.readOnly());
    QCOMPARE(bobDetails.stateText(), QStringLiteral("This group was deleted."));
    QCOMPARE(bobDetails.exitReason(), QStringLiteral("We moved"));
}

void TestGroupAdmin::anotherClientSeesTheChanges()
{
    auto alice = signIn(QStringLiteral("gina"));
    QVERIFY(alice);
    const QString botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    QVERIFY(!botJid.isEmpty());
    const QString room = Test::TestAccounts::createGroup(*alice, {});
    QVERIFY(!room.isEmpty());
    const qint64 chatId = alice->groups()->groupFor(room).chatId;
    GroupAdmin *owner = alice->groupAdmin();
    QCOMPARE(await(owner->addMember(chatId, botJid)), QString());

    const QString caFile = m_dir.filePath(QStringLiteral("server.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(m_server.certificate().toPem()) > 0);
    ca.close();
    PythonBot bot(QStringLiteral("muc_bot.py"),
        { QStringLiteral("--jid"), botJid, QStringLiteral("--password"), Password,
            QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
            QString::number(m_server.c2sPort()), QStringLiteral("--room"), room,
            QStringLiteral("--nick"), QStringLiteral("Bot"), QStringLiteral("--cafile"), caFile });
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    auto hasBot = [&] {
        const QList<Participant> all = owner->participants(chatId);
        return std::any_of(all.cbegin(), all.cend(), [](const Participant &p) {
            return p.online && p.nick == u"Bot" && p.affiliation == MucAffiliation::Member;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasBot(), NetworkMs);

    auto is = [](const QString &name, const QString &value) -> PythonBot::Match {
        return [name, value](const QJsonObject &r) { return r.value(name) == value; };
    };
    // Renamed: the room tells everyone its configuration changed (status 104).
    QCOMPARE(await(owner->rename(chatId, QStringLiteral("Bots welcome"))), QString());
    QVERIFY2(!bot.waitFor(QStringLiteral("configured")).isEmpty(), qPrintable(bot.diagnostics()));
    QCOMPARE(await(owner->setSubject(chatId, QStringLiteral("Set by Natter"))), QString());
    QVERIFY2(!bot.waitFor(QStringLiteral("subject"),
                     is(QStringLiteral("text"), QStringLiteral("Set by Natter")))
                  .isEmpty(),
        qPrintable(bot.diagnostics()));
    // The other way: a subject from the bot is the group's description in Natter.
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("subject") },
        { QStringLiteral("text"), QStringLiteral("Set by slixmpp") } }));
    QTRY_COMPARE_WITH_TIMEOUT(
        alice->groups()->groupFor(room).subject, QStringLiteral("Set by slixmpp"), NetworkMs);

    QCOMPARE(await(owner->destroy(chatId, QStringLiteral("Closing time"))), QString());
    const QJsonObject destroyed = bot.waitFor(QStringLiteral("destroyed"));
    QVERIFY2(!destroyed.isEmpty(), qPrintable(bot.diagnostics()));
    QCOMPARE(destroyed.value(QStringLiteral("reason")).toString(), QStringLiteral("Closing time"));
    QVERIFY(bot.finish());
    QTRY_COMPARE_WITH_TIMEOUT(
        alice->groups()->groupFor(room).state, GroupState::Destroyed, NetworkMs);
}

void TestGroupAdmin::pictureChosenAtCreation()
{
    auto alice = m_accounts.person(QStringLiteral("pic-alice"));
    auto bob = m_accounts.person(QStringLiteral("pic-bob"));
    QVERIFY(alice && bob);
    QVERIFY(Test::TestAccounts::befriend(*alice, *bob));
    QSignalSpy created(alice->groups(), &GroupService::createFinished);

    // Not an image: refused before any room is made.
    const QString junk = m_dir.filePath(QStringLiteral("junk.png"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a picture") > 0);
    file.close();
    alice->groups()->createGroup(QStringLiteral("Junk"), { bob->jid() }, QUrl::fromLocalFile(junk));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toLongLong(), 0);
    QVERIFY(!created.first().at(1).toString().isEmpty());
    QVERIFY(alice->groups()->groups().isEmpty());

    QImage image(300, 200, QImage::Format_RGB32); // not square: cropped to one
    image.fill(QColor(0xc0, 0x40, 0x20));
    const QString chosen = m_dir.filePath(QStringLiteral("new-group.png"));
    QVERIFY(image.save(chosen));
    alice->groups()->createGroup(
        QStringLiteral("Pictured"), { bob->jid() }, QUrl::fromLocalFile(chosen));
    QVERIFY(created.wait(NetworkMs));
    const qint64 aliceChat = created.last().at(0).toLongLong();
    QVERIFY2(aliceChat != 0, qPrintable(created.last().at(1).toString()));
    const QString room = alice->groups()->group(aliceChat).room;
    QTRY_VERIFY_WITH_TIMEOUT(!alice->groupAdmin()->avatarPath(aliceChat).isEmpty(), NetworkMs);

    // Bob joins and sees the same picture.
    QTRY_VERIFY_WITH_TIMEOUT(invitedTo(*bob, room), NetworkMs);
    QSignalSpy joined(bob->groups(), &GroupService::joinFinished);
    bob->groups()->acceptInvitation(room);
    QVERIFY(joined.wait(NetworkMs));
    const qint64 bobChat = bob->groups()->groupFor(room).chatId;
    QTRY_VERIFY_WITH_TIMEOUT(!bob->groupAdmin()->avatarPath(bobChat).isEmpty(), NetworkMs);
    const QString bobsPicture = bob->groupAdmin()->avatarPath(bobChat);
    QCOMPARE(bobsPicture.section(u'/', -1),
        alice->groupAdmin()->avatarPath(aliceChat).section(u'/', -1));
    const QImage seen(bobsPicture);
    QCOMPARE(seen.width(), seen.height());
    QCOMPARE(seen.pixelColor(seen.width() / 2, seen.height() / 2), QColor(0xc0, 0x40, 0x20));

    // A restart, not even connected: the picture is there before anything is fetched.
    const QString bobJid = bob->jid();
    bob.reset();
    auto offline = m_accounts.open(QStringLiteral("pic-bob"), bobJid);
    QVERIFY(offline);
    QTRY_VERIFY(offline->groups()->groupFor(room).chatId != 0);
    QCOMPARE(offline->groupAdmin()->avatarPath(bobChat), bobsPicture);
}

QTEST_MAIN(TestGroupAdmin)
#include "tst_groupadmin.moc"
