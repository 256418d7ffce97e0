#pragma once

#include "Enums.h"
#include "Message.h"

#include <QObject>
#include <QPointer>

class QXmppMessage;

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
    // XEP-0333: tells the peer that the person has seen everything up to messageId.
    void sendDisplayed(const QString &peer, const QString &messageId);
    void sendChatState(const QString &peer, ChatState state);

Q_SIGNALS:
    // fromFullJid is where a receipt goes; receiptRequested says whether one was asked for.
    void messageReceived(
        const Natter::Message &message, const QString &fromFullJid, bool receiptRequested);
    // The server acknowledged our message (stream management), so it is stored there.
    void messageAcknowledged(const QString &originId);
    void receiptReceived(const QString &fromBareJid, const QString &messageId);
    void displayedReceived(const QString &fromBareJid, const QString &messageId);
    void chatStateReceived(const QString &fromBareJid, Natter::ChatState state);
    // An error stanza came back for one of our messages.
    void messageFailed(const QString &fromBareJid, const QString &messageId, const QString &reason);

private:
    void handleStanza(const QXmppMessage &stanza);

    Session *m_session;
    QPointer<MessageHandlerExtension> m_handler; // owned by the client
    qint64 m_offlineSinceMs = 0; // when the last connection ended; 0 before the first did
};

// Turns a stanza into a Message as seen by ownBareJid; direction follows the author.
Message messageFromStanza(const QXmppMessage &stanza, const QString &ownBareJid);

} // namespace Natter
