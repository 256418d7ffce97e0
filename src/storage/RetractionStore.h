#pragma once

#include "Database.h"
#include "Message.h"

#include <QFuture>
#include <QStringList>

namespace Natter {

class MessageStore;

// Deleting messages (XEP-0424/0425 retractions, and "delete for me"). Runs on the database
// thread; announces what it changed through the MessageStore's signals, which every model and
// service already listens to.
class RetractionStore
{
public:
    // Whether the retraction is ours still to go out (Waiting), or needs no sending (None).
    enum class Outbox { None, Waiting };

    RetractionStore(Database &database, MessageStore &messages);

    // The account's chat with peer, 0 when there is none (a retraction never makes a chat).
    QFuture<qint64> chatOf(qint64 accountId, const QString &peer);
    // The chat's message that ref names (see MessageRefs); a Message with id 0 when none.
    QFuture<Message> referenced(qint64 chatId, const QString &ref);
    // Marks the message retracted and clears its text, mentions, files and corrections; the
    // text leaves the search index by the body trigger. Resolves with the local files it had
    // (for the caller to delete), or nullopt when there is no such message.
    QFuture<std::optional<QStringList>> retract(qint64 messageId, Outbox outbox);
    // Our retractions waiting to go out, oldest first (only their ids and chat are needed).
    QFuture<QList<Message>> unsent(qint64 accountId);
    QFuture<bool> markSent(qint64 messageId);
    // "Delete for me": the row goes at once (with its corrections, files' rows, read marks and
    // search entry) into a trash that lives only as long as this process, so that restore()
    // can put it back exactly and a restart never brings it back. Resolves with the message.
    QFuture<Message> trash(qint64 messageId);
    // Undo: the trashed message returns with its id, files and read marks.
    QFuture<bool> restore(qint64 messageId);
    // Forgets the trashed message for good; resolves with the local files it had.
    QFuture<QStringList> purge(qint64 messageId);

private:
    Database &m_db;
    MessageStore &m_messages;
};

} // namespace Natter
