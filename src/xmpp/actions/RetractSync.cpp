#include "RetractSync.h"

#include "RetractCodec.h"
#include "Session.h"

#include <QPromise>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

#include <memory>

namespace Natter {

RetractSync::RetractSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QFuture<bool> RetractSync::retract(const QString &peer, const QString &id, bool group)
{
    if (m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(false);
    QXmppMessage stanza;
    stanza.setType(group ? QXmppMessage::GroupChat : QXmppMessage::Chat);
    stanza.setTo(peer);
    const QString ownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stanza.setId(ownId);
    stanza.setOriginId(ownId);
    RetractCodec::write(stanza, id);
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_session->client()->send(std::move(stanza)).then(this, [promise](QXmpp::SendResult result) {
        promise->addResult(std::holds_alternative<QXmpp::SendSuccess>(result));
        promise->finish();
    });
    return promise->future();
}

} // namespace Natter
