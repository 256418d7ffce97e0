#include "MessageSync.h"

#include "Session.h"
#include "XmppLogging.h"

#include <QDateTime>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

MessageSync::MessageSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session->client(), &QXmppClient::messageReceived, this, &MessageSync::handleStanza);
}

bool MessageSync::send(const Message &message)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(message.peer);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    stanza.setBody(message.body);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    m_session->client()->send(std::move(stanza));
    return true;
}

void MessageSync::handleStanza(const QXmppMessage &stanza)
{
    if (stanza.type() == QXmppMessage::Error || stanza.type() == QXmppMessage::GroupChat
        || stanza.body().isEmpty())
        return;

    const QString ownBare = m_session->settings().jid.bare();
    Message message;
    message.direction = Direction::Incoming;
    message.sender = QXmppUtils::jidToBareJid(stanza.from());
    message.peer = message.sender;
    message.body = stanza.body();
    message.messageId = stanza.id();
    message.originId = stanza.originId();
    // Only a stanza-id stamped by our own server is trustworthy for dedupe.
    for (const auto &id : stanza.stanzaIds()) {
        if (id.by == ownBare) {
            message.stanzaId = id.id;
            break;
        }
    }
    const QDateTime stamp = stanza.stamp();
    message.timestamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    message.deliveryState = DeliveryState::Delivered;
    qCDebug(lcXmpp) << "message from" << message.sender;
    Q_EMIT messageReceived(message);
}

} // namespace Natter
