#include "MessageStore.h"

#include "AttachmentRows.h"
#include "IdCodec.h"
#include "MessageReader.h"
#include "MessageRefs.h"
#include "MessageWriter.h"
#include "SearchIndex.h"
#include "StorageLog.h"

#include <QMutexLocker>

#include <sqlite3.h>

namespace Natter {

MessageStore::MessageStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

MessageStore::~MessageStore()
{
    // Queued tasks and a pending retry refer to this store: let them finish or disarm first.
    m_db.run([alive = m_alive](Connection &) { *alive = false; }).waitForFinished();
}

QFuture<QList<Message>> MessageStore::insertMessages(
    const QList<Message> &messages, const CatchUpPoint &point)
{
    InsertRequest request { messages, std::make_shared<QPromise<QList<Message>>>(), point };
    QFuture<QList<Message>> future = request.promise->future();
    request.promise->start();
    QMutexLocker lock(&m_mutex);
    m_incoming.append(std::move(request));
    // Whatever arrives before the database thread gets to the flush rides in the same
    // transaction: that is how a burst of single inserts becomes one commit.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        m_db.post([this](Connection &c) { flushIncoming(c); });
    }
    return future;
}

void MessageStore::flushIncoming(Connection &c)
{
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.append(std::move(m_incoming));
        m_incoming.clear();
        m_flushScheduled = false;
    }
    writeWaiting(c);
}

void MessageStore::writeWaiting(Connection &c)
{
    if (m_waiting.isEmpty() || !c.isOpen())
        return;
    MessageWriter writer(c);
    c.clearError();
    QList<QList<Message>> added(m_waiting.size());
    QList<qint64> advanced;
    bool ok = c.begin();
    for (qsizetype r = 0; ok && r < m_waiting.size(); ++r) {
        for (Message m : std::as_const(m_waiting[r].messages)) {
            const auto outcome = writer.insert(m);
            if (outcome == MessageWriter::Outcome::Failed) {
                ok = false;
                break;
            }
            if (outcome == MessageWriter::Outcome::Inserted)
                added[r].append(std::move(m));
            else if (outcome == MessageWriter::Outcome::Advanced)
                advanced.append(m.id);
        }
        ok = ok && ArchiveStore::writeCatchUpPoint(c, m_waiting[r].point);
    }
    ok = ok && SearchIndex::catchUp(c);
    if (!ok || !c.commit()) {
        c.rollback();
        int count = 0;
        for (const InsertRequest &request : std::as_const(m_waiting))
            count += int(request.messages.size());
        m_pendingCount = count;
        m_failing = true;
        const auto error = (c.errorCode() & 0xff) == SQLITE_FULL ? Database::Error::DiskFull
                                                                 : Database::Error::Other;
        qCWarning(lcStorage) << count
                             << "messages wait in memory after a failed write:" << c.errorMessage();
        emitOnOwnerThread([this, count, error]() { Q_EMIT writesPending(count, error); });
        scheduleRetry();
        return;
    }
    QList<Message> all;
    for (qsizetype r = 0; r < m_waiting.size(); ++r) {
        all += added[r];
        m_waiting[r].promise->addResult(added[r]);
        m_waiting[r].promise->finish();
    }
    m_waiting.clear();
    m_pendingCount = 0;
    for (qint64 id : std::as_const(advanced))
        announceChanged(c, id);
    const bool recovered = std::exchange(m_failing, false);
    emitOnOwnerThread([this, all, recovered]() {
        if (recovered)
            Q_EMIT writesRecovered();
        if (!all.isEmpty())
            Q_EMIT messagesAdded(all);
    });
}

void MessageStore::scheduleRetry()
{
    if (m_retryScheduled)
        return;
    m_retryScheduled = true;
    m_db.postDelayed(m_retryIntervalMs, [this, alive = m_alive](Connection &c) {
        if (!*alive)
            return;
        m_retryScheduled = false;
        writeWaiting(c);
    });
}

