// One conversation over a real history: opening at the first unread, paging both ways by key,
// live arrivals and tick changes, day separators and groups, and escaped rich text.
#include "AccountSession.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"
#include "Reactions.h"
#include "SystemEvent.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
constexpr qint64 Minute = 60'000;
} // namespace

class TestConversationModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        ConversationModel model;
        QAbstractItemModelTester tester { &model,
            QAbstractItemModelTester::FailureReportingMode::QtTest };

        // count messages with Alice, a minute apart, alternating direction; the last unread
        // ones are incoming and unread. Resolves with the stored messages, oldest first.
        QList<Message> fill(int count, int unread, qint64 newest) const
        {
            if (!QTest::qWaitFor([&] { return account.accountId() > 0; }))
                return {};
            QList<Message> messages;
            for (int i = 0; i < count; ++i) {
                const bool tail = i >= count - unread;
                const Direction direction
                    = tail || i % 2 ? Direction::Incoming : Direction::Outgoing;
                Message m = profile.message(Alice, direction, QStringLiteral("message %1").arg(i),
                    newest - (count - 1 - i) * Minute, QStringLiteral("m%1").arg(i));
                m.read = !tail;
                messages.append(m);
            }
            return Test::await(account.history()->messages().insertMessages(messages));
        }

        QVariant at(int row, int role) const { return model.data(model.index(row), role); }

        bool newestFirst() const
        {
            for (int row = 1; row < model.rowCount(); ++row) {
                if (at(row - 1, ConversationModel::TimestampRole).toLongLong()
                    <= at(row, ConversationModel::TimestampRole).toLongLong())
                    return false;
            }
            return true;
        }
    };

