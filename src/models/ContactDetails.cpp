#include "ContactDetails.h"

#include "ContactListModel.h"

namespace Natter {

ContactDetails::ContactDetails(QObject *parent)
    : QObject(parent)
{ }

void ContactDetails::setService(ContactService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &ContactService::contactsReset, this, &ContactDetails::update);
        connect(m_service, &ContactService::blockedChanged, this, &ContactDetails::update);
        connect(m_service, &ContactService::contactsChanged, this, [this](const QStringList &jids) {
            if (jids.contains(m_jid))
                update();
        });
    }
    update();
    Q_EMIT serviceChanged();
}

void ContactDetails::setJid(const QString &jid)
{
    if (m_jid == jid)
        return;
    m_jid = jid;
    update();
    Q_EMIT jidChanged();
}

void ContactDetails::update()
{
    m_view = m_service && !m_jid.isEmpty() ? m_service->view(m_jid) : ContactView();
    Q_EMIT changed();
}

QColor ContactDetails::color() const
{
    return ContactListModel::value(m_view, ContactListModel::ColorRole).value<QColor>();
}

QUrl ContactDetails::avatar() const
{
    return ContactListModel::value(m_view, ContactListModel::AvatarRole).toUrl();
}

QString ContactDetails::presence() const
{
    return ContactListModel::value(m_view, ContactListModel::PresenceRole).toString();
}

QString ContactDetails::subscription() const
{
    return ContactListModel::value(m_view, ContactListModel::SubscriptionRole).toString();
}

} // namespace Natter
