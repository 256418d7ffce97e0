#include "LinkService.h"

#include "ContactService.h"
#include "GeoUri.h"
#include "MapLinks.h"
#include "ServiceLogging.h"
#include "XmppUri.h"

namespace Natter {

LinkService::LinkService(ContactService *contacts, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
{ }

bool LinkService::open(const QString &uri)
{
    QString error;
    const auto link = XmppUri::parse(uri, &error);
    // A room is joined only once the person has seen where and under which nickname.
    if (link && !link->jid().node().isEmpty() && link->action() == QLatin1String("join")) {
        Q_EMIT joinRequested(link->jid().bare());
        return true;
    }
    // Server addresses have no one-to-one chat to open.
    static const QStringList chatActions { QString(), QStringLiteral("message"),
        QStringLiteral("roster"), QStringLiteral("subscribe") };
    if (!link || link->jid().node().isEmpty() || !chatActions.contains(link->action())) {
        qCInfo(lcServices) << "ignored an xmpp: link:" << error;
        return false;
    }
    const QString peer = link->jid().bare();
    Q_EMIT chatRequested(peer);
    const ContactView view = m_contacts->view(peer);
    setOffered(view.inRoster || view.blocked ? QString() : peer);
    return true;
}

QString LinkService::mapLink(const QString &geoUri) const
{
    const auto location = GeoUri::parse(geoUri);
    return location ? MapLinks::target(*location, MapLinks::hasGeoHandler()) : QString();
}

bool LinkService::addOfferedContact()
{
    if (m_offered.isEmpty() || !m_contacts->addContact(m_offered))
        return false;
    setOffered({});
    return true;
}

void LinkService::setOffered(const QString &jid)
{
    if (m_offered == jid)
        return;
    m_offered = jid;
    Q_EMIT offeredContactChanged();
}

} // namespace Natter
