#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "DraftStore.h"
#include "MessageStore.h"
#include "ReactionStore.h"
#include "SearchStore.h"
#include "Statement.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace Natter;
using Natter::Test::await;

namespace {

Message message(qint64 chatId, const QString &body, qint64 timestamp, const QString &stanzaId = {})
{
    Message m;
    m.chatId = chatId;
    m.body = body;
    m.timestamp = timestamp;
    m.stanzaId = stanzaId;
    m.originId = stanzaId.isEmpty() ? QString() : u"o-"_qs + stanzaId;
    return m;
}

Message archived(Message m)
{
    m.fromArchive = true;
    return m;
}

} // namespace

// Clearing and deleting a chat here (issue 19's chat-level actions), marking it unread, and the
// rule that the archive never brings cleared messages back.
class TestChatClearing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clearingRemovesMessagesAndWhatHangsOffThem();
    void clearingReturnsTheLocalFiles();
    void archiveNeverBringsClearedMessagesBack();
    void liveMessagesStillArriveAfterAClear();
    void deletedChatLeavesTheListUntilItsNextMessage();
    void markedUnreadIsKeptAndAnnounced();
    void newestIncomingIsWhatOpeningMarksRead();

private:
    qint64 count(const char *sql, qint64 chatId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatStore> m_chats;
    std::unique_ptr<MessageStore> m_messages;
    qint64 m_account = 0;
    qint64 m_chat = 0;
};

void TestChatClearing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("h.db")))).ok());
    m_account
        = await(AccountStore(*m_db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }));
    m_chats = std::make_unique<ChatStore>(*m_db);
    m_messages = std::make_unique<MessageStore>(*m_db);
    m_chat = await(m_chats->ensureChat(m_account, QStringLiteral("a@example.org")));
}

