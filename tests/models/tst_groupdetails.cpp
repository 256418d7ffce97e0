// A group as its conversation shows it: name, who is in it, and once out of it, read-only with
// the reason in words.
#include "AccountSession.h"
#include "GroupDetails.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Room = QStringLiteral("abc@groups.example.org");
} // namespace

class TestGroupDetails : public QObject
{
    Q_OBJECT

private:
    // The group is in the history before the session starts, as after a restart.
    static void seed(const ModelTestProfile &profile, GroupState state, const QString &reason)
    {
        HistoryService history(ProfilePaths(profile.root()).database());
        Group group;
        group.accountId = profile.accountId();
        group.room = Room;
        group.name = QStringLiteral("Family Chat");
        group.nick = QStringLiteral("me");
        group.state = state;
        group.exitReason = reason;
        QVERIFY(Test::await(history.groups().saveGroup(group)).chatId != 0);
    }

private Q_SLOTS:
    void joinedGroupCanBeWrittenTo()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        seed(profile, GroupState::Joined, {});
        AccountSession account { ProfilePaths(profile.root()) };
        GroupDetails details;
        details.setService(account.groups());
        details.setPeer(Room);
        QTRY_VERIFY(details.isGroup());
        QCOMPARE(details.name(), QStringLiteral("Family Chat"));
        QCOMPARE(details.initials(), QStringLiteral("FC"));
        QVERIFY(details.color().isValid());
        QVERIFY(!details.readOnly());
        QCOMPARE(details.stateText(), QString());

        // Leaving makes it read-only at once, with the reason in words.
        QSignalSpy changed(&details, &GroupDetails::changed);
        details.leave();
        QTRY_VERIFY(details.readOnly());
        QCOMPARE(details.stateText(), QStringLiteral("You left this group."));
        QVERIFY(!changed.isEmpty());
    }

    void destroyedGroupSaysWhyWithTheRoomsReason()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        seed(profile, GroupState::Destroyed, QStringLiteral("Moved <b>elsewhere</b>"));
        AccountSession account { ProfilePaths(profile.root()) };
        GroupDetails details;
        details.setService(account.groups());
        details.setPeer(Room);
        QTRY_VERIFY(details.isGroup());
        QVERIFY(details.readOnly());
        QCOMPARE(details.stateText(), QStringLiteral("This group was deleted."));
        QCOMPARE(details.exitReason(), QStringLiteral("Moved <b>elsewhere</b>"));
    }

    // Someone in the group's room written to privately: "nick (group)", even when the nickname
    // is a contact's address; no group's menu, participants or read-only state.
    void privateChatIsTitledWithTheRoom()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        seed(profile, GroupState::Joined, {});
        AccountSession account { ProfilePaths(profile.root()) };
        GroupDetails details;
        details.setService(account.groups());
        details.setPeer(Room + QStringLiteral("/alice@example.org"));
        QTRY_VERIFY(details.privateChat());
        QVERIFY(!details.isGroup());
        QCOMPARE(details.name(), QStringLiteral("alice@example.org (Family Chat)"));
        QCOMPARE(details.roomName(), QStringLiteral("Family Chat"));
        QCOMPARE(details.initials(), QStringLiteral("A"));
        QVERIFY(!details.readOnly());
        QVERIFY(!details.channel());
        QCOMPARE(details.participantsText(), QString());
        // A room that is none of our groups makes no private chat.
        details.setPeer(QStringLiteral("other@groups.example.org/Bob"));
        QVERIFY(!details.privateChat());
    }

    void aPersonIsNoGroup()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        GroupDetails details;
        details.setService(account.groups());
        details.setPeer(QStringLiteral("alice@example.org"));
        QVERIFY(!details.isGroup());
        QVERIFY(!details.readOnly());
        QCOMPARE(details.stateText(), QString());
    }

    void summarisesParticipants()
    {
        QCOMPARE(GroupDetails::summary({}, false), QString());
        QCOMPARE(GroupDetails::summary({}, true), QStringLiteral("You"));
        QCOMPARE(GroupDetails::summary({ QStringLiteral("bob"), QStringLiteral("Alice") }, true),
            QStringLiteral("Alice, bob, You"));
        QCOMPARE(
            GroupDetails::summary({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("d"), QStringLiteral("e") },
                true),
            QStringLiteral("6 participants"));
    }
};

QTEST_GUILESS_MAIN(TestGroupDetails)
#include "tst_groupdetails.moc"
