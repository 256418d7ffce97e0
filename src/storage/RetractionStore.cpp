#include "RetractionStore.h"

#include "Connection.h"
#include "MessageReader.h"
#include "MessageRefs.h"
#include "MessageStore.h"
#include "SearchIndex.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

namespace {
QStringList localFiles(Connection &c, qint64 messageId)
{
    Statement s = c.prepare(
        "SELECT local_path FROM attachments WHERE message_id = ? AND local_path IS NOT NULL");
    s.bind(1, messageId);
    QStringList files;
    while (s.step() == SQLITE_ROW) {
        if (!s.text(0).isEmpty())
            files.append(s.text(0));
    }
    return files;
}
} // namespace

RetractionStore::RetractionStore(Database &database, MessageStore &messages)
    : m_db(database)
    , m_messages(messages)
{ }

QFuture<qint64> RetractionStore::chatOf(qint64 accountId, const QString &peer)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("SELECT id FROM chats WHERE account_id = ? AND peer = ?");
        s.bind(1, accountId).bind(2, peer);
        return c.check(s.step()) == SQLITE_ROW ? s.int64(0) : qint64(0);
    });
}

QFuture<Message> RetractionStore::referenced(qint64 chatId, const QString &ref)
{
    return m_db.run([=](Connection &c) {
        const qint64 id = MessageRefs::find(c, chatId, ref);
        if (id <= 0)
            return Message {};
        Message found = MessageReader(c).byId(id);
        return found;
    });
}

QFuture<std::optional<QStringList>> RetractionStore::retract(qint64 messageId, Outbox outbox)
{
    return m_db.run([=, this](Connection &c) -> std::optional<QStringList> {
        if (!c.begin())
            return std::nullopt;
        const QStringList files = localFiles(c, messageId);
        // Corrections keep no text of their own either: they were only ever shown through it.
        Statement u = c.prepare(
            "UPDATE messages SET body = '', mentions = NULL, retracted = CASE WHEN retracted = 0 "
            "THEN ?2 ELSE min(retracted, ?2) END WHERE id = ?1 AND kind = 0");
        // Heard from elsewhere (another device of ours), ours need not go out any more.
        u.bind(1, messageId).bind(2, outbox == Outbox::Waiting ? 2 : 1);
        if (c.check(u.step()) != SQLITE_DONE || c.changes() == 0) {
            c.rollback();
            return std::nullopt;
        }
        Statement corrections
            = c.prepare("UPDATE messages SET body = '', mentions = NULL WHERE corrects_id = ?");
        corrections.bind(1, messageId);
        Statement attachments = c.prepare("DELETE FROM attachments WHERE message_id = ?");
        attachments.bind(1, messageId);
        if (c.check(corrections.step()) != SQLITE_DONE || c.check(attachments.step()) != SQLITE_DONE
            || !c.commit())
            return std::nullopt;
        const Message changed = MessageReader(c).byId(messageId);
        QMetaObject::invokeMethod(
            &m_messages, [this, changed] { Q_EMIT m_messages.messageChanged(changed); },
            Qt::QueuedConnection);
        return files;
    });
}

QFuture<QList<Message>> RetractionStore::unsent(qint64 accountId)
{
    return m_db.run([=](Connection &c) {
        static const QByteArray query = QByteArray("SELECT ") + MessageReader::Columns
            + " FROM chats c JOIN messages m ON m.chat_id = c.id AND m.retracted = 2 "
              "WHERE c.account_id = ? ORDER BY m.timestamp, m.id";
        Statement s = c.prepare(query.constData());
        s.bind(1, accountId);
        MessageReader reader(c);
        QList<Message> messages;
        while (s.step() == SQLITE_ROW)
            messages.append(reader.read(s));
        return messages;
    });
}

