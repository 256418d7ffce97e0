// The chat list over a real history: one row per chat in list order with its preview, ticks,
// unread count and time; live moves as messages arrive; pinning, archiving and filtering.
#include "AccountSession.h"
#include "ChatListModel.h"
#include "ContactService.h"
#include "ContactStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageRequests.h"
#include "ModelTestProfile.h"
#include "MuteService.h"
#include "ProfilePaths.h"
#include "UnreadCounter.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");
const QString Carol = QStringLiteral("carol@example.org");
const QString Spammer = QStringLiteral("spam@example.org");
} // namespace

class TestChatListModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ModelTestProfile profile;
        AccountSession account { ProfilePaths(profile.root()) };
        ChatListModel model;
        QAbstractItemModelTester tester { &model,
            QAbstractItemModelTester::FailureReportingMode::QtTest };
    };

    // Three chats: Bob's is the most recent (ours, sent), then Alice's (two unread), then Carol's.
    static bool fill(Fixture &f, qint64 now)
    {
        if (!QTest::qWaitFor([&] { return f.account.accountId() > 0; }))
            return false;
        const ModelTestProfile &p = f.profile;
        QList<Message> messages {
            p.message(Carol, Direction::Incoming, QStringLiteral("old news"), now - 90'000,
                QStringLiteral("c1")),
            p.message(Alice, Direction::Incoming, QStringLiteral("hi"), now - 60'000,
                QStringLiteral("a1")),
            p.message(Alice, Direction::Incoming, QStringLiteral("are you\nthere?"), now - 50'000,
                QStringLiteral("a2")),
            p.message(Bob, Direction::Outgoing, QStringLiteral("see you"), now - 10'000,
                QStringLiteral("b1")),
        };
        messages[0].read = true;
        return Test::await(f.account.history()->messages().insertMessages(messages)).size() == 4;
    }

    static QVariant at(const ChatListModel &model, int row, int role)
    {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void listsChatsMostRecentFirstWithPreviewAndUnread()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fill(f, now));
        f.model.setSession(&f.account);
        QTRY_VERIFY(f.model.isLoaded());
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Bob);
        QCOMPARE(at(f.model, 1, ChatListModel::PeerRole).toString(), Alice);
        QCOMPARE(at(f.model, 2, ChatListModel::PeerRole).toString(), Carol);
        QVERIFY(at(f.model, 0, ChatListModel::OwnLastRole).toBool());
        QCOMPARE(
            at(f.model, 0, ChatListModel::DeliveryStateRole).toInt(), int(DeliveryState::Sent));
        QVERIFY(!at(f.model, 1, ChatListModel::OwnLastRole).toBool());
        // A preview is one line.
        QCOMPARE(at(f.model, 1, ChatListModel::PreviewRole).toString(),
            QStringLiteral("are you there?"));
        QCOMPARE(at(f.model, 1, ChatListModel::UnreadRole).toInt(), 2);
        QCOMPARE(at(f.model, 2, ChatListModel::UnreadRole).toInt(), 0);
        QCOMPARE(at(f.model, 1, ChatListModel::NameRole).toString(), QStringLiteral("alice"));
        QVERIFY(!at(f.model, 0, ChatListModel::TimeRole).toString().isEmpty());
        QCOMPARE(at(f.model, 0, ChatListModel::TimestampRole).toLongLong(), now - 10'000);
        QVERIFY(!at(f.model, 0, ChatListModel::TypingRole).toBool());
        QVERIFY(f.model.roleNames().values().contains("deliveryState"));
    }

    void aNewMessageMovesItsChatToTheTop()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fill(f, now));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        QSignalSpy moved(&f.model, &QAbstractItemModel::rowsMoved);
        const Message fresh = f.profile.message(
            Carol, Direction::Incoming, QStringLiteral("news!"), now, QStringLiteral("c2"));
        QCOMPARE(Test::await(f.account.history()->messages().insertMessage(fresh)).size(), 1);
        QTRY_COMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Carol);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(at(f.model, 0, ChatListModel::PreviewRole).toString(), QStringLiteral("news!"));
        QTRY_COMPARE(at(f.model, 0, ChatListModel::UnreadRole).toInt(), 1);
        QCOMPARE(at(f.model, 1, ChatListModel::PeerRole).toString(), Bob);

        // A first message from a stranger adds a row.
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        const Message stranger = f.profile.message(QStringLiteral("dave@example.org"),
            Direction::Incoming, QStringLiteral("hello?"), now + 1, QStringLiteral("d1"));
        f.account.history()->messages().insertMessage(stranger);
        QTRY_COMPARE(f.model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(
            at(f.model, 0, ChatListModel::PeerRole).toString(), QStringLiteral("dave@example.org"));
    }

    // A muted chat says so and keeps its unread count (shown greyed); the tray's total drops it.
    void mutedChatsKeepTheirCountAndSaySo()
    {
        Fixture f;
        QVERIFY(fill(f, QDateTime::currentMSecsSinceEpoch()));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        QTRY_COMPARE(f.account.unreadCounter()->unreadCount(), 2);
        const qint64 alice = at(f.model, 1, ChatListModel::ChatIdRole).toLongLong();
        QVERIFY(!at(f.model, 1, ChatListModel::MutedRole).toBool());
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.account.mutes()->mute(alice, MuteService::Duration::EightHours);
        QVERIFY(!changed.isEmpty());
        QVERIFY(at(f.model, 1, ChatListModel::MutedRole).toBool());
        QVERIFY(!at(f.model, 0, ChatListModel::MutedRole).toBool());
        QCOMPARE(at(f.model, 1, ChatListModel::UnreadRole).toInt(), 2);
        QCOMPARE(f.account.unreadCounter()->unreadCount(), 0);
        QVERIFY(f.model.roleNames().values().contains("muted"));

        // After a restart of the list, the mute comes back from the store.
        ChatListModel again;
        QAbstractItemModelTester tester(
            &again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setSession(&f.account);
        QTRY_COMPARE(again.rowCount(), 3);
        QVERIFY(at(again, again.rowOf(alice), ChatListModel::MutedRole).toBool());
        QTRY_COMPARE(Test::await(f.account.history()->chats().chat(alice)).mutedUntil > 0, true);
        f.account.mutes()->unmute(alice);
        QVERIFY(!at(f.model, 1, ChatListModel::MutedRole).toBool());
        QCOMPARE(f.account.unreadCounter()->unreadCount(), 2);
    }

    void ticksFollowTheLastMessage()
    {
        Fixture f;
        QVERIFY(fill(f, QDateTime::currentMSecsSinceEpoch()));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        const qint64 chatId = at(f.model, 0, ChatListModel::ChatIdRole).toLongLong();
        QVERIFY(Test::await(f.account.history()->messages().advanceDeliveryState(
            chatId, QStringLiteral("b1"), DeliveryState::Read)));
        QTRY_COMPARE(
            at(f.model, 0, ChatListModel::DeliveryStateRole).toInt(), int(DeliveryState::Read));
    }

    void pinnedChatsStayOnTopAndArchivedOnesMoveAway()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fill(f, now));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        const qint64 carol = at(f.model, 2, ChatListModel::ChatIdRole).toLongLong();
        const qint64 alice = at(f.model, 1, ChatListModel::ChatIdRole).toLongLong();

        f.model.setPinned(carol, true);
        QTRY_COMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Carol);
        QVERIFY(at(f.model, 0, ChatListModel::PinnedRole).toBool());
        // A newer message elsewhere does not push a pinned chat down.
        f.account.history()->messages().insertMessage(f.profile.message(
            Alice, Direction::Incoming, QStringLiteral("ping"), now + 5, QStringLiteral("a3")));
        QTRY_COMPARE(at(f.model, 1, ChatListModel::PeerRole).toString(), Alice);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Carol);

        QSignalSpy archivedCount(&f.model, &ChatListModel::archivedCountChanged);
        f.model.setArchived(alice, true);
        QTRY_COMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.archivedCount(), 1);
        QVERIFY(archivedCount.count() >= 1);
        QCOMPARE(f.model.rowOf(alice), -1);
        f.model.setShowArchived(true);
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Alice);
        QVERIFY(at(f.model, 0, ChatListModel::ArchivedRole).toBool());

        // Pins and archive flags are stored: a new model sees them.
        ChatListModel again;
        again.setSession(&f.account);
        QTRY_VERIFY(again.isLoaded());
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(at(again, 0, ChatListModel::PeerRole).toString(), Carol);
        QCOMPARE(again.archivedCount(), 1);
    }

    // A stranger's chat is listed apart, by its address, and counts in no badge; an answer
    // makes it a normal chat.
    void messageRequestsAreListedApartUntilAnswered()
    {
        Fixture f;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(fill(f, now));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        QTRY_COMPARE(f.account.unreadCounter()->unreadCount(), 2);
        MessageRequests *requests = f.account.contacts()->messageRequests();
        QVERIFY(requests->isStranger(Spammer));
        QVERIFY(!requests->isStranger(ModelTestProfile::Me));
        QVERIFY(!requests->isStranger(QStringLiteral("example.org")));

        QSignalSpy requestCount(&f.model, &ChatListModel::requestCountChanged);
        Test::await(requests->open({ Spammer }));
        f.account.history()->messages().insertMessage(f.profile.message(Spammer,
            Direction::Incoming, QStringLiteral("cheap watches"), now, QStringLiteral("s1")));
        QTRY_COMPARE(f.model.requestCount(), 1);
        QVERIFY(requestCount.count() >= 1);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.account.unreadCounter()->unreadCount(), 2);
        // Not found by a search either.
        f.model.setFilter(QStringLiteral("spam"));
        QCOMPARE(f.model.rowCount(), 0);
        f.model.setFilter({});

        f.model.setShowRequests(true);
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Spammer);
        QCOMPARE(at(f.model, 0, ChatListModel::NameRole).toString(), Spammer);
        QCOMPARE(
            at(f.model, 0, ChatListModel::PreviewRole).toString(), QStringLiteral("cheap watches"));
        QCOMPARE(at(f.model, 0, ChatListModel::UnreadRole).toInt(), 1);

        // Our answer accepts it: back with the chats, and its unread message counts.
        Message answer = f.profile.message(
            Spammer, Direction::Outgoing, QStringLiteral("who?"), now + 10, QStringLiteral("o1"));
        f.account.history()->messages().insertMessage(answer);
        QTRY_COMPARE(f.model.requestCount(), 0);
        QTRY_COMPARE(f.model.rowCount(), 0);
        f.model.setShowRequests(false);
        QTRY_COMPARE(f.model.rowCount(), 4);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Spammer);
        QTRY_COMPARE(f.account.unreadCounter()->unreadCount(), 3);
    }

    // A file without text previews as its kind or, for a document, its name; text wins.
    void aFileWithoutTextPreviewsAsItsKind()
    {
        Fixture f;
        QVERIFY(QTest::qWaitFor([&] { return f.account.accountId() > 0; }));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const ModelTestProfile &p = f.profile;
        QList<Message> messages {
            p.message(Alice, Direction::Incoming, {}, now - 3000, QStringLiteral("a1")),
            p.message(Bob, Direction::Outgoing, {}, now - 2000, QStringLiteral("b1")),
            p.message(Carol, Direction::Incoming, QStringLiteral("our minutes"), now - 1000,
                QStringLiteral("c1")),
        };
        messages[0].attachments = { ModelTestProfile::file(
            QStringLiteral("IMG_1.jpg"), QStringLiteral("image/jpeg"), 10) };
        messages[1].attachments = { ModelTestProfile::file(
            QStringLiteral("minutes\n2026.pdf"), QStringLiteral("application/pdf"), 10) };
        messages[2].attachments = messages[1].attachments;
        QCOMPARE(Test::await(f.account.history()->messages().insertMessages(messages)).size(), 3);
        f.model.setSession(&f.account);
        QTRY_VERIFY(f.model.isLoaded());
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(at(f.model, 2, ChatListModel::PreviewRole).toString(), QStringLiteral("Photo"));
        QCOMPARE(
            at(f.model, 2, ChatListModel::PreviewIconRole).toString(), QStringLiteral("photo"));
        QCOMPARE(at(f.model, 1, ChatListModel::PreviewRole).toString(),
            QStringLiteral("minutes2026.pdf")); // the name the file is saved under
        QCOMPARE(
            at(f.model, 1, ChatListModel::PreviewIconRole).toString(), QStringLiteral("document"));
        QCOMPARE(
            at(f.model, 0, ChatListModel::PreviewRole).toString(), QStringLiteral("our minutes"));

        // A video arrives from Alice: her row moves up and previews it.
        Message video = p.message(Alice, Direction::Incoming, {}, now, QStringLiteral("a2"));
        video.attachments = { ModelTestProfile::file(
            QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"), 10) };
        f.account.history()->messages().insertMessage(video);
        QTRY_COMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Alice);
        QTRY_COMPARE(
            at(f.model, 0, ChatListModel::PreviewRole).toString(), QStringLiteral("Video"));
    }

    void filterFindsChatsByNameAndAddress()
    {
        Fixture f;
        QVERIFY(fill(f, QDateTime::currentMSecsSinceEpoch()));
        f.model.setSession(&f.account);
        QTRY_COMPARE(f.model.rowCount(), 3);
        // Alt+Up/Down walk the rows; past either end there is nothing.
        QCOMPARE(f.model.peerNear(Bob, 1), Alice);
        QCOMPARE(f.model.peerNear(Alice, -1), Bob);
        QCOMPARE(f.model.peerNear(Bob, -1), QString());
        QCOMPARE(f.model.peerNear(Carol, 1), QString());
        QCOMPARE(f.model.peerNear(QString(), 1), Bob);
        f.model.setFilter(QStringLiteral("CAR"));
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(at(f.model, 0, ChatListModel::PeerRole).toString(), Carol);
        f.model.setFilter(QStringLiteral("example.org"));
        QCOMPARE(f.model.rowCount(), 3);
        f.model.setFilter(QStringLiteral("nobody"));
        QCOMPARE(f.model.rowCount(), 0);
        f.model.setFilter({});
        QCOMPARE(f.model.rowCount(), 3);
    }

    // A group lists under its own name with initials from it, and its preview names the author
    // of the last message when it is someone else's; it stays listed after we left.
    void groupRowsShowTheirNameAndTheLastSender()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        QTRY_VERIFY(f.account.accountId() > 0);
        const QString room = QStringLiteral("abc@groups.example.org");
        Group group;
        group.accountId = f.profile.accountId();
        group.room = room;
        group.name = QStringLiteral("Family Chat");
        group.nick = QStringLiteral("me");
        group.state = GroupState::Left;
        QVERIFY(Test::await(f.account.history()->groups().saveGroup(group)).chatId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Message fromAlice = f.profile.message(
            room, Direction::Incoming, QStringLiteral("dinner?"), now - 1000, QStringLiteral("g1"));
        fromAlice.sender = QStringLiteral("Alice");
        QCOMPARE(
            Test::await(f.account.history()->messages().insertMessages({ fromAlice })).size(), 1);
        f.model.setSession(&f.account);
        QTRY_VERIFY(f.model.isLoaded());
        QCOMPARE(f.model.rowCount(), 1);
        QVERIFY(at(f.model, 0, ChatListModel::IsGroupRole).toBool());
        QCOMPARE(at(f.model, 0, ChatListModel::NameRole).toString(), QStringLiteral("Family Chat"));
        QCOMPARE(at(f.model, 0, ChatListModel::InitialsRole).toString(), QStringLiteral("FC"));
        QVERIFY(at(f.model, 0, ChatListModel::ColorRole).value<QColor>().isValid());
        QTRY_COMPARE(
            at(f.model, 0, ChatListModel::LastSenderRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(at(f.model, 0, ChatListModel::PreviewRole).toString(), QStringLiteral("dinner?"));

        // Ours: "You: " as in any chat, no author name.
        Message mine = f.profile.message(
            room, Direction::Outgoing, QStringLiteral("yes"), now, QStringLiteral("g2"));
        mine.sender = QStringLiteral("me");
        QCOMPARE(Test::await(f.account.history()->messages().insertMessages({ mine })).size(), 1);
        QTRY_VERIFY(at(f.model, 0, ChatListModel::OwnLastRole).toBool());
        QCOMPARE(at(f.model, 0, ChatListModel::LastSenderRole).toString(), QString());
    }

    // A private chat through a group's room: "nick (group)" even when the nickname is a
    // contact's address, the nick's initials, no picture, no author line; not a group row.
    void privateChatRowsNameTheRoom()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        const QString room = QStringLiteral("abc@groups.example.org");
        const QString peer = room + u'/' + Alice;
        qint64 chatId = 0;
        {
            // In the history before the session starts, as after a restart.
            HistoryService history(ProfilePaths(profile.root()).database());
            Group group;
            group.accountId = profile.accountId();
            group.room = room;
            group.name = QStringLiteral("Family Chat");
            group.nick = QStringLiteral("me");
            QVERIFY(Test::await(history.groups().saveGroup(group)).chatId);
            chatId = Test::await(
                history.chats().ensureChat(profile.accountId(), peer, ChatKind::GroupPrivate));
            QVERIFY(chatId != 0);
            Message pm = profile.message(peer, Direction::Incoming, QStringLiteral("psst"),
                QDateTime::currentMSecsSinceEpoch(), QStringLiteral("p1"));
            pm.chatId = chatId;
            pm.sender = Alice;
            QCOMPARE(Test::await(history.messages().insertMessages({ pm })).size(), 1);
        }
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.groups()->isGroup(room));
        ChatListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&account);
        QTRY_VERIFY(model.isLoaded());
        const int row = model.rowOf(chatId);
        QVERIFY(row >= 0);
        QCOMPARE(at(model, row, ChatListModel::PeerRole).toString(), peer);
        QCOMPARE(at(model, row, ChatListModel::NameRole).toString(),
            QStringLiteral("%1 (Family Chat)").arg(Alice));
        QCOMPARE(at(model, row, ChatListModel::InitialsRole).toString(), QStringLiteral("A"));
        // No presence dot: a nickname in a room shows nobody's presence.
        QCOMPARE(at(model, row, ChatListModel::PresenceRole).toString(), QStringLiteral("offline"));
        QVERIFY(!at(model, row, ChatListModel::IsGroupRole).toBool());
        QCOMPARE(at(model, row, ChatListModel::LastSenderRole).toString(), QString());
        QCOMPARE(at(model, row, ChatListModel::PreviewRole).toString(), QStringLiteral("psst"));
    }

    // A person's chat never names the sender: the row's name already does.
    void personRowsHaveNoLastSender()
    {
        Fixture f;
        QVERIFY(f.profile.isValid());
        QVERIFY(fill(f, QDateTime::currentMSecsSinceEpoch()));
        f.model.setSession(&f.account);
        QTRY_VERIFY(f.model.isLoaded());
        QCOMPARE(at(f.model, 1, ChatListModel::PeerRole).toString(), Alice);
        QVERIFY(!at(f.model, 1, ChatListModel::IsGroupRole).toBool());
        QCOMPARE(at(f.model, 1, ChatListModel::LastSenderRole).toString(), QString());
    }

    // A contact's row shows their name from its first paint, though the contacts load after
    // the chat rows: never the address first and the name a moment later.
    void aContactsRowNeverFlashesTheAddress()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        {
            ProfilePaths paths(profile.root());
            HistoryService history(paths.database());
            ContactStore contacts(history.database());
            Contact alice;
            alice.jid = Alice;
            alice.name = QStringLiteral("Alice Liddell");
            alice.subscription = Subscription::Both;
            QVERIFY(Test::await(contacts.saveRoster(
                profile.accountId(), { alice }, {}, true, QStringLiteral("v1"))));
            QCOMPARE(Test::await(history.messages().insertMessage(profile.message(Alice,
                                     Direction::Incoming, QStringLiteral("hi"),
                                     QDateTime::currentMSecsSinceEpoch(), QStringLiteral("a1"))))
                         .size(),
                1);
        }
        AccountSession account { ProfilePaths(profile.root()) };
        ChatListModel model;
        QStringList shown; // the name at every change the view would paint
        auto record = [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                shown << at(model, row, ChatListModel::NameRole).toString();
        };
        connect(&model, &QAbstractItemModel::modelReset, this, record);
        connect(&model, &QAbstractItemModel::rowsInserted, this, record);
        connect(&model, &QAbstractItemModel::dataChanged, this, record);
        model.setSession(&account);
        QTRY_VERIFY(model.isLoaded());
        QTRY_VERIFY(account.contacts()->view(Alice).inRoster);
        record();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.filter(QStringLiteral("Alice Liddell")).size(), shown.size());
        QCOMPARE(at(model, 0, ChatListModel::InitialsRole).toString(), QStringLiteral("AL"));
    }
};

QTEST_GUILESS_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
