#include "StarStore.h"

#include "Connection.h"
#include "Database.h"
#include "MessageReader.h"
#include "MessageStore.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

namespace {
// Newest star first; the keyset goes on from the last row shown, so no page uses OFFSET. The
// "starred_at IS NOT NULL" terms let SQLite use the partial indexes.
const QByteArray ChatQuery = QByteArray("SELECT ") + MessageReader::Columns
    + " FROM messages m WHERE m.chat_id = ?1 AND m.starred_at IS NOT NULL "
      "AND (m.starred_at < ?2 OR (m.starred_at = ?2 AND m.id < ?3)) "
      "ORDER BY m.starred_at DESC, m.id DESC LIMIT ?4";
// CROSS JOIN keeps messages outside: the stars are read in order from their index and the
// chat looked up by key, instead of every star of the account being sorted.
const QByteArray AccountQuery = QByteArray("SELECT ") + MessageReader::Columns
    + " FROM messages m CROSS JOIN chats c ON c.id = m.chat_id WHERE c.account_id = ?1 "
      "AND m.starred_at IS NOT NULL "
      "AND (m.starred_at < ?2 OR (m.starred_at = ?2 AND m.id < ?3)) "
      "ORDER BY m.starred_at DESC, m.id DESC LIMIT ?4";

// at 0 takes the star away. A star stays where it is when starred again: its place in the list
// is when it was first starred, as in WhatsApp.
bool write(Connection &c, qint64 messageId, qint64 at)
{
    Statement u = c.prepare(
        "UPDATE messages SET starred_at = CASE WHEN ?2 = 0 THEN NULL "
        "ELSE coalesce(starred_at, ?2) END "
        "WHERE id = ?1 AND kind = 0 AND corrects_id IS NULL AND (?2 = 0 OR retracted = 0)");
    u.bind(1, messageId).bind(2, at);
    return c.check(u.step()) == SQLITE_DONE && c.changes() > 0;
}
} // namespace

StarStore::StarStore(Database &database, MessageStore &messages)
    : m_db(database)
    , m_messages(messages)
{ }

QFuture<Message> StarStore::setStarred(qint64 messageId, qint64 at)
{
    return m_db.run([=, this](Connection &c) {
        return write(c, messageId, at) ? announce(c, messageId) : Message {};
    });
}

QFuture<Message> StarStore::toggle(qint64 messageId, qint64 at)
{
    return m_db.run([=, this](Connection &c) {
        const Message now = MessageReader(c).byId(messageId);
        return now.id != 0 && write(c, messageId, now.starredAt ? 0 : at) ? announce(c, messageId)
                                                                          : Message {};
    });
}

Message StarStore::announce(Connection &c, qint64 messageId)
{
    const Message message = MessageReader(c).byId(messageId);
    QMetaObject::invokeMethod(
        &m_messages, [this, message] { Q_EMIT m_messages.messageChanged(message); },
        Qt::QueuedConnection);
    return message;
}

QFuture<QList<Message>> StarStore::starred(qint64 accountId, qint64 chatId, Cursor after, int count)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare(chatId ? ChatQuery.constData() : AccountQuery.constData());
        s.bind(1, chatId ? chatId : accountId).bind(2, after.starredAt).bind(3, after.id);
        s.bind(4, count);
        MessageReader reader(c);
        QList<Message> messages;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            messages.append(reader.read(s));
        c.check(rc);
        reader.loadAttachments(messages);
        return messages;
    });
}

QFuture<int> StarStore::unstarChat(qint64 chatId)
{
    return m_db.run([=](Connection &c) {
        Statement u = c.prepare(
            "UPDATE messages SET starred_at = NULL WHERE chat_id = ? AND starred_at IS NOT NULL");
        u.bind(1, chatId);
        return c.check(u.step()) == SQLITE_DONE ? c.changes() : 0;
    });
}

} // namespace Natter