void TestChatClearing::cleanup()
{
    m_messages.reset();
    m_chats.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestChatClearing::count(const char *sql, qint64 chatId)
{
    return await(m_db->run([sql, chatId](Connection &c) {
        Statement s = c.prepare(sql);
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? s.int64(0) : qint64(-1);
    }));
}

void TestChatClearing::clearingRemovesMessagesAndWhatHangsOffThem()
{
    const QList<Message> stored = await(m_messages->insertMessages(
        { message(m_chat, QStringLiteral("pineapple pizza"), 1000, QStringLiteral("s1")),
            message(m_chat, QStringLiteral("more pineapple"), 2000, QStringLiteral("s2")) }));
    QCOMPARE(stored.size(), 2);
    const qint64 other = await(m_chats->ensureChat(m_account, QStringLiteral("b@example.org")));
    await(m_messages->insertMessage(message(other, QStringLiteral("pineapple elsewhere"), 1500)));
    ReactionStore reactions(*m_db);
    QVERIFY(await(reactions.setOwn(stored[0].id, { QStringLiteral("👍") }, 3000)) > 0);
    Message fix = message(m_chat, QStringLiteral("more pineapples"), 2500);
    fix.correctsId = stored[1].id;
    fix.direction = Direction::Incoming;
    await(m_messages->insertMessage(fix));
    SearchStore search(*m_db);
    QCOMPARE(await(search.search(QStringLiteral("pineapple"), m_chat)).size(), 2);
    QCOMPARE(await(m_chats->chat(m_chat)).unreadCount, 2);

    QSignalSpy cleared(m_chats.get(), &ChatStore::chatCleared);
    const auto files = await(m_chats->clearMessages(m_chat, false));
    QVERIFY(files.has_value());
    QTRY_VERIFY(!cleared.isEmpty()); // queued from the database thread

    QCOMPARE(count("SELECT count(*) FROM messages WHERE chat_id = ?", m_chat), 0);
    QCOMPARE(count("SELECT count(*) FROM reactions", 0), 0);
    QCOMPARE(count("SELECT count(*) FROM reaction_outbox", 0), 0);
    QVERIFY(await(search.search(QStringLiteral("pineapple"), m_chat)).isEmpty());
    // The other chat keeps its message, in search too.
    QCOMPARE(await(search.search(QStringLiteral("pineapple"))).size(), 1);
    const Chat chat = await(m_chats->chat(m_chat));
    QCOMPARE(chat.id, m_chat);
    QCOMPARE(chat.unreadCount, 0);
    QCOMPARE(chat.lastMessageId, 0);
    QVERIFY(!chat.hidden);
    QVERIFY(count("SELECT cleared_at FROM chats WHERE id = ?", m_chat) >= 2500);
}

void TestChatClearing::clearingReturnsTheLocalFiles()
{
    Message photo = message(m_chat, {}, 1000, QStringLiteral("p1"));
    Attachment file;
    file.fileName = QStringLiteral("beach.jpg");
    file.mimeType = QStringLiteral("image/jpeg");
    file.url = QStringLiteral("https://upload.example.org/beach.jpg");
    file.localPath = QStringLiteral("/cache/beach.jpg");
    photo.attachments = { file };
    QCOMPARE(await(m_messages->insertMessage(photo)).size(), 1);
    const auto files = await(m_chats->clearMessages(m_chat, false));
    QVERIFY(files.has_value());
    QCOMPARE(*files, QStringList { QStringLiteral("/cache/beach.jpg") });
    QCOMPARE(count("SELECT count(*) FROM attachments", 0), 0);
    QVERIFY(!await(m_chats->clearMessages(m_chat + 100, false)).has_value());
}

void TestChatClearing::archiveNeverBringsClearedMessagesBack()
{
    const qint64 old = QDateTime::currentMSecsSinceEpoch() - 60'000;
    await(m_messages->insertMessages({ message(m_chat, QStringLiteral("one"), old, u"s1"_qs),
        message(m_chat, QStringLiteral("two"), old + 1, u"s2"_qs) }));
    QVERIFY(await(m_chats->clearMessages(m_chat, false)).has_value());

    // Catch-up or paging back hands the same messages in again: they stay gone.
    const QList<Message> again = await(m_messages->insertMessages(
        { archived(message(m_chat, QStringLiteral("one"), old, u"s1"_qs)),
            archived(message(m_chat, QStringLiteral("two"), old + 1, u"s2"_qs)) }));
    QVERIFY(again.isEmpty());
    QCOMPARE(count("SELECT count(*) FROM messages WHERE chat_id = ?", m_chat), 0);

    // What the archive holds from after the clear is new, and stored.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 1000;
    const QList<Message> fresh = await(m_messages->insertMessages(
        { archived(message(m_chat, QStringLiteral("three"), later, u"s3"_qs)) }));
    QCOMPARE(fresh.size(), 1);
}

void TestChatClearing::liveMessagesStillArriveAfterAClear()
{
    QVERIFY(await(m_chats->clearMessages(m_chat, false)).has_value());
    // A live message's stamp is the sender's to choose; only the archive is held to the point.
    const QList<Message> live = await(m_messages->insertMessages(
        { message(m_chat, QStringLiteral("hello again"), 5, u"l1"_qs) }));
    QCOMPARE(live.size(), 1);
}

void TestChatClearing::deletedChatLeavesTheListUntilItsNextMessage()
{
    DraftStore drafts(*m_db);
    await(m_messages->insertMessage(message(m_chat, QStringLiteral("x"), 1000, u"d1"_qs)));
    QVERIFY(await(drafts.saveDraft(m_chat, QStringLiteral("half a thought"))));
    QSignalSpy changed(m_chats.get(), &ChatStore::chatChanged);
    QVERIFY(await(m_chats->clearMessages(m_chat, true)).has_value());
    QTRY_VERIFY(!changed.isEmpty()); // queued from the database thread
    QVERIFY(await(m_chats->chat(m_chat)).hidden);
    QCOMPARE(await(drafts.draft(m_chat)), QString());

    // Reopening keeps it deleted; a new message brings it back.
    m_messages.reset();
    m_chats.reset();
    m_chats = std::make_unique<ChatStore>(*m_db);
    m_messages = std::make_unique<MessageStore>(*m_db);
    QVERIFY(await(m_chats->chat(m_chat)).hidden);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000;
    await(m_messages->insertMessage(message(m_chat, QStringLiteral("back"), now, u"d2"_qs)));
    const Chat chat = await(m_chats->chat(m_chat));
    QVERIFY(!chat.hidden);
    QCOMPARE(chat.lastBody, QStringLiteral("back"));
}

void TestChatClearing::markedUnreadIsKeptAndAnnounced()
{
    QSignalSpy changed(m_chats.get(), &ChatStore::chatChanged);
    QVERIFY(await(m_chats->setMarkedUnread(m_chat, true)));
    QTRY_VERIFY(!changed.isEmpty()); // queued from the database thread
    QVERIFY(await(m_chats->chat(m_chat)).markedUnread);
    QVERIFY(await(m_chats->chats(m_account)).value(0).markedUnread);
    QVERIFY(await(m_chats->setMarkedUnread(m_chat, false)));
    QVERIFY(!await(m_chats->chat(m_chat)).markedUnread);
    QVERIFY(!await(m_chats->setMarkedUnread(m_chat + 100, true)));
}

void TestChatClearing::newestIncomingIsWhatOpeningMarksRead()
{
    QCOMPARE(await(m_chats->newestIncoming(m_chat)), 0);
    Message ours = message(m_chat, QStringLiteral("mine"), 3000);
    ours.direction = Direction::Outgoing;
    const QList<Message> stored
        = await(m_messages->insertMessages({ message(m_chat, QStringLiteral("older"), 1000),
            message(m_chat, QStringLiteral("newer"), 2000), ours }));
    QCOMPARE(await(m_chats->newestIncoming(m_chat)), stored[1].id);
}

QTEST_GUILESS_MAIN(TestChatClearing)
#include "tst_chatclearing.moc"
