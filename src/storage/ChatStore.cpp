#include "ChatStore.h"

#include "Database.h"
#include "MessageWriter.h"

#include <sqlite3.h>

namespace Natter {

namespace {

// The chat list shows a line of the last message; a long body need not travel in full.
#define CHAT_COLUMNS                                                                               \
    "SELECT c.id, c.account_id, c.peer, coalesce(ct.name, ''), c.last_message_id, "                \
    "c.last_timestamp, substr(m.body, 1, 200), m.direction, m.state, c.unread_count "              \
    "FROM chats c LEFT JOIN messages m ON m.id = c.last_message_id "                               \
    "LEFT JOIN contacts ct ON ct.account_id = c.account_id AND ct.jid = c.peer "

Chat readChat(const Statement &s)
{
    Chat chat;
    chat.id = s.int64(0);
    chat.accountId = s.int64(1);
    chat.peer = s.text(2);
    chat.name = s.text(3);
    chat.lastMessageId = s.int64(4);
    chat.lastTimestamp = s.int64(5);
    chat.lastBody = s.text(6);
    chat.lastDirection = Direction(s.int32(7));
    chat.lastDeliveryState = DeliveryState(s.int32(8));
    chat.unreadCount = s.int32(9);
    return chat;
}

} // namespace

ChatStore::ChatStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<QList<Chat>> ChatStore::chats(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = accountId
            ? c.prepare(
                CHAT_COLUMNS "WHERE c.account_id = ? ORDER BY c.last_timestamp DESC, c.id DESC")
            : c.prepare(CHAT_COLUMNS "ORDER BY c.last_timestamp DESC, c.id DESC");
        if (accountId)
            s.bind(1, accountId);
        QList<Chat> list;
        while (s.step() == SQLITE_ROW)
            list.append(readChat(s));
        return list;
    });
}

QFuture<Chat> ChatStore::chat(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare(CHAT_COLUMNS "WHERE c.id = ?");
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? readChat(s) : Chat {};
    });
}

QFuture<qint64> ChatStore::ensureChat(qint64 accountId, const QString &peer)
{
    return m_db.run([=](Connection &c) { return MessageWriter::ensureChat(c, accountId, peer); });
}

QFuture<bool> ChatStore::removeChat(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare("DELETE FROM chats WHERE id = ?");
        s.bind(1, chatId);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

} // namespace Natter
