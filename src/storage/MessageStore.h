#pragma once

#include "ArchiveStore.h"
#include "Chat.h"
#include "Database.h"
#include "Message.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPromise>

#include <atomic>
#include <memory>

namespace Natter {

// Messages on disk: exactly once, in order, fast at a million. All SQL runs on the database
// thread; every call returns at once with a future, and changes are announced by signals on
// the thread that owns the store.
class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(Database &database, QObject *parent = nullptr);
    ~MessageStore() override;

    // Stores messages that are not stored yet (dedupe by stanza-id and origin-id) and resolves
    // with the new ones, ids filled in. Calls made close together share one transaction.
    // When the disk is full the messages wait in memory and are retried; the future resolves
    // once they are on disk. A catch-up point given moves in the same transaction, so it never
    // runs ahead of the messages it covers.
    QFuture<QList<Message>> insertMessages(
        const QList<Message> &messages, const CatchUpPoint &point = {});
    QFuture<QList<Message>> insertMessage(const Message &message)
    {
        return insertMessages({ message });
    }

    // Moves a message of ours forward (never back); false when the move is not allowed.
    QFuture<bool> advanceDeliveryState(
        qint64 messageId, DeliveryState to, const QString &errorText = {});
    // The same, for a receipt or marker that names our message by its stanza id attribute.
    QFuture<bool> advanceDeliveryState(
        qint64 chatId, const QString &stanzaMessageId, DeliveryState to);
    // A failed message goes back to the outbox, as Pending.
    QFuture<bool> retryFailed(qint64 messageId);
    // Marks incoming messages up to and including upToMessageId read; resolves with the unread
    // count that is left.
    QFuture<int> markRead(qint64 chatId, qint64 upToMessageId);
    QFuture<bool> editMessage(qint64 messageId, const QString &body);
    QFuture<bool> removeMessage(qint64 messageId);
    // Rewrites what a system line says (a collapsed line that took in more joins and leaves).
    QFuture<bool> updateSystemLine(qint64 messageId, const QString &event);

    // Pages, oldest first. Keyed by (timestamp, id): stable while messages arrive.
    QFuture<QList<Message>> newest(qint64 chatId, int count);
    QFuture<QList<Message>> before(qint64 messageId, int count);
    QFuture<QList<Message>> after(qint64 messageId, int count);
    QFuture<QList<Message>> around(qint64 messageId, int count);
    QFuture<Message> message(qint64 messageId);
    // The chat's message that a correction, reaction, reply or retraction names by ref (see
    // MessageRefs); a Message with id 0 when none is stored.
    QFuture<Message> findReferenced(qint64 chatId, const QString &ref);
    // Our messages waiting to go out (see MessageReader::outbox), oldest first.
    QFuture<QList<Message>> outbox(qint64 accountId, OutboxKind kind);
    // The oldest unread incoming message of the chat, where it opens; 0 when all are read.
    QFuture<qint64> firstUnread(qint64 chatId);

    // Records a file's progress (transfer state, local path, url, metadata) and announces the
    // message as changed; false when the attachment does not exist.
    QFuture<bool> updateAttachment(const Attachment &attachment);
    QFuture<Attachment> attachment(qint64 attachmentId);
    // The chat's messages that carry files, newest first, older than beforeMessageId (0: from
    // the newest): the contact's shared media and the viewer's next and previous.
    QFuture<QList<Message>> mediaMessages(qint64 chatId, int count, qint64 beforeMessageId = 0);

    // Messages waiting in memory because the last write failed.
    int pendingWriteCount() const { return m_pendingCount.load(); }
    // Tries the waiting writes now instead of at the next retry.
    void retryPendingWrites();
    void setRetryInterval(int ms) { m_retryIntervalMs = ms; }

Q_SIGNALS:
    void messagesAdded(const QList<Natter::Message> &messages);
    void messageChanged(const Natter::Message &message);
    void messageRemoved(qint64 chatId, qint64 messageId);
    void unreadCountChanged(qint64 chatId, int unreadCount);
    // A write failed (e.g. the disk is full); count messages wait in memory for a retry.
    void writesPending(int count, Natter::Database::Error error);
    // The waiting messages are on disk now.
    void writesRecovered();

private:
    struct InsertRequest
    {
        QList<Message> messages;
        std::shared_ptr<QPromise<QList<Message>>> promise;
        CatchUpPoint point;
    };

    void flushIncoming(Connection &connection);
    void writeWaiting(Connection &connection);
    void scheduleRetry();
    bool changeState(
        Connection &connection, qint64 messageId, DeliveryState to, const QString &errorText);
    void announceChanged(Connection &connection, qint64 messageId);
    template <typename Fn> void emitOnOwnerThread(Fn fn)
    {
        QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
    }

    Database &m_db;
    QMutex m_mutex;
    QList<InsertRequest> m_incoming; // guarded by m_mutex
    bool m_flushScheduled = false; // guarded by m_mutex
    QList<InsertRequest> m_waiting; // database thread only
    bool m_retryScheduled = false; // database thread only
    bool m_failing = false; // database thread only
    std::atomic<int> m_pendingCount = 0;
    std::atomic<int> m_retryIntervalMs = 5000;
    // Cleared on the database thread when the store goes away, so a pending retry does nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Natter
