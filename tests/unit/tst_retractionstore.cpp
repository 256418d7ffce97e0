// Deleting on disk: a retraction keeps the row and clears its text (out of search), mentions and
// files; delete for me takes the row away at once and Undo puts back exactly what was there.
#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "MessageStore.h"
#include "RetractionStore.h"
#include "SearchStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

class TestRetractionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retractionKeepsTheRowAndClearsEverythingElse();
    void retractionsOfOursWaitToGoOutOnce();
    void deleteForMeAndUndoRestoresExactly();
    void deleteForMeSurvivesAReopen();
    void findsNoChatForAStranger();

private:
    Message add(const QString &body, const QString &originId, const QString &localPath = {})
    {
        Message m;
        m.chatId = m_chat;
        m.body = body;
        m.originId = originId;
        m.timestamp = ++m_clock;
        m.direction = Direction::Outgoing;
        m.deliveryState = DeliveryState::Sent;
        if (!localPath.isEmpty()) {
            Attachment a;
            a.fileName = QStringLiteral("photo.jpg");
            a.mimeType = QStringLiteral("image/jpeg");
            a.localPath = localPath;
            a.transfer = TransferState::Ready;
            a.thumbnail = QByteArray("thumb");
            m.attachments = { a };
        }
        return await(m_messages->insertMessage(m)).value(0);
    }
    QList<qint64> found(const QString &text)
    {
        QList<qint64> ids;
        for (const SearchHit &hit : await(m_search->search(text)))
            ids.append(hit.message.id);
        return ids;
    }
    void open()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("h.db")))).ok());
        m_messages = std::make_unique<MessageStore>(*m_db);
        m_search = std::make_unique<SearchStore>(*m_db);
        m_store = std::make_unique<RetractionStore>(*m_db, *m_messages);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<SearchStore> m_search;
    std::unique_ptr<RetractionStore> m_store;
    qint64 m_chat = 0;
    qint64 m_clock = 1000;
};

void TestRetractionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    open();
    await(AccountStore(*m_db).saveAccount({ 0, QStringLiteral("romeo@example.org"), {}, true }));
    m_chat = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("juliet@example.org")));
}

void TestRetractionStore::cleanup()
{
    m_store.reset();
    m_search.reset();
    m_messages.reset();
    m_db.reset();
}

void TestRetractionStore::retractionKeepsTheRowAndClearsEverythingElse()
{
    const Message photo = add(QStringLiteral("balcony serenade"), QStringLiteral("o1"),
        m_dir->filePath(QStringLiteral("photo.jpg")));
    const Message other = add(QStringLiteral("another serenade"), QStringLiteral("o2"));
    QCOMPARE(found(QStringLiteral("balcony")), QList<qint64> { photo.id });
    QCOMPARE(found(QStringLiteral("photo")).size(), 1);
    QCOMPARE(await(m_store->referenced(m_chat, QStringLiteral("o1"))).id, photo.id);

    QSignalSpy changed(m_messages.get(), &MessageStore::messageChanged);
    const auto files = await(m_store->retract(photo.id, RetractionStore::Outbox::None));
    QVERIFY(files);
    QCOMPARE(*files, QStringList { m_dir->filePath(QStringLiteral("photo.jpg")) });
    const Message after = await(m_messages->message(photo.id));
    QCOMPARE(after.id, photo.id);
    QVERIFY(after.retracted);
    QVERIFY(after.body.isEmpty());
    QVERIFY(after.attachments.isEmpty());
    QVERIFY(after.mentions.isEmpty());
    QCOMPARE(after.timestamp, photo.timestamp);
    // Its words and its file's name leave the search; the other message stays found.
    QVERIFY(found(QStringLiteral("balcony")).isEmpty());
    QVERIFY(found(QStringLiteral("photo")).isEmpty());
    QCOMPARE(found(QStringLiteral("serenade")), QList<qint64> { other.id });
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().value<Message>().retracted);
    // A system line, or a message that is not there, cannot be retracted.
    QVERIFY(!await(m_store->retract(99999, RetractionStore::Outbox::None)));
}

