#include "SubscriptionRequestModel.h"

#include "ContactListModel.h"

namespace Natter {

SubscriptionRequestModel::SubscriptionRequestModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SubscriptionRequestModel::setService(ContactService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(
            m_service, &ContactService::requestsChanged, this, &SubscriptionRequestModel::reload);
        connect(
            m_service, &ContactService::blockedChanged, this, &SubscriptionRequestModel::reload);
        connect(m_service, &ContactService::contactsReset, this, &SubscriptionRequestModel::reload);
    }
    reload();
    Q_EMIT serviceChanged();
}

void SubscriptionRequestModel::setBlocked(bool blocked)
{
    if (m_blocked == blocked)
        return;
    m_blocked = blocked;
    reload();
    Q_EMIT blockedChanged();
}

void SubscriptionRequestModel::reload()
{
    QStringList jids;
    if (m_service)
        jids = m_blocked ? m_service->blockedJids() : m_service->requests();
    if (jids == m_jids)
        return;
    const bool countChanges = jids.size() != m_jids.size();
    beginResetModel();
    m_jids = jids;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int SubscriptionRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jids.size());
}

QVariant SubscriptionRequestModel::data(const QModelIndex &index, int role) const
{
    if (!m_service
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactView view = m_service->view(m_jids.at(index.row()));
    switch (role) {
    case JidRole:
        return view.jid;
    case Qt::DisplayRole:
    case NameRole:
        return ContactListModel::value(view, ContactListModel::NameRole);
    case InitialsRole:
        return ContactListModel::value(view, ContactListModel::InitialsRole);
    case ColorRole:
        return ContactListModel::value(view, ContactListModel::ColorRole);
    default:
        return {};
    }
}

QHash<int, QByteArray> SubscriptionRequestModel::roleNames() const
{
    return { { JidRole, "jid" }, { NameRole, "name" }, { InitialsRole, "initials" },
        { ColorRole, "color" } };
}

} // namespace Natter
