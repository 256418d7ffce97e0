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