void MessageStore::retryPendingWrites()
{
    m_db.post([this](Connection &c) { writeWaiting(c); });
}

QFuture<bool> MessageStore::advanceDeliveryState(
    qint64 messageId, DeliveryState to, const QString &errorText)
{
    return m_db.run([=, this](Connection &c) { return changeState(c, messageId, to, errorText); });
}

QFuture<bool> MessageStore::advanceDeliveryState(
    qint64 chatId, const QString &stanzaMessageId, DeliveryState to)
{
    return m_db.run([=, this](Connection &c) {
        // Only our own messages in this chat: a receipt never changes what the peer sent.
        qint64 id = 0;
        {
            Statement s = c.prepare("SELECT id, origin_id, message_id FROM messages "
                                    "WHERE origin_key = ? AND chat_id = ? AND direction = 1");
            s.bind(1, IdCodec::key(chatId, stanzaMessageId)).bind(2, chatId);
            while (!id && s.step() == SQLITE_ROW) {
                const QString originId = IdCodec::read(s, 1);
                const QString messageId = s.isNull(2) ? originId : IdCodec::read(s, 2);
                if (messageId == stanzaMessageId || originId == stanzaMessageId)
                    id = s.int64(0);
            }
        }
        return id && changeState(c, id, to, {});
    });
}

bool MessageStore::changeState(
    Connection &c, qint64 messageId, DeliveryState to, const QString &errorText)
{
    {
        Statement s = c.prepare("SELECT state FROM messages WHERE id = ?");
        s.bind(1, messageId);
        if (s.step() != SQLITE_ROW || !canAdvance(DeliveryState(s.int32(0)), to))
            return false;
    }
    Statement u = c.prepare("UPDATE messages SET state = ?, error = ? WHERE id = ?");
    u.bind(1, int(to)).bindOrNull(2, errorText).bind(3, messageId);
    if (c.check(u.step()) != SQLITE_DONE)
        return false;
    announceChanged(c, messageId);
    return true;
}

QFuture<bool> MessageStore::retryFailed(qint64 messageId)
{
    return m_db.run([=, this](Connection &c) {
        Statement u = c.prepare("UPDATE messages SET state = 0, error = NULL "
                                "WHERE id = ? AND state = 4 AND direction = 1");
        u.bind(1, messageId);
        if (c.check(u.step()) != SQLITE_DONE || c.changes() == 0)
            return false;
        announceChanged(c, messageId);
        return true;
    });
}

QFuture<int> MessageStore::markRead(qint64 chatId, qint64 upToMessageId)
{
    return m_db.run([=, this](Connection &c) {
        qint64 timestamp = 0;
        {
            Statement s = c.prepare("SELECT timestamp FROM messages WHERE id = ? AND chat_id = ?");
            s.bind(1, upToMessageId).bind(2, chatId);
            if (s.step() != SQLITE_ROW)
                return -1;
            timestamp = s.int64(0);
        }
        if (!c.begin())
            return -1;
        Statement u = c.prepare("UPDATE messages SET read = 1 WHERE chat_id = ?1 AND read = 0 "
                                "AND direction = 0 AND timestamp <= ?2 "
                                "AND (timestamp < ?2 OR id <= ?3)");
        u.bind(1, chatId).bind(2, timestamp).bind(3, upToMessageId);
        Statement count = c.prepare(
            "UPDATE chats SET unread_count = (SELECT count(*) FROM messages WHERE chat_id = ?1 "
            "AND read = 0 AND direction = 0) WHERE id = ?1 RETURNING unread_count");
        count.bind(1, chatId);
        if (c.check(u.step()) != SQLITE_DONE || c.check(count.step()) != SQLITE_ROW) {
            c.rollback();
            return -1;
        }
        const int unread = count.int32(0);
        count.step();
        if (!c.commit())
            return -1;
        emitOnOwnerThread([this, chatId, unread]() { Q_EMIT unreadCountChanged(chatId, unread); });
        return unread;
    });
}

