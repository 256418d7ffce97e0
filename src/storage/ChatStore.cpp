#include "ChatStore.h"

#include "Database.h"
#include "IdCodec.h"
#include "MessageWriter.h"

#include <QDateTime>

#include <sqlite3.h>

namespace Natter {

namespace {

// The chat list shows a line of the last message; a long body need not travel in full.
#define CHAT_COLUMNS                                                                               \
    "SELECT c.id, c.account_id, c.peer, coalesce(g.name, ct.name, ''), c.last_message_id, "        \
    "c.last_timestamp, substr(m.body, 1, 200), m.direction, m.state, c.unread_count, "             \
    "c.pinned_at, c.archived, (SELECT a.mime_type || char(10) || a.file_name FROM attachments a "  \
    "WHERE a.message_id = c.last_message_id ORDER BY a.id LIMIT 1), c.kind, "                      \
    "CASE WHEN c.kind IN (1, 2) THEN m.sender END, c.muted_until, c.marked_unread, c.hidden "      \
    "FROM chats c LEFT JOIN messages m ON m.id = c.last_message_id "                               \
    "LEFT JOIN contacts ct ON ct.account_id = c.account_id AND ct.jid = c.peer "                   \
    "LEFT JOIN groups g ON g.chat_id = c.id "

// Matches chats_by_activity, so one account's list needs no sorting.
#define CHAT_ORDER "ORDER BY c.pinned_at DESC, c.last_timestamp DESC, c.id DESC"

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
    chat.pinned = s.int64(10) != 0;
    chat.archived = s.int32(11) != 0;
    // The first file of the last message, for a preview like "Photo" when it has no text.
    if (const QString file = s.text(12); !file.isEmpty()) {
        const qsizetype split = file.indexOf(u'\n');
        chat.lastAttachmentMimeType = file.left(split);
        chat.lastAttachmentName = file.mid(split + 1);
    }
    chat.kind = ChatKind(s.int32(13));
    chat.lastSender = s.text(14);
    chat.mutedUntil = s.int64(15);
    chat.markedUnread = s.int32(16) != 0;
    chat.hidden = s.int32(17) != 0;
    return chat;
}

} // namespace

ChatStore::ChatStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

ChatStore::~ChatStore()
{
    // Queued tasks may still announce a change through this store: let them finish first.
    m_db.run([](Connection &) {}).waitForFinished();
}

QFuture<QList<Chat>> ChatStore::chats(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = accountId ? c.prepare(CHAT_COLUMNS "WHERE c.account_id = ? " CHAT_ORDER)
                                : c.prepare(CHAT_COLUMNS CHAT_ORDER);
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

QFuture<qint64> ChatStore::ensureChat(qint64 accountId, const QString &peer, ChatKind kind)
{
    // The chat list learns of a chat started before its first message. The signal is posted,
    // not chained, so callers may still wait on the future from the owner thread.
    return m_db.run([=, this](Connection &c) {
        const qint64 chatId = MessageWriter::ensureChat(c, accountId, peer);
        if (chatId > 0 && kind != ChatKind::Person) {
            Statement update = c.prepare("UPDATE chats SET kind = ? WHERE id = ? AND kind = 0");
            update.bind(1, int(kind)).bind(2, chatId);
            if (c.check(update.step()) != SQLITE_DONE)
                return qint64(0);
        }
        if (chatId > 0)
            announceChanged(chatId);
        return chatId;
    });
}

QFuture<qint64> ChatStore::chatId(qint64 accountId, const QString &peer)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("SELECT id FROM chats WHERE account_id = ? AND peer = ?");
        s.bind(1, accountId).bind(2, peer);
        return s.step() == SQLITE_ROW ? s.int64(0) : qint64(0);
    });
}

void ChatStore::announceChanged(qint64 chatId)
{
    QMetaObject::invokeMethod(
        this, [this, chatId]() { Q_EMIT chatChanged(chatId); }, Qt::QueuedConnection);
}

QFuture<bool> ChatStore::removeChat(qint64 chatId)
{
    return m_db.run([this, chatId](Connection &c) {
        Statement s = c.prepare("DELETE FROM chats WHERE id = ?");
        s.bind(1, chatId);
        const bool removed = c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
        if (removed)
            announceChanged(chatId);
        return removed;
    });
}

QFuture<bool> ChatStore::setPinned(qint64 chatId, bool pinned)
{
    // A pin time above every other keeps the order of pins even within one millisecond.
    return pinned
        ? changeChat(chatId,
            "UPDATE chats SET pinned_at = max(?2, (SELECT max(pinned_at) FROM chats) + 1) "
            "WHERE id = ?1 AND pinned_at = 0",
            QDateTime::currentMSecsSinceEpoch())
        : changeChat(chatId, "UPDATE chats SET pinned_at = 0 WHERE id = ?1 AND pinned_at != ?2", 0);
}

