#pragma once

#include "Message.h"

#include <QFuture>
#include <QList>

#include <limits>

namespace Natter {

class Connection;
class Database;
class MessageStore;

// Starred messages: a star is the message's starred_at, kept on this device only. Runs on the
// database thread; a message starred or unstarred is announced through the MessageStore's
// messageChanged, which the conversation already follows.
class StarStore
{
public:
    // Where a page of stars ends: the last one shown, by (starredAt, id). The default starts
    // at the newest.
    struct Cursor
    {
        qint64 starredAt = std::numeric_limits<qint64>::max();
        qint64 id = std::numeric_limits<qint64>::max();
    };

    StarStore(Database &database, MessageStore &messages);

    // Stars the message at (ms), or takes its star away when at is 0. Only a person's message
    // shown in a chat can be starred: not a system line, a correction's row or a deleted one.
    // Resolves with the message as it is now; id 0 when there is no such message to star.
    QFuture<Message> setStarred(qint64 messageId, qint64 at);
    // Stars the message at (ms) when it has no star, else takes it away, in one task.
    QFuture<Message> toggle(qint64 messageId, qint64 at);
    // Up to count starred messages of the account, newest star first, after the cursor; of one
    // chat, or of all the account's chats when chatId is 0. With their files, for a preview.
    QFuture<QList<Message>> starred(qint64 accountId, qint64 chatId, Cursor after, int count);
    // Takes every star of a chat away (clearing the chat); resolves with how many there were.
    QFuture<int> unstarChat(qint64 chatId);

private:
    // The message as it is now, also told to the MessageStore's listeners.
    Message announce(Connection &c, qint64 messageId);

    Database &m_db;
    MessageStore &m_messages;
};

} // namespace Natter
