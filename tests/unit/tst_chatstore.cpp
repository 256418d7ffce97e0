#include "AccountStore.h"
#include "ChatStore.h"
#include "ContactStore.h"
#include "Database.h"
#include "DraftStore.h"
#include "MessageStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

namespace {

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

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
    void chatListIsOneQueryWithLastMessageAndUnread();
    void deletingTheLastMessageFallsBack();
    void removingAChatRemovesItsMessagesAndDraft();
};

void TestChatStore::chatListIsOneQueryWithLastMessageAndUnread()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.filePath(QStringLiteral("h.db")))).ok());
    const qint64 account
        = await(AccountStore(db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }));
    ChatStore chats(db);
    MessageStore messages(db);
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
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.filePath(QStringLiteral("h.db")))).ok());
    await(AccountStore(db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }));
    ChatStore chats(db);
    MessageStore messages(db);
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
    QTemporaryDir dir;
    Database db;
    QVERIFY(await(db.open(dir.filePath(QStringLiteral("h.db")))).ok());
    await(AccountStore(db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }));
    ChatStore chats(db);
    MessageStore messages(db);
    DraftStore drafts(db);
    const qint64 a = await(chats.ensureChat(1, QStringLiteral("a@example.org")));
    const qint64 id = await(messages.insertMessage(message(a, QStringLiteral("x"), 1))).value(0).id;
    QVERIFY(await(drafts.saveDraft(a, QStringLiteral("half a thought"))));
    QCOMPARE(await(drafts.draft(a)), QStringLiteral("half a thought"));
    QVERIFY(await(chats.removeChat(a)));
    QCOMPARE(await(messages.message(id)).id, 0);
    QCOMPARE(await(drafts.draft(a)), QString());
    QVERIFY(!await(chats.removeChat(a)));
}

QTEST_GUILESS_MAIN(TestChatStore)
#include "tst_chatstore.moc"
