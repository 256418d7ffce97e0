#include "LastActivitySync.h"

#include "IqHandlerExtension.h"
#include "LastActivityIq.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString LastNs = QStringLiteral("jabber:iq:last");
}

LastActivitySync::LastActivitySync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_handler = session->client()->addNewExtension<IqHandlerExtension>(
        LastNs, [this](const QDomElement &iq) { return answer(iq); });
    m_handler->setFeatures({ LastNs });
}

LastActivitySync::~LastActivitySync()
{
    if (m_handler)
        m_session->client()->removeExtension(m_handler);
}

void LastActivitySync::setSharing(bool sharing)
{
    m_sharing = sharing;
    // Not advertised when refused, so well-behaved clients do not even ask.
    if (m_handler)
        m_handler->setFeatures(sharing ? QStringList { LastNs } : QStringList {});
}

bool LastActivitySync::query(const QString &jid)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    LastActivityIq request;
    request.setTo(jid);
    m_session->client()->sendIq(std::move(request)).then(this, [this, jid](auto &&result) {
        if (const auto *element = std::get_if<QDomElement>(&result)) {
            LastActivityIq answer;
            answer.parse(*element);
            if (answer.seconds()) {
                Q_EMIT lastActivityReceived(jid, *answer.seconds());
                return;
            }
        }
        qCDebug(lcXmpp) << "no last activity for" << jid;
        Q_EMIT lastActivityFailed(jid);
    });
    return true;
}

bool LastActivitySync::answer(const QDomElement &iq)
{
    const QString from = iq.attribute(QStringLiteral("from"));
    const QString bare = QXmppUtils::jidToBareJid(from).toLower();
    const bool own = from.isEmpty() || bare == m_session->settings().jid.bare();
    LastActivityIq reply(QXmppIq::Result);
    reply.setId(iq.attribute(QStringLiteral("id")));
    reply.setTo(from);
    if (iq.attribute(QStringLiteral("type")) != u"get") {
        reply.setType(QXmppIq::Error);
        reply.setError(
            QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::BadRequest));
    } else if (!own && (!m_sharing || (m_allowed && !m_allowed(bare)))) {
        reply.setType(QXmppIq::Error);
        reply.setError(QXmppStanza::Error(QXmppStanza::Error::Auth, QXmppStanza::Error::Forbidden));
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 idleMs = m_lastActive ? now - m_lastActive() : 0;
        reply.setSeconds(qMax<qint64>(0, idleMs / 1000));
    }
    m_session->client()->reply(std::move(reply), std::nullopt);
    return true;
}

} // namespace Natter
