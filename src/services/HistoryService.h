#pragma once

#include "AccountStore.h"
#include "ArchiveStore.h"
#include "ChatStore.h"
#include "Database.h"
#include "DraftStore.h"
#include "GroupStore.h"
#include "MessageStore.h"
#include "SearchStore.h"

#include <QFuture>
#include <QObject>

namespace Natter {

// Opens the profile's history and decides what the person must hear about it: a damaged file
// that was moved aside, or a history from a newer Natter that must not be touched.
class HistoryService : public QObject
{
    Q_OBJECT

public:
    explicit HistoryService(const QString &path, QObject *parent = nullptr);

    Database &database() { return m_database; }
    AccountStore &accounts() { return m_accounts; }
    MessageStore &messages() { return m_messages; }
    ChatStore &chats() { return m_chats; }
    ArchiveStore &archive() { return m_archive; }
    SearchStore &search() { return m_search; }
    DraftStore &drafts() { return m_drafts; }
    GroupStore &groups() { return m_groups; }

    bool isReady() const { return m_ready; }
    // True when the history cannot be used at all; nothing may write to it.
    bool isBlocked() const { return m_blocked; }
    // A sentence for the person, empty when there is nothing to say.
    QString notice() const { return m_notice; }

    // The questions the models ask. They never hold a store: the service answers, and the
    // signals below tell them what changed.

    // The account's chats, archived ones included, pinned first, then the most recent.
    QFuture<QList<Chat>> chatList(qint64 accountId) { return m_chats.chats(accountId); }
    // The chat, or one with id 0 when it is gone.
    QFuture<Chat> chat(qint64 chatId) { return m_chats.chat(chatId); }
    // The chat with peer, created on first use (a conversation or its media being opened).
    QFuture<qint64> chatWith(qint64 accountId, const QString &peer)
    {
        return m_chats.ensureChat(accountId, peer);
    }
    QFuture<bool> setPinned(qint64 chatId, bool pinned)
    {
        return m_chats.setPinned(chatId, pinned);
    }
    QFuture<bool> setArchived(qint64 chatId, bool archived)
    {
        return m_chats.setArchived(chatId, archived);
    }

    // A conversation being opened: its chat (created on first use) and its first unread
    // message (0: none), from which the view decides where to start.
    struct Opened
    {
        Chat chat;
        qint64 firstUnread = 0;
    };
    QFuture<Opened> openChat(qint64 accountId, const QString &peer);

    // One message, with id 0 when there is none.
    QFuture<Message> message(qint64 messageId) { return m_messages.message(messageId); }
    // Pages of a chat, oldest first: its newest, and the ones right after or before a message.
    QFuture<QList<Message>> newestPage(qint64 chatId, int count)
    {
        return m_messages.newest(chatId, count);
    }
    QFuture<QList<Message>> pageAfter(qint64 messageId, int count)
    {
        return m_messages.after(messageId, count);
    }
    QFuture<QList<Message>> pageBefore(qint64 messageId, int count)
    {
        return m_messages.before(messageId, count);
    }
    // Messages with files, newest first, older than beforeMessageId (0: from the newest).
    QFuture<QList<Message>> mediaPage(qint64 chatId, int count, qint64 beforeMessageId)
    {
        return m_messages.mediaMessages(chatId, count, beforeMessageId);
    }
    QFuture<Attachment> attachment(qint64 attachmentId)
    {
        return m_messages.attachment(attachmentId);
    }

    // The unsent text of a chat and the message it replies to (0: none).
    QFuture<QString> draft(qint64 chatId) { return m_drafts.draft(chatId); }
    QFuture<qint64> draftReplyTo(qint64 chatId) { return m_drafts.replyTo(chatId); }
    QFuture<bool> saveDraft(qint64 chatId, const QString &body, qint64 replyToId)
    {
        return m_drafts.saveDraft(chatId, body, replyToId);
    }

    // Messages with every word of text, newest first, in one chat or in all (chatId 0).
    QFuture<QList<SearchHit>> searchMessages(const QString &text, qint64 chatId)
    {
        return m_search.search(text, chatId);
    }

    // A page of a chat around one of its messages (a search hit, a star, a reply's original),
    // oldest first, and whether it reaches the chat's newest message: a view of it then follows
    // new messages as they arrive.
    struct Page
    {
        QList<Message> messages;
        bool atNewest = false;
    };
    QFuture<Page> pageAround(qint64 chatId, qint64 messageId, int count);

    // Resolves with the account's id, adding the account on first use.
    QFuture<qint64> ensureAccount(const QString &bareJid);
    // Deletes the account with its contacts, chats and messages.
    QFuture<bool> removeAccount(const QString &bareJid);

Q_SIGNALS:
    void readyChanged();
    void noticeChanged();
    // What changed in the history, for the models that show it (they listen here, not to the
    // stores): messages stored, one changed or removed, a chat's unread count, a chat's pinned,
    // archived or muted state or its existence.
    void messagesAdded(const QList<Natter::Message> &messages);
    void messageChanged(const Natter::Message &message);
    void messageRemoved(qint64 chatId, qint64 messageId);
    void unreadCountChanged(qint64 chatId, int unreadCount);
    void chatChanged(qint64 chatId);
    // Every message of the chat is gone (cleared or deleted here): a view of it starts again.
    void chatCleared(qint64 chatId);

private:
    void handleOpened(const Database::OpenResult &result);

    Database m_database;
    AccountStore m_accounts;
    MessageStore m_messages;
    ChatStore m_chats;
    ArchiveStore m_archive;
    SearchStore m_search;
    DraftStore m_drafts;
    GroupStore m_groups;
    bool m_ready = false;
    bool m_blocked = false;
    QString m_notice;
};

} // namespace Natter
