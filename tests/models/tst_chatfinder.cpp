// Chat-level actions (issue 19) below the window: ChatActions over an offline account's history
// (find in a chat, newest first by time; mark unread and the unread counter; clearing deletes
// files from the media cache only) and the models that show them (ChatFinder's "n of m" and
// its wrap-around; the chat list's badge for a chat marked unread and a deleted chat's row).
#include "AccountSession.h"
#include "ChatActions.h"
#include "ChatFinder.h"
#include "ChatListModel.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"
#include "UnreadCounter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");

// A service's future, whose continuations run on this thread's event loop: waited for with the
// loop running.
template <typename T> T settle(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return T();
    return future.result();
}

bool writeFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("jpeg") == 4;
}
} // namespace

class TestChatFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNewestFirstAndWraps()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Stored out of order, as a page from the archive arrives after newer messages.
        const QList<Message> stored = Test::await(account.history()->messages().insertMessages({
            profile.message(Alice, Direction::Incoming, QStringLiteral("lunch at noon?"),
                now - 1000, QStringLiteral("s1")),
            profile.message(Alice, Direction::Outgoing, QStringLiteral("Lunch, yes"), now - 500,
                QStringLiteral("s2")),
            profile.message(Alice, Direction::Incoming, QStringLiteral("old lunch talk"),
                now - 90000, QStringLiteral("s0")),
            profile.message(Bob, Direction::Incoming, QStringLiteral("lunch with bob"), now - 200,
                QStringLiteral("b1")),
        }));
        QCOMPARE(stored.size(), 4);
        const qint64 chatId = stored.first().chatId;

        QCOMPARE(settle(account.chatActions()->find(chatId, QStringLiteral("LUNCH"))),
            (QList<qint64> { stored[1].id, stored[0].id, stored[2].id }));

        ChatFinder finder;
        QSignalSpy chosen(&finder, &ChatFinder::matchChosen);
        finder.setSession(&account);
        finder.setChatId(chatId);
        finder.setQuery(QStringLiteral("lun"));
        QTRY_COMPARE(finder.count(), 3);
        QCOMPARE(finder.current(), 1);
        QCOMPARE(finder.currentMessageId(), stored[1].id);
        QTRY_COMPARE(chosen.size(), 1);
        finder.next();
        finder.next();
        QCOMPARE(finder.current(), 3);
        QCOMPARE(chosen.last().first().toLongLong(), stored[2].id);
        finder.next(); // past the oldest: back to the newest
        QCOMPARE(finder.current(), 1);
        finder.previous();
        QCOMPARE(finder.current(), 3);
        finder.setQuery(QStringLiteral("dinner"));
        QTRY_COMPARE(finder.count(), 0);
        QCOMPARE(finder.current(), 0);
        finder.setQuery(QString());
        QTRY_VERIFY(!finder.isSearching());
        QCOMPARE(finder.count(), 0);
    }

    void markedUnreadShowsAndCounts()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Message read = profile.message(
            Alice, Direction::Incoming, QStringLiteral("seen"), now - 1000, QStringLiteral("a1"));
        read.read = true;
        const QList<Message> stored
            = Test::await(account.history()->messages().insertMessages({ read,
                profile.message(Bob, Direction::Incoming, QStringLiteral("new"), now - 500,
                    QStringLiteral("b1")) }));
        QCOMPARE(stored.size(), 2);
        const qint64 alice = stored[0].chatId;

        ChatListModel chats;
        QAbstractItemModelTester tester(
            &chats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chats.setSession(&account);
        QTRY_COMPARE(chats.rowCount(), 2);
        QTRY_COMPARE(account.unreadCounter()->unreadCount(), 1);
        const auto marked = [&] {
            return chats.data(chats.index(chats.rowOf(alice)), ChatListModel::MarkedUnreadRole)
                .toBool();
        };
        QVERIFY(!marked());

        account.chatActions()->markUnread(alice);
        QTRY_VERIFY(marked());
        QTRY_COMPARE(account.unreadCounter()->unreadCount(), 2);
        // Bob's chat has a real count: marking it unread adds nothing to it.
        account.chatActions()->markUnread(stored[1].chatId);
        QTRY_VERIFY(Test::await(account.history()->chats().chat(stored[1].chatId)).markedUnread);
        QCOMPARE(account.unreadCounter()->unreadCount(), 2);

        // Opening the chat takes the mark away.
        account.chatActions()->opened(alice);
        QTRY_VERIFY(!marked());
        QTRY_COMPARE(account.unreadCounter()->unreadCount(), 1);

        // Deleting the chat takes its row away; the other stays.
        QVERIFY(settle(account.chatActions()->deleteChat(alice, false)));
        QTRY_COMPARE(chats.rowCount(), 1);
        QCOMPARE(chats.rowOf(alice), -1);
    }

    void clearingDeletesCachedFilesOnly()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const QString cached = ProfilePaths(profile.root()).mediaCache() + QStringLiteral("/a.jpg");
        const QString elsewhere = profile.root() + QStringLiteral("/Pictures/b.jpg");
        QVERIFY(writeFile(cached) && writeFile(elsewhere));
        Message photo = profile.message(Alice, Direction::Incoming, {},
            QDateTime::currentMSecsSinceEpoch(), QStringLiteral("p1"));
        Attachment a
            = ModelTestProfile::file(QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"), 4);
        a.localPath = cached;
        Attachment b
            = ModelTestProfile::file(QStringLiteral("b.jpg"), QStringLiteral("image/jpeg"), 4);
        b.localPath = elsewhere;
        photo.attachments = { a, b };
        const QList<Message> stored
            = Test::await(account.history()->messages().insertMessage(photo));
        QCOMPARE(stored.size(), 1);
        QSignalSpy cleared(account.chatActions(), &ChatActions::chatCleared);
        QVERIFY(settle(account.chatActions()->clearMessages(stored[0].chatId)));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!QFile::exists(cached));
        QVERIFY(QFile::exists(elsewhere));
    }
};

QTEST_GUILESS_MAIN(TestChatFinder)
#include "tst_chatfinder.moc"
