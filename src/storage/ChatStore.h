#pragma once

#include "Chat.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Natter {

class Database;

// The chat list. Each chat row carries its last message and unread count, kept current by
// triggers, so the whole list is one query.
class ChatStore : public QObject
{
    Q_OBJECT
public:
    explicit ChatStore(Database &database, QObject *parent = nullptr);
    ~ChatStore() override;

    // All chats of the account (0: of every account), archived ones included: pinned chats
    // first (the latest pin first), then the most recent.
    QFuture<QList<Chat>> chats(qint64 accountId = 0);
    QFuture<Chat> chat(qint64 chatId);
    // The chat with peer, created when it does not exist yet; a new chat, or a person's, takes
    // kind (a private message through a room names its chat so before its first message).
    QFuture<qint64> ensureChat(
        qint64 accountId, const QString &peer, ChatKind kind = ChatKind::Person);
    // The chat with peer, or 0 when there is none; never creates one.
    QFuture<qint64> chatId(qint64 accountId, const QString &peer);
    // Removes the chat with its messages, attachments and draft.
    QFuture<bool> removeChat(qint64 chatId);
    // Both resolve with false when there is no such chat; chatChanged follows a real change.
    QFuture<bool> setPinned(qint64 chatId, bool pinned);
    QFuture<bool> setArchived(qint64 chatId, bool archived);
    // Chat::mutedUntil: 0 unmuted, Chat::MutedForever, or the end of the mute in ms.
    QFuture<bool> setMutedUntil(qint64 chatId, qint64 mutedUntil);
    QFuture<bool> setMarkedUnread(qint64 chatId, bool marked);
    // Removes every message of the chat here, with what hangs off them (files' rows, reactions,
    // read marks, search entries), and records how far it was cleared so that the archive never
    // brings them back (see MessageWriter). hide also takes the chat out of the list until its
    // next message, with its draft. Resolves with the local files the messages had, for the
    // caller to delete, or nullopt when there is no such chat.
    QFuture<std::optional<QStringList>> clearMessages(qint64 chatId, bool hide);
    // The chat's newest incoming message (what opening it marks read), 0 when it has none.
    QFuture<qint64> newestIncoming(qint64 chatId);

Q_SIGNALS:
    // The chat's pinned, archived or muted state changed; emitted on the thread that owns the
    // store.
    void chatChanged(qint64 chatId);
    // The chat's messages are gone (clearMessages); emitted after chatChanged.
    void chatCleared(qint64 chatId);

private:
    // Emits chatChanged on the owner thread; called on the database thread.
    void announceChanged(qint64 chatId);
    QFuture<bool> changeChat(qint64 chatId, const char *update, qint64 value);

    Database &m_db;
};

} // namespace Natter
