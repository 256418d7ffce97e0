#include "ReactionSync.h"

#include "ReactionStanza.h"
#include "Session.h"

#include <QPromise>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <memory>

namespace Natter {

ReactionSync::ReactionSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QFuture<bool> ReactionSync::send(
    const QString &peer, bool group, const QString &ref, const QStringList &emojis)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QFuture<bool> future = promise->future();
    if (m_session->state() != ConnectionState::Connected) {
        promise->addResult(false);
        promise->finish();
        return future;
    }
    QXmppMessage stanza;
    stanza.setType(group ? QXmppMessage::GroupChat : QXmppMessage::Chat);
    stanza.setTo(peer);
    const QString id = QXmppUtils::generateStanzaUuid();
    stanza.setId(id);
    stanza.setOriginId(id);
    ReactionStanza::write(stanza, ref, emojis);
    m_session->client()->send(std::move(stanza)).then(this, [promise](QXmpp::SendResult result) {
        promise->addResult(std::holds_alternative<QXmpp::SendSuccess>(result));
        promise->finish();
    });
    return future;
}

} // namespace Natter
