#pragma once

#include "Enums.h"
#include "Message.h"
#include "Reaction.h"
#include "Retraction.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QXmppMessage;

namespace Natter::RetractCodec {
struct Retract;
}

namespace Natter {

class MessageHandlerExtension;
class Session;

// One-to-one chat messages over the session (XEP-0359 ids, XEP-0184 receipts, XEP-0333 markers,
// XEP-0085 chat states): puts ours on the wire and turns incoming stanzas into plain values.
// Deciding what to store, acknowledge or show is the services' job, not this class's.
class MessageSync : public QObject
{
    Q_OBJECT

public:
    explicit MessageSync(Session *session, QObject *parent = nullptr);
    ~MessageSync() override;

    // Sends message.body to message.peer; message.originId is both origin-id and stanza id.
    // Returns false when the session cannot send now; the caller keeps it in its outbox.
    bool send(const Message &message);
    // XEP-0184: tells the sender's client (a full JID) that its message arrived.
    void sendReceipt(const QString &toFullJid, const QString &messageId);
    // XEP-0333: tells the peer that the person has seen everything up to messageId, the id
    // attribute of a message that carried <markable/> (the same id its receipt names).
    void sendDisplayed(const QString &peer, const QString &messageId);
    void sendChatState(const QString &peer, ChatState state);

Q_SIGNALS:
    // fromFullJid is where a receipt goes; receiptRequested says whether one was asked for.
    void messageReceived(
        const Natter::Message &message, const QString &fromFullJid, bool receiptRequested);
    // The server proved it has our message: its stream-management ack, or without stream
    // management an answer to a query sent after it.
    void messageAcknowledged(const QString &originId);
    // The stream ended before such a proof: the message may never have arrived, so it goes out
    // again on the next stream.
    void messageUnconfirmed(const QString &originId);
    void receiptReceived(const QString &fromBareJid, const QString &messageId);
    void displayedReceived(const QString &fromBareJid, const QString &messageId);
    void chatStateReceived(const QString &fromBareJid, Natter::ChatState state);
    // XEP-0424, live or a carbon: someone (or another device of ours) retracted a message.
    void retractionReceived(const Natter::Retraction &retraction);
    // XEP-0444: a person's (or, by carbon, our own) whole set of reactions to a message.
    void reactionReceived(const Natter::Reaction &reaction);
    // An error stanza came back for one of our messages.
    void messageFailed(const QString &fromBareJid, const QString &messageId, const QString &reason);

private:
    void handleStanza(const QXmppMessage &stanza);
    // Reports the outcome of one send, unless the message went out again since.
    void settle(const QString &originId, quint64 attempt, bool acknowledged);
    void proveSoon(const QString &originId, quint64 attempt);
    void sendProof();

    Session *m_session;
    // origin-id → the latest send of it: an older send's late outcome (a stream that had no
    // stream management, and its successor had) says nothing about the copy on the wire now.
    QHash<QString, quint64> m_attempts;
    quint64 m_lastAttempt = 0;
    QList<std::pair<QString, quint64>> m_unproven; // written without stream management
    bool m_proofQueued = false;
    QPointer<MessageHandlerExtension> m_handler; // owned by the client
    qint64 m_offlineSinceMs = 0; // when the last connection ended; 0 before the first did
};

// Reads body, files and ids; stanzaId only from a stanza-id stamped by stampedBy (a bare JID:
// our account, or the room), since anyone can add one of their own.
void readContent(const QXmppMessage &stanza, const QString &stampedBy, Message &message);
// The XEP-0085 chat state the stanza carries; None without one.
ChatState chatState(const QXmppMessage &stanza);
// Puts the XEP-0085 chat state on the stanza.
void setChatState(QXmppMessage &stanza, ChatState state);
// A one-to-one retraction as seen by ownBareJid: its chat, direction and author.
Retraction retraction(
    const QXmppMessage &stanza, const RetractCodec::Retract &retract, const QString &ownBareJid);
// Turns a stanza into a Message as seen by ownBareJid; direction follows the author.
Message messageFromStanza(const QXmppMessage &stanza, const QString &ownBareJid);

} // namespace Natter
