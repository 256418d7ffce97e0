#include "PingSync.h"

#include "IqHandlerExtension.h"
#include "Session.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString PingNs = QStringLiteral("urn:xmpp:ping");
}

PingSync::PingSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_handler = session->client()->addNewExtension<IqHandlerExtension>(
        PingNs, [this](const QDomElement &iq) { return answer(iq); });
    m_handler->setFeatures({ PingNs });
}

PingSync::~PingSync()
{
    if (m_handler)
        m_session->client()->removeExtension(m_handler);
}

bool PingSync::answer(const QDomElement &iq)
{
    const QString from = iq.attribute(QStringLiteral("from"));
    const Jid &own = m_session->settings().jid;
    const QString bare = QXmppUtils::jidToBareJid(from).toLower();
    // No from, or our server's domain alone: the server checks that we are still there.
    const bool trusted = from.isEmpty() || from.toLower() == own.domain() || bare == own.bare()
        || (m_allowed && m_allowed(bare));
    QXmppIq reply(QXmppIq::Result);
    reply.setId(iq.attribute(QStringLiteral("id")));
    reply.setTo(from);
    if (iq.attribute(QStringLiteral("type")) != u"get")
        reply = IqHandlerExtension::errorReply(iq, QXmppStanza::Error::BadRequest);
    else if (!trusted)
        reply = IqHandlerExtension::errorReply(iq, QXmppStanza::Error::ServiceUnavailable);
    m_session->client()->reply(std::move(reply), std::nullopt);
    return true;
}

} // namespace Natter
