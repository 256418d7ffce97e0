#pragma once

#include "Message.h"

#include <QObject>

class QXmppMessage;

namespace Natter {

class Session;

// One-to-one chat messages over the session: puts ours on the wire, turns incoming stanzas into
// Message values. Deciding what to store and show is the services' job, not this class's.
class MessageSync : public QObject
{
    Q_OBJECT

public:
    explicit MessageSync(Session *session, QObject *parent = nullptr);

    // Sends message.body to message.peer with message.originId as both origin-id and stanza id.
    // Returns false when the session cannot send right now; the caller keeps it in its outbox.
    bool send(const Message &message);

Q_SIGNALS:
    void messageReceived(const Natter::Message &message);

private:
    void handleStanza(const QXmppMessage &stanza);

    Session *m_session;
};

} // namespace Natter
