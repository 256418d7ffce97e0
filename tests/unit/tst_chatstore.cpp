#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "ContactStore.h"
#include "Database.h"
#include "DraftStore.h"
#include "MessageStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Natter;
using Natter::Test::await;

namespace {

Message message(qint64 chatId, const QString &body, qint64 timestamp, bool read = false)
{
    Message m;
    m.chatId = chatId;
    m.body = body;
    m.timestamp = timestamp;
    m.read = read;
    return m;
}

} // namespace

class TestChatStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chatListIsOneQueryWithLastMessageAndUnread();
    void deletingTheLastMessageFallsBack();
    void removingAChatRemovesItsMessagesAndDraft();
    void pinnedChatsComeFirstLatestPinFirst();
    void archivedFlagIsKeptAndAnnounced();
    void muteSurvivesReopening();
    void mentionsSurviveReopening();

private:
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChatStore> m_chats;
    std::unique_ptr<MessageStore> m_messages;
    qint64 m_account = 0;
};

void TestChatStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("h.db")))).ok());
    m_account
        = await(AccountStore(*m_db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }));
    m_chats = std::make_unique<ChatStore>(*m_db);
    m_messages = std::make_unique<MessageStore>(*m_db);
}

void TestChatStore::cleanup()
{
    m_messages.reset();
    m_chats.reset();
    m_db.reset();
    m_dir.reset();
}

void TestChatStore::chatListIsOneQueryWithLastMessageAndUnread()
{
    Database &db = *m_db;
    ChatStore &chats = *m_chats;
    MessageStore &messages = *m_messages;
    const qint64 account = m_account;
    const qint64 a = await(chats.ensureChat(account, QStringLiteral("a@example.org")));
    const qint64 b = await(chats.ensureChat(account, QStringLiteral("b@example.org")));
    QCOMPARE(await(chats.ensureChat(account, QStringLiteral("a@example.org"))), a);
    await(ContactStore(db).saveContacts(account,
        { { 0, account, QStringLiteral("b@example.org"), QStringLiteral("Bea"),
            Subscription::Both } }));
    await(messages.insertMessages({ message(a, QStringLiteral("a1"), 100),
        message(b, QStringLiteral("b1"), 200), message(a, QStringLiteral("a2"), 300),
        message(a, QStringLiteral("older, back-filled"), 50, true) }));

    const QList<Chat> list = await(chats.chats(account));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, a);
    QCOMPARE(list[0].lastBody, QStringLiteral("a2"));
    QCOMPARE(list[0].lastTimestamp, 300);
    QCOMPARE(list[0].unreadCount, 2);
    QCOMPARE(list[1].name, QStringLiteral("Bea"));
    QCOMPARE(list[1].lastBody, QStringLiteral("b1"));
    QCOMPARE(list[1].unreadCount, 1);
    QCOMPARE(await(chats.chats()).size(), 2);
    QVERIFY(await(chats.chats(account + 1)).isEmpty());
}

void TestChatStore::deletingTheLastMessageFallsBack()
{
    ChatStore &chats = *m_chats;
    MessageStore &messages = *m_messages;
    const qint64 a = await(chats.ensureChat(1, QStringLiteral("a@example.org")));
    const QList<Message> added = await(messages.insertMessages(
        { message(a, QStringLiteral("first"), 100), message(a, QStringLiteral("second"), 200) }));
    QVERIFY(await(messages.removeMessage(added[1].id)));
    Chat chat = await(chats.chat(a));
    QCOMPARE(chat.lastBody, QStringLiteral("first"));
    QCOMPARE(chat.lastTimestamp, 100);
    QCOMPARE(chat.unreadCount, 1);
    QVERIFY(await(messages.removeMessage(added[0].id)));
    chat = await(chats.chat(a));
    QCOMPARE(chat.lastMessageId, 0);
    QCOMPARE(chat.unreadCount, 0);
}

void TestChatStore::removingAChatRemovesItsMessagesAndDraft()
{
    ChatStore &chats = *m_chats;
    MessageStore &messages = *m_messages;
    DraftStore drafts(*m_db);
    const qint64 a = await(chats.ensureChat(1, QStringLiteral("a@example.org")));
    const qint64 id = await(messages.insertMessage(message(a, QStringLiteral("x"), 1))).value(0).id;
    QVERIFY(await(drafts.saveDraft(a, QStringLiteral("half a thought"))));
    QCOMPARE(await(drafts.draft(a)), QStringLiteral("half a thought"));
    QVERIFY(await(chats.removeChat(a)));
    QCOMPARE(await(messages.message(id)).id, 0);
    QCOMPARE(await(drafts.draft(a)), QString());
    QVERIFY(!await(chats.removeChat(a)));
}