QFuture<bool> MessageStore::editMessage(qint64 messageId, const QString &body)
{
    return m_db.run([=, this](Connection &c) {
        Statement u = c.prepare("UPDATE messages SET body = ?, edited = 1 WHERE id = ?");
        u.bind(1, body).bind(2, messageId);
        if (c.check(u.step()) != SQLITE_DONE || c.changes() == 0)
            return false;
        announceChanged(c, messageId);
        return true;
    });
}

QFuture<bool> MessageStore::updateSystemLine(qint64 messageId, const QString &event)
{
    return m_db.run([=, this](Connection &c) {
        Statement u = c.prepare("UPDATE messages SET event = ? WHERE id = ? AND kind = ?");
        u.bind(1, event).bind(2, messageId).bind(3, int(MessageKind::System));
        if (c.check(u.step()) != SQLITE_DONE || c.changes() == 0)
            return false;
        announceChanged(c, messageId);
        return true;
    });
}

QFuture<bool> MessageStore::removeMessage(qint64 messageId)
{
    return m_db.run([=, this](Connection &c) {
        Statement u = c.prepare("DELETE FROM messages WHERE id = ? RETURNING chat_id");
        u.bind(1, messageId);
        if (c.check(u.step()) != SQLITE_ROW)
            return false;
        const qint64 chatId = u.int64(0);
        u.step();
        emitOnOwnerThread([=, this]() { Q_EMIT messageRemoved(chatId, messageId); });
        return true;
    });
}

void MessageStore::announceChanged(Connection &c, qint64 messageId)
{
    const Message changed = MessageReader(c).byId(messageId);
    emitOnOwnerThread([this, changed]() { Q_EMIT messageChanged(changed); });
}

QFuture<QList<Message>> MessageStore::newest(qint64 chatId, int count)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).newest(chatId, count); });
}

QFuture<QList<Message>> MessageStore::before(qint64 messageId, int count)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).before(messageId, count); });
}

QFuture<QList<Message>> MessageStore::after(qint64 messageId, int count)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).after(messageId, count); });
}

QFuture<QList<Message>> MessageStore::around(qint64 messageId, int count)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).around(messageId, count); });
}

QFuture<Message> MessageStore::message(qint64 messageId)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).byId(messageId); });
}

QFuture<Message> MessageStore::findReferenced(qint64 chatId, const QString &ref)
{
    return m_db.run([=](Connection &c) {
        const qint64 id = MessageRefs::find(c, chatId, ref);
        return id > 0 ? MessageReader(c).byId(id) : Message();
    });
}

QFuture<QList<Message>> MessageStore::outbox(qint64 accountId, OutboxKind kind)
{
    return m_db.run([=](Connection &c) { return MessageReader(c).outbox(accountId, kind); });
}

QFuture<bool> MessageStore::updateAttachment(const Attachment &attachment)
{
    return m_db.run([=, this](Connection &c) {
        if (!AttachmentRows(c).update(attachment))
            return false;
        announceChanged(c, attachment.messageId);
        return true;
    });
}

QFuture<Attachment> MessageStore::attachment(qint64 attachmentId)
{
    return m_db.run([=](Connection &c) { return AttachmentRows(c).byId(attachmentId); });
}

QFuture<QList<Message>> MessageStore::mediaMessages(
    qint64 chatId, int count, qint64 beforeMessageId)
{
    return m_db.run([=](Connection &c) {
        QList<Message> messages;
        MessageReader reader(c);
        for (qint64 id : AttachmentRows(c).mediaMessageIds(chatId, count, beforeMessageId))
            messages.append(reader.byId(id));
        return messages;
    });
}

QFuture<qint64> MessageStore::firstUnread(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        // Walks messages_unread, which holds only unread incoming messages, in page order.
        Statement s = c.prepare("SELECT id FROM messages WHERE chat_id = ? AND read = 0 "
                                "AND direction = 0 ORDER BY timestamp, id LIMIT 1");
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? s.int64(0) : qint64(0);
    });
}

} // namespace Natter
