#pragma once

#include "Chat.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Database;

// The chat list. Each chat row carries its last message and unread count, kept current by
// triggers, so the whole list is one query.
class ChatStore : public QObject
{
    Q_OBJECT
public:
    explicit ChatStore(Database &database, QObject *parent = nullptr);

    // All chats of the account (0: of every account), most recent first.
    QFuture<QList<Chat>> chats(qint64 accountId = 0);
    QFuture<Chat> chat(qint64 chatId);
    // The chat with peer, created when it does not exist yet.
    QFuture<qint64> ensureChat(qint64 accountId, const QString &peer);
    // Removes the chat with its messages, attachments and draft.
    QFuture<bool> removeChat(qint64 chatId);

private:
    Database &m_db;
};

} // namespace Natter