void TestChatStore::pinnedChatsComeFirstLatestPinFirst()
{
    ChatStore &chats = *m_chats;
    MessageStore &messages = *m_messages;
    QList<qint64> ids; // a (oldest activity) .. d (newest)
    for (const char *peer : { "a@example.org", "b@example.org", "c@example.org", "d@example.org" })
        ids.append(await(chats.ensureChat(1, QString::fromLatin1(peer))));
    for (int i = 0; i < ids.size(); ++i)
        await(
            messages.insertMessage(message(ids[i], QStringLiteral("m"), qint64 { 100 } * (i + 1))));
    auto order = [&chats]() {
        QList<qint64> list;
        for (const Chat &chat : await(chats.chats(1)))
            list.append(chat.id);
        return list;
    };
    QCOMPARE(order(), (QList<qint64> { ids[3], ids[2], ids[1], ids[0] }));

    // Pinned within the same millisecond, still in the order of pinning.
    QVERIFY(await(chats.setPinned(ids[0], true)));
    QVERIFY(await(chats.setPinned(ids[2], true)));
    QCOMPARE(order(), (QList<qint64> { ids[2], ids[0], ids[3], ids[1] }));
    QVERIFY(await(chats.chat(ids[0])).pinned);
    QVERIFY(!await(chats.chat(ids[1])).pinned);
    // Pinning again keeps the old place; new activity does not move a chat above a pin.
    QVERIFY(await(chats.setPinned(ids[0], true)));
    await(messages.insertMessage(message(ids[1], QStringLiteral("new"), 900)));
    QCOMPARE(order(), (QList<qint64> { ids[2], ids[0], ids[1], ids[3] }));
    const QList<Chat> all = await(chats.chats());
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[0].id, ids[2]); // the list of every account is ordered the same way
    QVERIFY(all[0].pinned && all[1].pinned && !all[2].pinned);

    QVERIFY(await(chats.setPinned(ids[2], false)));
    QCOMPARE(order(), (QList<qint64> { ids[0], ids[1], ids[3], ids[2] }));
    QVERIFY(!await(chats.setPinned(ids.last() + 100, true)));
}

void TestChatStore::archivedFlagIsKeptAndAnnounced()
{
    ChatStore &chats = *m_chats;
    QSignalSpy started(&chats, &ChatStore::chatChanged);
    const qint64 a = await(chats.ensureChat(1, QStringLiteral("a@example.org")));
    const qint64 b = await(chats.ensureChat(1, QStringLiteral("b@example.org")));
    // A chat started before its first message is announced, so the chat list can show it.
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(started[1][0].toLongLong(), b);
    QSignalSpy changed(&chats, &ChatStore::chatChanged);
    QThread *emittedOn = nullptr;
    connect(
        &chats, &ChatStore::chatChanged, this,
        [&emittedOn]() { emittedOn = QThread::currentThread(); }, Qt::DirectConnection);

    QVERIFY(await(chats.setArchived(b, true)));
    QVERIFY(await(chats.chat(b)).archived);
    QVERIFY(!await(chats.chat(a)).archived);
    const QList<Chat> list = await(chats.chats(1));
    QCOMPARE(list.size(), 2); // archived chats stay in the list, flagged
    QCOMPARE(list[0].archived + list[1].archived, 1);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toLongLong(), b);
    QCOMPARE(emittedOn, QThread::currentThread()); // the store's thread, not the database's

    // No change, no signal; the next real change is announced after it.
    QVERIFY(await(chats.setArchived(b, true)));
    QVERIFY(await(chats.setPinned(a, false)));
    QVERIFY(await(chats.setPinned(a, true)));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed[1][0].toLongLong(), a);
    QVERIFY(await(chats.setArchived(b, false)));
    QTRY_COMPARE(changed.size(), 3);
    QVERIFY(!await(chats.chat(b)).archived);
    QVERIFY(!await(chats.setArchived(b + a + 100, true)));
    // A signal is queued before the future resolves, so one pass of events would deliver it.
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 3);
}

void TestChatStore::reopen()
{
    m_messages.reset();
    m_chats.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("h.db")))).ok());
    m_chats = std::make_unique<ChatStore>(*m_db);
    m_messages = std::make_unique<MessageStore>(*m_db);
}

void TestChatStore::muteSurvivesReopening()
{
    QSignalSpy changed(m_chats.get(), &ChatStore::chatChanged);
    const qint64 a = await(m_chats->ensureChat(1, QStringLiteral("a@example.org")));
    const qint64 b = await(m_chats->ensureChat(1, QStringLiteral("b@example.org")));
    QVERIFY(await(m_chats->setMutedUntil(a, 1'900'000'000'000)));
    QVERIFY(await(m_chats->setMutedUntil(b, Chat::MutedForever)));
    // Two chats started, two muted: each is announced, so the chat list shows the mute.
    QTRY_COMPARE(changed.size(), 4);
    reopen();
    const Chat chatA = await(m_chats->chat(a));
    QCOMPARE(chatA.mutedUntil, 1'900'000'000'000);
    QVERIFY(chatA.isMuted(1'899'999'999'999));
    QVERIFY(!chatA.isMuted(1'900'000'000'000)); // over once its time has come
    QCOMPARE(await(m_chats->chats(1)).size(), 2);
    QVERIFY(await(m_chats->chat(b)).isMuted(std::numeric_limits<qint64>::max()));
    QVERIFY(await(m_chats->setMutedUntil(b, 0)));
    QVERIFY(!await(m_chats->chat(b)).isMuted(0));
}

void TestChatStore::mentionsSurviveReopening()
{
    const qint64 chat = await(m_chats->ensureChat(1, QStringLiteral("room@groups.example.org")));
    Message m = message(chat, QStringLiteral("😀 @Bob look"), 1000);
    m.sender = QStringLiteral("Alice");
    m.mentions = { Mention { 4, 7, QStringLiteral("xmpp:room@groups.example.org/Bob"), true } };
    const QList<Message> stored = await(m_messages->insertMessages({ m }));
    QCOMPARE(stored.size(), 1);
    reopen();
    const Message read = await(m_messages->message(stored.first().id));
    QCOMPARE(read.mentions, m.mentions);
    QVERIFY(read.mentionsUs());
}

QTEST_GUILESS_MAIN(TestChatStore)
#include "tst_chatstore.moc"
