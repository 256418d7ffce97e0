// Starred messages for QML: newest star first, per chat or across chats, with what each row
// shows (chat, sender, excerpt or what the file is), following stars given and taken and
// messages deleted, brought back or cleared, and paged by key.
#include "AccountSession.h"
#include "HistoryService.h"
#include "ModelTestProfile.h"
#include "Retractions.h"
#include "StarredMessageModel.h"
#include "Stars.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Natter;
using Natter::Test::ModelTestProfile;

namespace {
const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");
} // namespace

class TestStarredMessageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excerptsSayWhatAFileIs()
    {
        Message m;
        m.body = QStringLiteral("  two\nlines  ");
        QCOMPARE(StarredMessageModel::excerpt(m), QStringLiteral("two lines"));
        m.body.clear();
        m.attachments = { ModelTestProfile::file(
            QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), 1000) };
        QCOMPARE(StarredMessageModel::excerpt(m), QStringLiteral("Document: report.pdf"));
        m.attachments = { ModelTestProfile::file(
            QStringLiteral("voice-1.ogg"), QStringLiteral("audio/ogg"), 1000) };
        QCOMPARE(StarredMessageModel::excerpt(m), QStringLiteral("Voice message"));
        m.body = QString(400, u'x');
        QCOMPARE(StarredMessageModel::excerpt(m).size(), StarredMessageModel::MaxExcerptLength + 1);
    }

    void followsStarsInAllChatsAndInOne()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Message photo = profile.message(
            Bob, Direction::Outgoing, QString(), now - 3000, QStringLiteral("s1"));
        photo.attachments = { ModelTestProfile::file(
            QStringLiteral("beach.jpg"), QStringLiteral("image/jpeg"), 2000) };
        const QList<Message> stored = Test::await(account.history()->messages().insertMessages({
            profile.message(Alice, Direction::Incoming, QStringLiteral("See you <at> 8"),
                now - 4000, QStringLiteral("s0")),
            photo,
            profile.message(
                Alice, Direction::Outgoing, QStringLiteral("ok"), now - 2000, QStringLiteral("s2")),
        }));
        QCOMPARE(stored.size(), 3);

        StarredMessageModel all;
        QAbstractItemModelTester allTester(
            &all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setSession(&account);
        QTRY_VERIFY(all.isLoaded());
        QCOMPARE(all.rowCount(), 0);

        StarredMessageModel alice;
        QAbstractItemModelTester aliceTester(
            &alice, QAbstractItemModelTester::FailureReportingMode::QtTest);
        alice.setChatId(stored.at(0).chatId);
        alice.setSession(&account);
        QTRY_VERIFY(alice.isLoaded());

        // Starred one by one: each comes in on top, live.
        QVERIFY(Test::await(account.stars()->star(stored.at(0).id)));
        QTRY_COMPARE(all.rowCount(), 1);
        QVERIFY(Test::await(account.stars()->star(stored.at(1).id)));
        QTRY_COMPARE(all.rowCount(), 2);
        QVERIFY(Test::await(account.stars()->toggle(stored.at(2).id)));
        QTRY_COMPARE(all.rowCount(), 3);
        QTRY_COMPARE(alice.rowCount(), 2);

        auto at = [](StarredMessageModel &model, int row, int role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(all, 0, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(2).id);
        QCOMPARE(at(all, 1, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(1).id);
        QCOMPARE(at(all, 1, StarredMessageModel::ChatNameRole).toString(), QStringLiteral("bob"));
        QCOMPARE(at(all, 1, StarredMessageModel::SenderRole).toString(), QStringLiteral("You"));
        QCOMPARE(at(all, 1, StarredMessageModel::ExcerptRole).toString(), QStringLiteral("Photo"));
        QCOMPARE(at(all, 2, StarredMessageModel::SenderRole).toString(), QStringLiteral("alice"));
        // Plain text, as written: QML shows it as plain text.
        QCOMPARE(at(all, 2, StarredMessageModel::ExcerptRole).toString(),
            QStringLiteral("See you <at> 8"));
        QCOMPARE(at(all, 2, StarredMessageModel::PeerRole).toString(), Alice);
        QVERIFY(!at(all, 2, StarredMessageModel::DateRole).toString().isEmpty());
        QVERIFY(at(all, 2, StarredMessageModel::AccessibleNameRole)
                    .toString()
                    .startsWith(QStringLiteral("alice, alice: See you")));
        QCOMPARE(at(alice, 0, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(2).id);
        QCOMPARE(at(alice, 1, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(0).id);

        // Unstarred from a row: gone from both lists.
        alice.unstar(0);
        QTRY_COMPARE(alice.rowCount(), 1);
        QTRY_COMPARE(all.rowCount(), 2);
        QCOMPARE(at(all, 0, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(1).id);

        // Deleted for me: gone; Undo: back in its place, with its star.
        // Their continuations run on this thread: waited for by the event loop, not blocked on.
        QFuture<bool> deleted = account.retractions()->deleteForMe(stored.at(0).id);
        QTRY_VERIFY(deleted.isFinished() && deleted.result());
        QTRY_COMPARE(alice.rowCount(), 0);
        QTRY_COMPARE(all.rowCount(), 1);
        QFuture<bool> undone = account.retractions()->undoDelete(stored.at(0).id);
        QTRY_VERIFY(undone.isFinished() && undone.result());
        QTRY_COMPARE(alice.rowCount(), 1);
        QTRY_COMPARE(all.rowCount(), 2);
        QCOMPARE(at(all, 1, StarredMessageModel::MessageIdRole).toLongLong(), stored.at(0).id);

        // Cleared with its chat.
        QFuture<int> cleared = account.stars()->unstarChat(stored.at(0).chatId);
        QTRY_VERIFY(cleared.isFinished());
        QCOMPARE(cleared.result(), 1);
        QTRY_COMPARE(alice.rowCount(), 0);
        QTRY_COMPARE(all.rowCount(), 1);
        QCOMPARE(at(all, 0, StarredMessageModel::PeerRole).toString(), Bob);
    }

    void pagesByKeyAsTheViewAsks()
    {
        ModelTestProfile profile;
        QVERIFY(profile.isValid());
        AccountSession account { ProfilePaths(profile.root()) };
        QTRY_VERIFY(account.accountId() > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Message> messages;
        const int total = Stars::PageSize + 7;
        for (int i = 0; i < total; ++i)
            messages.append(profile.message(Alice, Direction::Incoming,
                QStringLiteral("line %1").arg(i), now - 100000 + i, QStringLiteral("p%1").arg(i)));
        const QList<Message> stored
            = Test::await(account.history()->messages().insertMessages(messages));
        QCOMPARE(stored.size(), total);
        for (const Message &m : stored)
            QVERIFY(Test::await(account.stars()->star(m.id)));

        StarredMessageModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&account);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), Stars::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));
        // Newest star first, each message once.
        QCOMPARE(model.data(model.index(0), StarredMessageModel::MessageIdRole).toLongLong(),
            stored.last().id);
        QCOMPARE(
            model.data(model.index(total - 1), StarredMessageModel::MessageIdRole).toLongLong(),
            stored.first().id);
    }
};

QTEST_GUILESS_MAIN(TestStarredMessageModel)
#include "tst_starredmessagemodel.moc"
