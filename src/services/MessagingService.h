#pragma once

#include "Message.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace Natter {

class HistoryService;
class MessageSync;
class Session;

// The path of a one-to-one message: stored first, then sent; acknowledged, delivered and read
// as the server and the peer report it; resent from the outbox after any interruption.
// Incoming messages are stored (exactly once) before their receipt goes out.
class MessagingService : public QObject
{
    Q_OBJECT

public:
    MessagingService(
        Session *session, MessageSync *sync, HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);
    qint64 accountId() const { return m_accountId; }

    // Stores the message as pending and sends it when connected. Resolves with the stored
    // message, or an empty list when the input is refused (see errorText in that case).
    // replyToId: the local message this one answers (XEP-0461), or 0.
    QFuture<QList<Message>> send(const QString &peer, const QString &body, qint64 replyToId = 0);
    // Stores a message of ours with files as pending. It goes on the wire once every file has
    // its link (see sendStored); until then it waits in the outbox, across restarts too.
    // reply: the XEP-0461 fields to give the message (see Replies::address), if any, and its
    // forwarded mark (see Forwarding).
    QFuture<QList<Message>> storeWithFiles(const QString &peer, const QString &body,
        const QList<Attachment> &attachments, const Message &reply = {});
    // Sends a stored message of ours now that its files are uploaded.
    void sendStored(qint64 messageId);
    // A failed message goes back to the outbox and out again.
    void retry(qint64 messageId);
    // The person has seen the chat up to this message: mark it read and, if read receipts are
    // on, the message asked for markers and its sender is a contact, tell the sender.
    void markDisplayed(qint64 messageId);
    // Receipts for messages stored by other paths (archive catch-up): (full JID, message id).
    // They go out like live ones, to contacts only.
    void sendOwedReceipts(const QList<std::pair<QString, QString>> &receipts);

    // Messages from a JID this returns true for are never stored or acknowledged (blocking).
    void setBlockedFilter(std::function<bool(const QString &)> isBlocked)
    {
        m_isBlocked = std::move(isBlocked);
    }

    // Receipts and read markers go only to a JID this returns true for; none while unset.
    void setContactFilter(std::function<bool(const QString &)> isContact)
    {
        m_isContact = std::move(isContact);
    }

    // A message from a JID isStranger names, with no chat yet, opens a message request: open
    // makes those chats (see MessageRequests) before the messages are stored.
    void setRequests(std::function<bool(const QString &)> isStranger,
        std::function<QFuture<void>(const QStringList &)> open)
    {
        m_isStranger = std::move(isStranger);
        m_openRequests = std::move(open);
    }

    // Group chats: a message of ours to a peer isGroup names goes out through send (the group's
    // own path, see GroupMessaging), and a one-to-one stanza from such an address is no person's
    // message and is dropped.
    void setGroupTransport(
        std::function<bool(const QString &)> isGroup, std::function<void(const Message &)> send)
    {
        m_isGroup = std::move(isGroup);
        m_sendToGroup = std::move(send);
    }

    // The mentions a message of ours to a group carries (see GroupMessaging::mentionsIn).
    void setGroupMentions(std::function<QList<Mention>(const QString &, const QString &)> mentions)
    {
        m_groupMentions = std::move(mentions);
    }

    // Private messages through a room: a peer isPrivate names (room@service/nick) keeps its
    // nickname, and ours to it go out through send (GroupPrivateMessaging). No marker goes back.
    void setPrivateTransport(
        std::function<bool(const QString &)> isPrivate, std::function<void(const Message &)> send)
    {
        m_isPrivate = std::move(isPrivate);
        m_sendPrivate = std::move(send);
    }
    // A group message the person has read, when read receipts are on: the group's markers.
    void setGroupMarkers(std::function<void(const Message &)> markDisplayed)
    {
        m_markGroupDisplayed = std::move(markDisplayed);
    }

    bool readReceipts() const { return m_readReceipts; }
    void setReadReceipts(bool enabled) { m_readReceipts = enabled; }

    // How many incoming messages were new to the store, for diagnostics and benchmarks.
    int incomingStoredCount() const { return m_incomingStored; }

Q_SIGNALS:
    void messagesStored(const QList<Natter::Message> &messages);
    // The person has seen this incoming message, and it is marked read (markDisplayed).
    void messageDisplayed(const Natter::Message &message);

private:
    struct Sent
    {
        qint64 id = 0; // local id
        QString peer; // bare JID it went to: only it (or our server) may report an error
    };

    void handleIncoming(const Message &message, const QString &fromFullJid, bool wantsReceipt);
    void flushIncoming();
    void sendReceipts();
    void handleAcknowledged(const QString &originId);
    void handlePeerReport(const QString &fromBareJid, const QString &messageId, DeliveryState to);
    void handleFailed(const QString &fromBareJid, const QString &messageId, const QString &reason);
    // Takes the message from sent if fromBareJid may report on it; its local id, else 0.
    qint64 takeReported(
        QHash<QString, Sent> &sent, const QString &messageId, const QString &fromBareJid) const;
    bool isContact(const QString &bareJid) const { return m_isContact && m_isContact(bareJid); }
    bool isPrivate(const QString &peer) const { return m_isPrivate && m_isPrivate(peer); }
    void handleConnected();
    void flushOutbox();
    // fromOutbox: the message comes from an outbox read (in order), not straight from the store.
    void transmit(const Message &message, bool fromOutbox = false);

    Session *m_session;
    MessageSync *m_sync;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    bool m_readReceipts = true;
    std::function<bool(const QString &)> m_isBlocked;
    std::function<bool(const QString &)> m_isContact;
    std::function<bool(const QString &)> m_isStranger;
    std::function<QFuture<void>(const QStringList &)> m_openRequests;
    std::function<bool(const QString &)> m_isGroup;
    std::function<void(const Message &)> m_sendToGroup;
    std::function<QList<Mention>(const QString &, const QString &)> m_groupMentions;
    std::function<void(const Message &)> m_markGroupDisplayed;
    std::function<bool(const QString &)> m_isPrivate;
    std::function<void(const Message &)> m_sendPrivate;
    int m_incomingStored = 0;
    QHash<QString, Sent> m_inFlight; // origin-id → sent and not yet acknowledged
    // Outbox reads under way: what is stored meanwhile is in them, and goes out in their order.
    int m_outboxReads = 0;
    // Acknowledged lately: an error from the peer's server can still come back for these.
    QHash<QString, Sent> m_recentlySent;
    QHash<QString, qint64> m_chatIds; // peer → chat id, for the chats that exist
    struct PendingIncoming
    {
        Message message;
        QString fromFullJid;
        bool wantsReceipt = false;
    };
    QList<PendingIncoming> m_incoming;
    void storeIncoming(const QList<PendingIncoming> &batch);
    QTimer m_flushTimer;
    QElapsedTimer m_lastFlush; // when the last batch went to the store, to tell a burst
    QList<std::pair<QString, QString>> m_receipts; // full JID, message id: stored, not yet sent
};

} // namespace Natter
