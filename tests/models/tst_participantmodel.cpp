// A group's participants panel: us first as "You", then owners and admins, then everyone by
// name with those away after those present; affiliations in words; and only the actions our own
// standing in the group allows, row by row.
#include "ParticipantModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Role = ParticipantModel::Role;

namespace {
using A = MucAffiliation;

QList<Participant> family()
{
    return {
        { QStringLiteral("zoe"), QStringLiteral("zoe@example.org"), A::Member, MucRole::Participant,
            true, false },
        { QStringLiteral("Bob"), QStringLiteral("bob@example.org"), A::Admin, MucRole::Moderator,
            true, false },
        { QStringLiteral("me"), QStringLiteral("me@example.org"), A::Member, MucRole::Participant,
            true, true },
        { QStringLiteral("alice"), QStringLiteral("alice@example.org"), A::Owner,
            MucRole::Moderator, true, false },
        { QStringLiteral("carol"), QStringLiteral("carol@example.org"), A::Member, MucRole::None,
            false, false },
        { QStringLiteral("Anna"), {}, A::Member, MucRole::Participant, true, false },
    };
}

QStringList column(const ParticipantModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row), role).toString());
    return values;
}

QList<bool> flags(const ParticipantModel &model, int role)
{
    QList<bool> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row), role).toBool());
    return values;
}
} // namespace

class TestParticipantModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void youFirstThenAdminsThenByName()
    {
        ParticipantModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ParticipantModel::countChanged);
        model.setParticipants(family(), A::Member, MucRole::Participant, false);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(column(model, Role::NickRole),
            (QStringList { QStringLiteral("You"), QStringLiteral("alice"), QStringLiteral("Bob"),
                QStringLiteral("Anna"), QStringLiteral("zoe"), QStringLiteral("carol") }));
        QCOMPARE(column(model, Role::AffiliationTextRole),
            (QStringList { QStringLiteral("Member"), QStringLiteral("Owner"),
                QStringLiteral("Admin"), QStringLiteral("Member"), QStringLiteral("Member"),
                QStringLiteral("Member") }));
        QCOMPARE(
            flags(model, Role::OnlineRole), (QList<bool> { true, true, true, true, true, false }));
        QCOMPARE(flags(model, Role::SelfRole),
            (QList<bool> { true, false, false, false, false, false }));
        QCOMPARE(model.onlineCount(), 5);
        // Initials and colour follow the nickname, as the conversation's sender names do.
        QCOMPARE(model.data(model.index(1), Role::InitialsRole).toString(), QStringLiteral("A"));
        QVERIFY(model.data(model.index(1), Role::ColorRole).value<QColor>().isValid());
    }

    void memberMayDoNothingToOthers()
    {
        ParticipantModel model;
        model.setParticipants(family(), A::Member, MucRole::Participant, false);
        for (const int role : { Role::CanRemoveRole, Role::CanBanRole, Role::CanMakeAdminRole,
                 Role::CanDismissAdminRole })
            QCOMPARE(flags(model, role), QList<bool>(6, false));
        QVERIFY(!model.canAdd());
        QVERIFY(!model.canRename());
        QVERIFY(!model.canSetPicture());
        QVERIFY(!model.canDestroy());
        QVERIFY(!model.canSetSubject());
        // A room that lets occupants set the subject lets members too.
        model.setParticipants(family(), A::Member, MucRole::Participant, true);
        QVERIFY(model.canSetSubject());
    }

    void adminActsOnMembersOnly()
    {
        ParticipantModel model;
        QSignalSpy permissions(&model, &ParticipantModel::permissionsChanged);
        model.setParticipants(family(), A::Admin, MucRole::Moderator, false);
        QCOMPARE(permissions.size(), 1);
        QVERIFY(model.canAdd());
        QVERIFY(model.canSetSubject());
        QVERIFY(!model.canRename());
        QVERIFY(!model.canDestroy());
        // You, alice (owner), Bob (admin), Anna (no address), zoe, carol.
        QCOMPARE(flags(model, Role::CanRemoveRole),
            (QList<bool> { false, false, false, false, true, true }));
        QCOMPARE(flags(model, Role::CanBanRole),
            (QList<bool> { false, false, false, false, true, true }));
        // Only an owner makes admins.
        QCOMPARE(flags(model, Role::CanMakeAdminRole), QList<bool>(6, false));
    }

    void ownerDoesEverythingButToOwners()
    {
        ParticipantModel model;
        model.setParticipants(family(), A::Owner, MucRole::Moderator, false);
        QVERIFY(model.canAdd() && model.canRename() && model.canSetSubject()
            && model.canSetPicture() && model.canDestroy());
        QCOMPARE(flags(model, Role::CanRemoveRole),
            (QList<bool> { false, false, true, false, true, true }));
        QCOMPARE(flags(model, Role::CanMakeAdminRole),
            (QList<bool> { false, false, false, false, true, true }));
        QCOMPARE(flags(model, Role::CanDismissAdminRole),
            (QList<bool> { false, false, true, false, false, false }));
        QCOMPARE(flags(model, Role::IsAdminRole),
            (QList<bool> { false, true, true, false, false, false }));
    }

    void refusedRowSaysWhy()
    {
        ParticipantModel model;
        model.setParticipants(family(), A::Member, MucRole::Participant, false);
        QSignalSpy finished(&model, &ParticipantModel::actionFinished);
        model.remove(4);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("remove"));
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        model.ban(99);
        QCOMPARE(finished.size(), 2);
        QVERIFY(!finished.at(1).at(1).toString().isEmpty());
    }

    void affiliationWords()
    {
        QCOMPARE(ParticipantModel::affiliationText(A::Owner), QStringLiteral("Owner"));
        QCOMPARE(ParticipantModel::affiliationText(A::Admin), QStringLiteral("Admin"));
        QCOMPARE(ParticipantModel::affiliationText(A::Member), QStringLiteral("Member"));
        QVERIFY(ParticipantModel::affiliationText(A::None).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParticipantModel)
#include "tst_participantmodel.moc"
