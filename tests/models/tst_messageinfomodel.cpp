// "Message info" for one message of ours: who has read it in a private group (newest read first,
// following the readers live), nobody's reading in a channel, and in a one-to-one chat only the
// delivery state the history keeps.
#include "AccountSession.h"
#include "Await.h"
#include "GroupReceipts.h"
#include "GroupService.h"
#include "GroupStore.h"
#include "HistoryService.h"
#include "MessageInfoModel.h"
#include "MessageStore.h"
#include "ModelTestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::await;
using Natter::Test::ModelTestProfile;

namespace {
const QString Room = QStringLiteral("family@groups.example.org");
const QString Bob = QStringLiteral("bob@example.org");
const QString Carol = QStringLiteral("carol@example.org");

} // namespace

class TestMessageInfoModel : public QObject
{
    Q_OBJECT

private:
    // A group of kind and one message of ours in it, in the history before the session starts.
    static qint64 seedGroup(const ModelTestProfile &profile, ChatKind kind)
    {
        HistoryService history(ProfilePaths(profile.root()).database());
        Group group;
        group.accountId = profile.accountId();
        group.room = Room;
        group.kind = kind;
        group.name = QStringLiteral("Family");
        group.nick = QStringLiteral("me");
        if (await(history.groups().saveGroup(group)).chatId == 0)
            return 0;
        Message mine = profile.message(Room, Direction::Outgoing,
            QStringLiteral("Dinner at eight?\nBring the salad"),
            QDateTime::currentMSecsSinceEpoch() - 60000, QStringLiteral("room-1"));
        mine.sender = QStringLiteral("me");
        const QList<Message> stored = await(history.messages().insertMessage(mine));
        return stored.isEmpty() ? 0 : stored.first().id;
    }

    static QStringList names(const MessageInfoModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row).data(MessageInfoModel::NameRole).toString());
        return out;
    }

