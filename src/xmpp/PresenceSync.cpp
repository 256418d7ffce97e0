#include "PresenceSync.h"

#include "Session.h"
#include "XmppLogging.h"

#include <QDateTime>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
Availability toAvailability(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available)
        return Availability::Offline;
    switch (presence.availableStatusType()) {
    case QXmppPresence::Away:
        return Availability::Away;
    case QXmppPresence::XA:
        return Availability::ExtendedAway;
    case QXmppPresence::DND:
        return Availability::DoNotDisturb;
    default:
        return Availability::Online;
    }
}

QXmppPresence::AvailableStatusType toStatusType(Availability availability)
{
    switch (availability) {
    case Availability::Away:
        return QXmppPresence::Away;
    case Availability::ExtendedAway:
        return QXmppPresence::XA;
    case Availability::DoNotDisturb:
        return QXmppPresence::DND;
    default:
        return QXmppPresence::Online;
    }
}
} // namespace

PresenceSync::PresenceSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session->client(), &QXmppClient::presenceReceived, this, &PresenceSync::handlePresence);
    connect(session, &Session::disconnected, this, &PresenceSync::presencesLost);
    connect(session, &Session::connected, this, [this] {
        // A resumed stream kept the presence we had.
        if (!m_session->resumed())
            sendOwnPresence();
    });
}

void PresenceSync::handlePresence(const QXmppPresence &presence)
{
    const auto type = presence.type();
    if (type != QXmppPresence::Available && type != QXmppPresence::Unavailable
        && type != QXmppPresence::Error)
        return;
    PresenceUpdate update;
    update.bareJid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    update.resource = QXmppUtils::jidToResource(presence.from());
    if (update.bareJid.isEmpty() || update.bareJid == m_session->settings().jid.bare())
        return;
    update.presence.availability = toAvailability(presence);
    update.presence.priority = presence.priority();
    update.presence.statusText = presence.statusText();
    const QDateTime idle = presence.lastUserInteraction();
    update.presence.idleSinceMs = idle.isValid() ? idle.toMSecsSinceEpoch() : 0;
    switch (presence.vCardUpdateType()) {
    case QXmppPresence::VCardUpdateValidPhoto:
        update.hasPhotoUpdate = true;
        update.photoHash = QString::fromLatin1(presence.photoHash().toHex());
        break;
    case QXmppPresence::VCardUpdateNoPhoto:
        update.hasPhotoUpdate = true;
        break;
    default:
        break;
    }
    Q_EMIT presenceReceived(update);
}

void PresenceSync::setOwnPresence(
    Availability availability, qint64 idleSinceMs, const QString &photoHash)
{
    m_haveOwn = true;
    m_ownAvailability = availability;
    m_ownIdleSinceMs = idleSinceMs;
    m_ownPhotoHash = photoHash;
    sendOwnPresence();
}

void PresenceSync::sendOwnPresence()
{
    // setClientPresence() connects when offline, and each connect starts from a plain presence:
    // so only ever while connected, and again after each connect.
    if (!m_haveOwn || !m_session->client()->isConnected())
        return;
    // Never Unavailable here: QXmppClient takes that as "disconnect".
    QXmppPresence presence(QXmppPresence::Available);
    presence.setAvailableStatusType(toStatusType(m_ownAvailability));
    if (m_ownIdleSinceMs > 0)
        presence.setLastUserInteraction(QDateTime::fromMSecsSinceEpoch(m_ownIdleSinceMs, Qt::UTC));
    // Unknown own avatar: say nothing, so that contacts keep what they have.
    if (!m_ownPhotoHash.isEmpty()) {
        presence.setVCardUpdateType(QXmppPresence::VCardUpdateValidPhoto);
        presence.setPhotoHash(QByteArray::fromHex(m_ownPhotoHash.toLatin1()));
    }
    qCDebug(lcXmpp) << "own presence" << int(m_ownAvailability) << "idle since" << m_ownIdleSinceMs;
    m_session->client()->setClientPresence(presence);
}

} // namespace Natter