void TestRetractionStore::retractionsOfOursWaitToGoOutOnce()
{
    const Message first = add(QStringLiteral("wrong chat"), QStringLiteral("o3"));
    const Message second = add(QStringLiteral("also wrong"), QStringLiteral("o4"));
    QVERIFY(await(m_store->retract(first.id, RetractionStore::Outbox::Waiting)));
    QVERIFY(await(m_store->retract(second.id, RetractionStore::Outbox::Waiting)));
    QList<Message> unsent = await(m_store->unsent(1));
    QCOMPARE(unsent.size(), 2);
    QCOMPARE(unsent.first().id, first.id);
    QCOMPARE(unsent.first().originId, QStringLiteral("o3"));
    QVERIFY(await(m_store->markSent(first.id)));
    QVERIFY(!await(m_store->markSent(first.id)));
    unsent = await(m_store->unsent(1));
    QCOMPARE(unsent.size(), 1);
    QCOMPARE(unsent.first().id, second.id);
    // A retraction heard later never puts a sent one back in the outbox.
    QVERIFY(await(m_store->retract(first.id, RetractionStore::Outbox::None)));
    QCOMPARE(await(m_store->unsent(1)).size(), 1);
}

void TestRetractionStore::deleteForMeAndUndoRestoresExactly()
{
    const Message before = add(QStringLiteral("nightingale"), QStringLiteral("o5"),
        m_dir->filePath(QStringLiteral("lark.jpg")));
    const Message later = add(QStringLiteral("lark"), QStringLiteral("o6"));
    QCOMPARE(found(QStringLiteral("nightingale")), QList<qint64> { before.id });

    QSignalSpy removed(m_messages.get(), &MessageStore::messageRemoved);
    const Message trashed = await(m_store->trash(before.id));
    QCOMPARE(trashed.id, before.id);
    QCOMPARE(trashed.body, before.body);
    QVERIFY(await(m_messages->message(before.id)).id == 0);
    QVERIFY(found(QStringLiteral("nightingale")).isEmpty());
    QTRY_COMPARE(removed.size(), 1);

    QSignalSpy added(m_messages.get(), &MessageStore::messagesAdded);
    QVERIFY(await(m_store->restore(before.id)));
    const Message back = await(m_messages->message(before.id));
    QCOMPARE(back.id, before.id);
    QCOMPARE(back.body, before.body);
    QCOMPARE(back.timestamp, before.timestamp);
    QCOMPARE(back.originId, before.originId);
    QCOMPARE(back.attachments, before.attachments);
    QCOMPARE(found(QStringLiteral("nightingale")), QList<qint64> { before.id });
    QCOMPARE(await(ChatStore(*m_db).chat(m_chat)).lastMessageId, later.id);
    QTRY_COMPARE(added.size(), 1);
    // Undone once: there is nothing left to undo.
    QVERIFY(!await(m_store->restore(before.id)));

    // Deleted for good: the file is the caller's to delete, and Undo is over.
    QVERIFY(await(m_store->trash(before.id)).id != 0);
    QCOMPARE(await(m_store->purge(before.id)),
        QStringList { m_dir->filePath(QStringLiteral("lark.jpg")) });
    QVERIFY(!await(m_store->restore(before.id)));
    QVERIFY(await(m_messages->message(before.id)).id == 0);
}

void TestRetractionStore::deleteForMeSurvivesAReopen()
{
    const Message gone = add(QStringLiteral("mercutio"), QStringLiteral("o7"));
    QVERIFY(await(m_store->trash(gone.id)).id != 0);
    cleanup();
    open();
    QVERIFY(await(m_messages->message(gone.id)).id == 0);
    QVERIFY(found(QStringLiteral("mercutio")).isEmpty());
    // The trash belonged to the closed connection.
    QVERIFY(!await(m_store->restore(gone.id)));
}

void TestRetractionStore::findsNoChatForAStranger()
{
    QCOMPARE(await(m_store->chatOf(1, QStringLiteral("juliet@example.org"))), m_chat);
    QCOMPARE(await(m_store->chatOf(1, QStringLiteral("tybalt@example.org"))), 0);
}

QTEST_GUILESS_MAIN(TestRetractionStore)
#include "tst_retractionstore.moc"