private Q_SLOTS:
    void listsReadersNewestFirstAndFollowsThem()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        const qint64 messageId = seedGroup(profile, ChatKind::PrivateGroup);
        QVERIFY(messageId != 0);
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.groups()->groupFor(Room).chatId != 0);
        const qint64 chatId = account.groups()->groupFor(Room).chatId;

        MessageInfoModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(&account);
        model.setMessageId(messageId);
        QTRY_VERIFY(model.showsReaders());
        QCOMPARE(model.preview(), QStringLiteral("Dinner at eight?"));
        QVERIFY(model.sentText().startsWith(QStringLiteral("Today ")));
        QVERIFY(!model.channel());
        QCOMPARE(model.stateText(), QString()); // a group's state is its readers
        QCOMPARE(model.readCount(), 0);
        // Offline the room has not shown us its members: a count, but not "of how many".
        QCOMPARE(model.memberCount(), -1);
        QCOMPARE(model.readByText(), QStringLiteral("Read by 0"));

        // Carol reads first, Bob later: Bob, the newest read, comes first.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(await(account.history()->groups().recordRead(
                           chatId, QStringLiteral("room-1"), Carol, now - 5000))
                     .size(),
            1);
        QSignalSpy changed(&model, &MessageInfoModel::changed);
        Q_EMIT account.groupReceipts()->readersChanged(messageId);
        QTRY_COMPARE(model.readCount(), 1);
        QCOMPARE(names(model), QStringList { QStringLiteral("carol") });
        QVERIFY(!changed.isEmpty());

        QVERIFY(!await(account.history()->groups().recordRead(
                           chatId, QStringLiteral("room-1"), Bob, now - 1000))
                     .isEmpty());
        // Another message's readers changing is none of this model's business.
        Q_EMIT account.groupReceipts()->readersChanged(messageId + 1000);
        QTest::qWait(0);
        QCOMPARE(model.readCount(), 1);
        Q_EMIT account.groupReceipts()->readersChanged(messageId);
        QTRY_COMPARE(model.readCount(), 2);
        QCOMPARE(names(model), (QStringList { QStringLiteral("bob"), QStringLiteral("carol") }));
        QCOMPARE(model.readByText(), QStringLiteral("Read by 2"));
        const QModelIndex bob = model.index(0);
        QVERIFY(bob.data(MessageInfoModel::ReadRole).toBool());
        QCOMPARE(bob.data(MessageInfoModel::HeadingRole).toString(), QStringLiteral("Read by"));
        QCOMPARE(model.index(1).data(MessageInfoModel::HeadingRole).toString(), QString());
        QCOMPARE(bob.data(MessageInfoModel::ReadAtRole).toLongLong(), now - 1000);
        QCOMPARE(bob.data(MessageInfoModel::JidRole).toString(), Bob);
        QCOMPARE(bob.data(MessageInfoModel::InitialsRole).toString(), QStringLiteral("B"));
        QVERIFY(bob.data(MessageInfoModel::ColorRole).value<QColor>().isValid());
        QVERIFY(bob.data(MessageInfoModel::ReadAtTextRole).toString().startsWith(u"Today "));
        QVERIFY(bob.data(MessageInfoModel::AccessibleNameRole)
                    .toString()
                    .startsWith(QStringLiteral("bob, read today at ")));
    }

    void channelShowsOnlyWhenSent()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        const qint64 messageId = seedGroup(profile, ChatKind::Channel);
        QVERIFY(messageId != 0);
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.groups()->groupFor(Room).chatId != 0);
        const qint64 chatId = account.groups()->groupFor(Room).chatId;
        // Even a read the history holds is not shown in a channel.
        (void)await(account.history()->groups().recordRead(
            chatId, QStringLiteral("room-1"), Bob, QDateTime::currentMSecsSinceEpoch()));

        MessageInfoModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(&account);
        model.setMessageId(messageId);
        QTRY_VERIFY(model.channel());
        Q_EMIT account.groupReceipts()->readersChanged(messageId);
        QTest::qWait(50);
        QVERIFY(!model.showsReaders());
        QCOMPARE(model.readByText(), QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.stateText(), QString());
        QVERIFY(!model.sentText().isEmpty());
    }

    void personalChatShowsTheDeliveryState()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        Message mine = profile.message(Bob, Direction::Outgoing, QStringLiteral("hi Bob"),
            QDateTime::currentMSecsSinceEpoch(), QStringLiteral("m1"));
        const QList<Message> stored = await(account.history()->messages().insertMessage(mine));
        QCOMPARE(stored.size(), 1);

        MessageInfoModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(&account);
        model.setMessageId(stored.first().id);
        QTRY_COMPARE(model.stateText(), QStringLiteral("Sent, not delivered yet"));
        QVERIFY(!model.showsReaders());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.preview(), QStringLiteral("hi Bob"));

        // The state follows the history live.
        QVERIFY(await(account.history()->messages().advanceDeliveryState(
            stored.first().id, DeliveryState::Read)));
        QTRY_COMPARE(model.stateText(), QStringLiteral("Read"));
    }

    void wordsWhen()
    {
        const QDateTime now(QDate(2026, 3, 12), QTime(18, 0), Qt::UTC);
        const qint64 today
            = QDateTime(QDate(2026, 3, 12), QTime(14, 32), Qt::UTC).toMSecsSinceEpoch();
        const qint64 yesterday = today - qint64 { 24 } * 3600 * 1000;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(MessageInfoModel::whenText(today, now), QStringLiteral("Today 14:32"));
        QCOMPARE(MessageInfoModel::whenSpoken(today, now), QStringLiteral("today at 14:32"));
        QCOMPARE(
            MessageInfoModel::whenSpoken(yesterday, now), QStringLiteral("yesterday at 14:32"));
    }
};

QTEST_GUILESS_MAIN(TestMessageInfoModel)
#include "tst_messageinfomodel.moc"