QFuture<bool> ChatStore::setArchived(qint64 chatId, bool archived)
{
    return changeChat(
        chatId, "UPDATE chats SET archived = ?2 WHERE id = ?1 AND archived != ?2", archived);
}

QFuture<bool> ChatStore::setMutedUntil(qint64 chatId, qint64 mutedUntil)
{
    return changeChat(chatId,
        "UPDATE chats SET muted_until = ?2 WHERE id = ?1 AND muted_until != ?2", mutedUntil);
}

QFuture<bool> ChatStore::setMarkedUnread(qint64 chatId, bool marked)
{
    return changeChat(chatId,
        "UPDATE chats SET marked_unread = ?2 WHERE id = ?1 AND marked_unread != ?2", marked);
}

namespace {
bool stepWith(Connection &c, const char *sql, qint64 chatId)
{
    Statement s = c.prepare(sql);
    s.bind(1, chatId);
    return c.check(s.step()) == SQLITE_DONE;
}

// Cleared up to now, or up to the newest message when a sender's clock put it later; and the
// newest archive id, so that message is known by id too.
bool recordClearPoint(Connection &c, qint64 chatId, bool hide)
{
    Statement newest = c.prepare("SELECT max(timestamp), (SELECT stanza_id FROM messages "
                                 "WHERE chat_id = ?1 AND stanza_id IS NOT NULL "
                                 "ORDER BY timestamp DESC, id DESC LIMIT 1) "
                                 "FROM messages WHERE chat_id = ?1");
    newest.bind(1, chatId);
    if (c.check(newest.step()) != SQLITE_ROW)
        return false;
    const qint64 clearedAt = std::max(newest.int64(0), QDateTime::currentMSecsSinceEpoch());
    const QString stanzaId = IdCodec::read(newest, 1);
    Statement update
        = c.prepare("UPDATE chats SET cleared_at = max(cleared_at, ?2), "
                    "cleared_stanza_id = coalesce(?3, cleared_stanza_id), marked_unread = 0, "
                    "hidden = ?4 WHERE id = ?1");
    update.bind(1, chatId).bind(2, clearedAt);
    IdCodec::bind(update, 3, stanzaId);
    update.bind(4, hide ? 1 : 0);
    return c.check(update.step()) == SQLITE_DONE && c.changes() > 0;
}
} // namespace

QFuture<std::optional<QStringList>> ChatStore::clearMessages(qint64 chatId, bool hide)
{
    return m_db.run([this, chatId, hide](Connection &c) -> std::optional<QStringList> {
        if (!c.begin())
            return std::nullopt;
        QStringList files;
        Statement s = c.prepare("SELECT a.local_path FROM attachments a JOIN messages m "
                                "ON m.id = a.message_id WHERE m.chat_id = ? "
                                "AND a.local_path IS NOT NULL AND a.local_path != ''");
        s.bind(1, chatId);
        while (s.step() == SQLITE_ROW)
            files.append(s.text(0));
        // Files' rows, reactions and read marks go with their messages (ON DELETE CASCADE), the
        // search entries and the chat's last message and count by the delete triggers.
        const bool cleared = recordClearPoint(c, chatId, hide)
            && stepWith(
                c, "DELETE FROM messages WHERE chat_id = ? AND corrects_id IS NOT NULL", chatId)
            && stepWith(c, "DELETE FROM messages WHERE chat_id = ?", chatId)
            && (!hide || stepWith(c, "DELETE FROM drafts WHERE chat_id = ?", chatId));
        if (!cleared || !c.commit()) {
            c.rollback();
            return std::nullopt;
        }
        announceChanged(chatId);
        QMetaObject::invokeMethod(
            this, [this, chatId]() { Q_EMIT chatCleared(chatId); }, Qt::QueuedConnection);
        return files;
    });
}

QFuture<qint64> ChatStore::newestIncoming(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare("SELECT id FROM messages WHERE chat_id = ? AND direction = 0 "
                                "AND kind = 0 AND corrects_id IS NULL "
                                "ORDER BY timestamp DESC, id DESC LIMIT 1");
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? s.int64(0) : qint64(0);
    });
}

QFuture<bool> ChatStore::changeChat(qint64 chatId, const char *update, qint64 value)
{
    return m_db.run([this, chatId, update, value](Connection &c) {
        Statement s = c.prepare(update);
        s.bind(1, chatId).bind(2, value);
        if (c.check(s.step()) != SQLITE_DONE)
            return false;
        if (c.changes() > 0) {
            announceChanged(chatId);
            return true;
        }
        Statement exists = c.prepare("SELECT 1 FROM chats WHERE id = ?");
        exists.bind(1, chatId);
        return exists.step() == SQLITE_ROW;
    });
}

} // namespace Natter