QFuture<bool> RetractionStore::markSent(qint64 messageId)
{
    return m_db.run([=](Connection &c) {
        Statement u = c.prepare("UPDATE messages SET retracted = 1 WHERE id = ? AND retracted = 2");
        u.bind(1, messageId);
        return c.check(u.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

namespace {
// The trash tables copy the live ones' columns at run time, so columns other features add are
// kept too; TEMP: they belong to this connection and vanish with the process.
bool ensureTrash(Connection &c)
{
    return c.exec("CREATE TEMP TABLE IF NOT EXISTS trash_messages AS "
                  "SELECT * FROM main.messages WHERE 0;"
                  "CREATE TEMP TABLE IF NOT EXISTS trash_attachments AS "
                  "SELECT * FROM main.attachments WHERE 0;"
                  "CREATE TEMP TABLE IF NOT EXISTS trash_reads AS "
                  "SELECT * FROM main.group_reads WHERE 0;")
        == SQLITE_OK;
}

bool step(Connection &c, const char *sql, qint64 messageId)
{
    Statement s = c.prepare(sql);
    s.bind(1, messageId);
    return c.check(s.step()) == SQLITE_DONE;
}
} // namespace

QFuture<Message> RetractionStore::trash(qint64 messageId)
{
    return m_db.run([=, this](Connection &c) {
        Message message = MessageReader(c).byId(messageId);
        if (message.id == 0 || !ensureTrash(c) || !c.begin())
            return Message {};
        QList<Message> one { message };
        MessageReader(c).loadAttachments(one);
        message = one.first();
        const bool moved = step(c,
                               "INSERT INTO temp.trash_messages SELECT * FROM main.messages "
                               "WHERE id = ?1 OR corrects_id = ?1",
                               messageId)
            && step(c,
                "INSERT INTO temp.trash_attachments SELECT * FROM main.attachments "
                "WHERE message_id = ?1",
                messageId)
            && step(c,
                "INSERT INTO temp.trash_reads SELECT * FROM main.group_reads WHERE message_id = ?1",
                messageId)
            && step(c, "DELETE FROM main.messages WHERE corrects_id = ?1", messageId)
            && step(c, "DELETE FROM main.messages WHERE id = ?1", messageId);
        if (!moved || c.changes() == 0 || !c.commit()) {
            c.rollback();
            return Message {};
        }
        const qint64 chatId = message.chatId;
        QMetaObject::invokeMethod(
            &m_messages,
            [this, chatId, messageId] { Q_EMIT m_messages.messageRemoved(chatId, messageId); },
            Qt::QueuedConnection);
        return message;
    });
}

QFuture<bool> RetractionStore::restore(qint64 messageId)
{
    return m_db.run([=, this](Connection &c) {
        if (!ensureTrash(c) || !c.begin())
            return false;
        const bool back = step(c,
                              "INSERT INTO main.messages SELECT * FROM temp.trash_messages "
                              "WHERE id = ?1 OR corrects_id = ?1 ORDER BY id",
                              messageId)
            && c.changes() > 0
            && step(c,
                "INSERT INTO main.attachments SELECT * FROM temp.trash_attachments "
                "WHERE message_id = ?1",
                messageId)
            && step(c,
                "INSERT INTO main.group_reads SELECT * FROM temp.trash_reads WHERE message_id = ?1",
                messageId)
            // The delete trigger took it out of the index; a row at or below the indexed mark
            // is not looked at again, so it goes back in here.
            && step(c,
                "INSERT INTO message_search (rowid, body) SELECT m.id, m.body FROM main.messages "
                "m, "
                "search_state s WHERE m.id = ?1 AND m.id <= s.indexed_upto",
                messageId)
            && step(c, "DELETE FROM temp.trash_reads WHERE message_id = ?1", messageId)
            && step(c, "DELETE FROM temp.trash_attachments WHERE message_id = ?1", messageId)
            && step(
                c, "DELETE FROM temp.trash_messages WHERE id = ?1 OR corrects_id = ?1", messageId)
            && SearchIndex::catchUp(c);
        if (!back || !c.commit()) {
            c.rollback();
            return false;
        }
        QList<Message> restored { MessageReader(c).byId(messageId) };
        MessageReader(c).loadAttachments(restored);
        QMetaObject::invokeMethod(
            &m_messages, [this, restored] { Q_EMIT m_messages.messagesAdded(restored); },
            Qt::QueuedConnection);
        return true;
    });
}

QFuture<QStringList> RetractionStore::purge(qint64 messageId)
{
    return m_db.run([=](Connection &c) {
        QStringList files;
        if (!ensureTrash(c))
            return files;
        Statement s = c.prepare("SELECT local_path FROM temp.trash_attachments "
                                "WHERE message_id = ? AND local_path IS NOT NULL");
        s.bind(1, messageId);
        while (s.step() == SQLITE_ROW) {
            if (!s.text(0).isEmpty())
                files.append(s.text(0));
        }
        step(c, "DELETE FROM temp.trash_reads WHERE message_id = ?1", messageId);
        step(c, "DELETE FROM temp.trash_attachments WHERE message_id = ?1", messageId);
        step(c, "DELETE FROM temp.trash_messages WHERE id = ?1 OR corrects_id = ?1", messageId);
        return files;
    });
}

} // namespace Natter