private Q_SLOTS:
    // The reactions role: ours at once (queued while offline), theirs as they arrive, one chip
    // per emoji with its count and who, named for a screen reader.
    void reactionsFollowTheService()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(f.fill(3, 0, now - Minute).size(), 3);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 3);
        QVERIFY(f.at(0, ConversationModel::ReactionsRole).toList().isEmpty());
        QCOMPARE(f.model.quickReactions().size(), 6);

        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.react(0, QStringLiteral("👍"));
        QTRY_COMPARE(f.at(0, ConversationModel::ReactionsRole).toList().size(), 1);
        QVERIFY(!changed.isEmpty());
        QVariantMap chip = f.at(0, ConversationModel::ReactionsRole).toList().first().toMap();
        QCOMPARE(chip.value(QStringLiteral("emoji")).toString(), QStringLiteral("👍"));
        QCOMPARE(chip.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(chip.value(QStringLiteral("ours")).toBool());
        QCOMPARE(
            chip.value(QStringLiteral("accessibleName")).toString(), QStringLiteral("👍 1: You"));

        // Alice's set on the same message (row 0 is "m2"): the chip counts two.
        Reaction theirs;
        theirs.peer = Alice;
        theirs.ref = QStringLiteral("m2");
        theirs.reactor = Alice;
        theirs.emojis = { QStringLiteral("👍"), QStringLiteral("not an emoji") };
        theirs.timestamp = now;
        f.account.reactions()->receive(theirs);
        QTRY_COMPARE(f.at(0, ConversationModel::ReactionsRole)
                         .toList()
                         .first()
                         .toMap()
                         .value(QStringLiteral("count"))
                         .toInt(),
            2);
        chip = f.at(0, ConversationModel::ReactionsRole).toList().first().toMap();
        const QString name = chip.value(QStringLiteral("accessibleName")).toString();
        QVERIFY2(name.startsWith(u"👍 2: ") && name.contains(u"You") && name.contains(u"alice"),
            qPrintable(name));
        QCOMPARE(f.at(0, ConversationModel::ReactionsRole).toList().size(), 1);
        QVERIFY(f.at(1, ConversationModel::ReactionsRole).toList().isEmpty());

        // Taking ours back leaves hers.
        f.model.react(0, QStringLiteral("👍"));
        QTRY_VERIFY(!f.at(0, ConversationModel::ReactionsRole)
                         .toList()
                         .first()
                         .toMap()
                         .value(QStringLiteral("ours"))
                         .toBool());
        QCOMPARE(Test::await(f.account.reactions()->queued()), 1);
    }

    void opensAtTheFirstUnreadMessage()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        const QList<Message> stored = f.fill(120, 10, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(stored.size(), 120);
        QSignalSpy position(&f.model, &ConversationModel::positionRequested);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_VERIFY(f.model.rowCount() > 0);
        QTRY_COMPARE(position.count(), 1);
        const qint64 firstUnread = stored.at(110).id;
        const int row = f.model.rowOf(firstUnread);
        QVERIFY(row >= 0);
        QCOMPARE(position.first().first().toInt(), row);
        QVERIFY(f.at(row, ConversationModel::UnreadDividerRole).toBool());
        QVERIFY(!f.at(row + 1, ConversationModel::UnreadDividerRole).toBool());
        QCOMPARE(f.model.unreadAtOpen(), 10);
        QCOMPARE(f.model.unreadCount(), 10);
        QVERIFY(f.model.atLiveEnd());
        QCOMPARE(f.at(0, ConversationModel::MessageIdRole).toLongLong(), stored.last().id);
        QVERIFY(f.newestFirst());
        QVERIFY(f.model.chatId() > 0);
    }

    void pagesOlderAndNewerByKey()
    {
        Fixture f;
        const QList<Message> stored = f.fill(300, 0, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(stored.size(), 300);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), ConversationModel::PageSize);
        QVERIFY(f.model.atLiveEnd());
        QCOMPARE(f.at(0, ConversationModel::MessageIdRole).toLongLong(), stored.last().id);

        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        f.model.fetchOlder();
        QTRY_COMPARE(f.model.rowCount(), 2 * ConversationModel::PageSize);
        QCOMPARE(inserted.first().at(1).toInt(), ConversationModel::PageSize); // appended
        QCOMPARE(f.at(f.model.rowCount() - 1, ConversationModel::MessageIdRole).toLongLong(),
            stored.at(200).id);
        QVERIFY(f.newestFirst());

        // A search hit far back: the window moves there and is no longer at the live end.
        QSignalSpy position(&f.model, &ConversationModel::positionRequested);
        f.model.jumpTo(stored.at(10).id);
        QTRY_COMPARE(position.count(), 1);
        QVERIFY(!f.model.atLiveEnd());
        QCOMPARE(position.first().first().toInt(), f.model.rowOf(stored.at(10).id));
        const qint64 newestLoaded = f.at(0, ConversationModel::TimestampRole).toLongLong();
        f.model.fetchNewer();
        QTRY_VERIFY(f.at(0, ConversationModel::TimestampRole).toLongLong() > newestLoaded);
        QVERIFY(f.newestFirst());

        f.model.jumpToLatest();
        QTRY_VERIFY(f.model.atLiveEnd());
        QCOMPARE(f.at(0, ConversationModel::MessageIdRole).toLongLong(), stored.last().id);

        // The oldest page, then nothing more: offline, the archive cannot be asked, so the
        // model does not claim to have reached the start.
        for (int i = 0; i < 10 && f.model.rowCount() < 300; ++i) {
            const int before = f.model.rowCount();
            f.model.fetchOlder();
            QTRY_VERIFY(f.model.rowCount() > before);
        }
        QCOMPARE(f.model.rowCount(), 300);
        f.model.fetchOlder();
        QTRY_VERIFY(!f.model.isLoading());
        QCOMPARE(f.model.rowCount(), 300);
        QVERIFY(f.newestFirst());
    }

    void liveMessagesAndTicksFollowTheStore()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(f.fill(5, 0, now - Minute).size(), 5);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 5);
        Message mine = f.profile.message(
            Alice, Direction::Outgoing, QStringLiteral("on my way"), now, QStringLiteral("live1"));
        mine.deliveryState = DeliveryState::Pending;
        f.account.history()->messages().insertMessage(mine);
        QTRY_COMPARE(f.model.rowCount(), 6);
        QCOMPARE(f.at(0, ConversationModel::BodyRole).toString(), QStringLiteral("on my way"));
        QVERIFY(f.at(0, ConversationModel::OutgoingRole).toBool());
        QCOMPARE(
            f.at(0, ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Pending));
        QVERIFY(!f.at(0, ConversationModel::TimeRole).toString().isEmpty());

        const qint64 id = f.at(0, ConversationModel::MessageIdRole).toLongLong();
        QVERIFY(Test::await(
            f.account.history()->messages().advanceDeliveryState(id, DeliveryState::Delivered)));
        QTRY_COMPARE(
            f.at(0, ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Delivered));
        // A state never moves back.
        QVERIFY(!Test::await(
            f.account.history()->messages().advanceDeliveryState(id, DeliveryState::Sent)));

        // The same message again (a retried delivery) adds nothing.
        f.account.history()->messages().insertMessage(mine);
        f.account.history()->messages().insertMessage(f.profile.message(
            Alice, Direction::Incoming, QStringLiteral("great"), now + 1, QStringLiteral("live2")));
        QTRY_COMPARE(f.model.rowCount(), 7);
        QCOMPARE(f.at(0, ConversationModel::BodyRole).toString(), QStringLiteral("great"));
        QCOMPARE(
            f.at(1, ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Delivered));

        // A failure shows its reason.
        Message doomed = f.profile.message(
            Alice, Direction::Outgoing, QStringLiteral("lost"), now + 2, QStringLiteral("live3"));
        doomed.deliveryState = DeliveryState::Pending;
        const QList<Message> added
            = Test::await(f.account.history()->messages().insertMessage(doomed));
        QCOMPARE(added.size(), 1);
        QVERIFY(Test::await(f.account.history()->messages().advanceDeliveryState(
            added.first().id, DeliveryState::Failed, QStringLiteral("service unavailable"))));
        QTRY_COMPARE(
            f.at(0, ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Failed));
        QCOMPARE(f.at(0, ConversationModel::ErrorTextRole).toString(),
            QStringLiteral("service unavailable"));
    }

    void separatesDaysAndGroupsSenders()
    {
        Fixture f;
        QVERIFY(QTest::qWaitFor([&] { return f.account.accountId() > 0; }));
        const QDate today = QDate::currentDate();
        auto ms
            = [](QDate d, int h, int m) { return QDateTime(d, QTime(h, m)).toMSecsSinceEpoch(); };
        const ModelTestProfile &p = f.profile;
        QList<Message> messages {
            p.message(Alice, Direction::Incoming, QStringLiteral("late"),
                ms(today.addDays(-1), 23, 0), QStringLiteral("d1")),
            p.message(Alice, Direction::Incoming, QStringLiteral("morning"), ms(today, 0, 1),
                QStringLiteral("d2")),
            p.message(Alice, Direction::Incoming, QStringLiteral("again"), ms(today, 0, 2),
                QStringLiteral("d3")),
            p.message(Alice, Direction::Outgoing, QStringLiteral("hi"), ms(today, 0, 3),
                QStringLiteral("d4")),
        };
        QCOMPARE(Test::await(f.account.history()->messages().insertMessages(messages)).size(), 4);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 4);
        // Rows: 0 hi (ours), 1 again, 2 morning, 3 late (yesterday).
        QCOMPARE(
            f.at(3, ConversationModel::DaySeparatorRole).toString(), QStringLiteral("Yesterday"));
        QCOMPARE(f.at(2, ConversationModel::DaySeparatorRole).toString(), QStringLiteral("Today"));
        QVERIFY(f.at(1, ConversationModel::DaySeparatorRole).toString().isEmpty());
        QVERIFY(f.at(0, ConversationModel::DaySeparatorRole).toString().isEmpty());
        QVERIFY(!f.at(2, ConversationModel::GroupedWithOlderRole).toBool()); // a new day
        QVERIFY(f.at(1, ConversationModel::GroupedWithOlderRole).toBool());
        QVERIFY(!f.at(0, ConversationModel::GroupedWithOlderRole).toBool()); // another sender
    }

    // In a group each incoming message carries its author's nickname and colour, and a run of
    // messages groups only while the author stays the same.
    void groupMessagesNameTheirSender()
    {
        Fixture f;
        QVERIFY(QTest::qWaitFor([&] { return f.account.accountId() > 0; }));
        const QString room = QStringLiteral("abc@groups.example.org");
        Group group;
        group.accountId = f.profile.accountId();
        group.room = room;
        group.name = QStringLiteral("Family");
        group.nick = QStringLiteral("me");
        QVERIFY(Test::await(f.account.history()->groups().saveGroup(group)).chatId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const ModelTestProfile &p = f.profile;
        QList<Message> messages {
            p.message(
                room, Direction::Incoming, QStringLiteral("one"), now - 4000, QStringLiteral("s1")),
            p.message(
                room, Direction::Incoming, QStringLiteral("two"), now - 3000, QStringLiteral("s2")),
            p.message(room, Direction::Incoming, QStringLiteral("three"), now - 2000,
                QStringLiteral("s3")),
            p.message(room, Direction::Outgoing, QStringLiteral("mine"), now - 1000,
                QStringLiteral("s4")),
        };
        messages[0].sender = messages[1].sender = QStringLiteral("Alice");
        messages[2].sender = QStringLiteral("Bob");
        messages[3].sender = QStringLiteral("me");
        QCOMPARE(Test::await(f.account.history()->messages().insertMessages(messages)).size(), 4);
        f.model.setSession(&f.account);
        f.model.setPeer(room);
        QTRY_COMPARE(f.model.rowCount(), 4);
        QVERIFY(f.model.isGroup());
        // Rows: 0 mine, 1 Bob, 2 Alice "two", 3 Alice "one".
        QCOMPARE(f.at(0, ConversationModel::SenderNameRole).toString(), QString());
        QCOMPARE(f.at(1, ConversationModel::SenderNameRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(f.at(3, ConversationModel::SenderNameRole).toString(), QStringLiteral("Alice"));
        QVERIFY(!f.at(1, ConversationModel::GroupedWithOlderRole).toBool()); // Bob after Alice
        QVERIFY(f.at(2, ConversationModel::GroupedWithOlderRole).toBool());
        const QColor alice = f.at(3, ConversationModel::SenderColorRole).value<QColor>();
        QVERIFY(alice.isValid());
        QCOMPARE(f.at(2, ConversationModel::SenderColorRole).value<QColor>(), alice);
        QVERIFY(f.at(1, ConversationModel::SenderColorRole).value<QColor>() != alice);

        // A person's chat names nobody: the header does.
        f.model.setPeer(Alice);
        QTRY_VERIFY(f.model.chatId() != 0);
        QVERIFY(!f.model.isGroup());
    }

    void bodiesAreEscapedBeforeStyling()
    {
        Fixture f;
        QVERIFY(QTest::qWaitFor([&] { return f.account.accountId() > 0; }));
        const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> *bold*");
        f.account.history()->messages().insertMessage(f.profile.message(Alice, Direction::Incoming,
            hostile, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("x1")));
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 1);
        const QString html = f.at(0, ConversationModel::HtmlRole).toString();
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;img")));
        QVERIFY(html.contains(QStringLiteral("<b>")));
        QCOMPARE(f.at(0, ConversationModel::BodyRole).toString(), hostile);
    }

    // Up in an empty composer selects our newest loaded message: the first outgoing row.
    void findsTheNewestOwnRow()
    {
        Fixture f;
        const QList<Message> stored = f.fill(8, 3, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(stored.size(), 8);
        QCOMPARE(f.model.lastOwnRow(), -1);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 8);
        // Rows 0-2 are the unread incoming tail, row 3 is ours (message 4), row 4 theirs.
        QCOMPARE(f.model.lastOwnRow(), 3);
        QCOMPARE(f.model.idAt(3), stored.at(4).id);
    }

    void seenMessagesBecomeRead()
    {
        Fixture f;
        const QList<Message> stored = f.fill(8, 3, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(stored.size(), 8);
        f.model.setSession(&f.account);
        f.model.setPeer(Alice);
        QTRY_COMPARE(f.model.rowCount(), 8);
        QCOMPARE(f.model.unreadCount(), 3);
        f.model.markSeen(stored.at(6).id);
        QTRY_COMPARE(f.model.unreadCount(), 1);
        f.model.markSeen(stored.at(7).id);
        QTRY_COMPARE(f.model.unreadCount(), 0);
    }

    // A group's own line is a row of its kind: in words, from nobody, never grouped with a
    // message; seeing it marks the message before it read.
    void systemLinesAreRowsOfTheirOwn()
    {
        Fixture f;
        QVERIFY(QTest::qWaitFor([&] { return f.account.accountId() > 0; }));
        const QString room = QStringLiteral("lines@groups.example.org");
        Group group;
        group.accountId = f.profile.accountId();
        group.room = room;
        group.nick = QStringLiteral("me");
        const qint64 chatId = Test::await(f.account.history()->groups().saveGroup(group)).chatId;
        QVERIFY(chatId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Message hello = f.profile.message(
            room, Direction::Incoming, QStringLiteral("hello"), now - 2000, QStringLiteral("s1"));
        hello.sender = QStringLiteral("Alice");
        SystemEvent added;
        added.type = SystemEvent::Type::Added;
        added.actor = QStringLiteral("Alice");
        added.target = QStringLiteral("<i>Carol</i>");
        Message line;
        line.accountId = f.profile.accountId();
        line.chatId = chatId;
        line.kind = MessageKind::System;
        line.event = added.encode();
        line.timestamp = now - 1000;
        Message after = hello;
        after.body = QStringLiteral("welcome");
        after.stanzaId = after.messageId = QStringLiteral("s2");
        after.timestamp = now;
        MessageStore &store = f.account.history()->messages();
        QCOMPARE(Test::await(store.insertMessages({ hello, line })).size(), 2);
        f.model.setSession(&f.account);
        f.model.setPeer(room);
        QTRY_COMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.unreadCount(), 1);
        QVERIFY(f.at(0, ConversationModel::IsSystemRole).toBool());
        QVERIFY(!f.at(1, ConversationModel::IsSystemRole).toBool());
        QCOMPARE(f.at(0, ConversationModel::SystemTextRole).toString(),
            QStringLiteral("Alice added <i>Carol</i>"));
        QCOMPARE(f.at(1, ConversationModel::SystemTextRole).toString(), QString());
        QCOMPARE(f.at(0, ConversationModel::SenderNameRole).toString(), QString());
        QVERIFY(!f.at(0, ConversationModel::OutgoingRole).toBool());
        // Seeing the line is seeing what came before it.
        f.model.markSeen(f.model.idAt(0));
        QTRY_COMPARE(f.model.unreadCount(), 0);
        // A message after a line starts a run of its own: its author is named again.
        QCOMPARE(Test::await(store.insertMessages({ after })).size(), 1);
        QTRY_COMPARE(f.model.rowCount(), 3);
        QVERIFY(!f.at(0, ConversationModel::GroupedWithOlderRole).toBool());
        QCOMPARE(f.at(0, ConversationModel::SenderNameRole).toString(), QStringLiteral("Alice"));
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
