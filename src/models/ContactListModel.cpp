#include "ContactListModel.h"

#include <QColor>
#include <QUrl>

namespace Natter {

namespace {
QString presenceName(Availability availability)
{
    switch (availability) {
    case Availability::Online:
        return QStringLiteral("online");
    case Availability::Away:
        return QStringLiteral("away");
    case Availability::ExtendedAway:
        return QStringLiteral("xa");
    case Availability::DoNotDisturb:
        return QStringLiteral("dnd");
    case Availability::Offline:
        break;
    }
    return QStringLiteral("offline");
}

QString subscriptionName(Subscription subscription)
{
    switch (subscription) {
    case Subscription::To:
        return QStringLiteral("to");
    case Subscription::From:
        return QStringLiteral("from");
    case Subscription::Both:
        return QStringLiteral("both");
    case Subscription::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ContactListModel::setService(ContactService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &ContactService::contactsReset, this, &ContactListModel::reload);
        connect(m_service, &ContactService::contactsChanged, this, &ContactListModel::refresh);
        connect(m_service, &ContactService::blockedChanged, this, &ContactListModel::reload);
    }
    reload();
    Q_EMIT serviceChanged();
}

void ContactListModel::reload()
{
    QList<std::pair<QString, QString>> sorted;
    if (m_service) {
        for (const QString &jid : m_service->contactJids()) {
            const QString name = m_service->view(jid).name;
            if (m_filter.isEmpty() || name.contains(m_filter, Qt::CaseInsensitive)
                || jid.contains(m_filter, Qt::CaseInsensitive))
                sorted.append({ name.toCaseFolded(), jid });
        }
    }
    std::sort(sorted.begin(), sorted.end());
    QStringList jids;
    for (const auto &entry : std::as_const(sorted))
        jids.append(entry.second);
    if (jids == m_jids) {
        refresh(m_jids);
        return;
    }
    const bool countChanges = jids.size() != m_jids.size();
    beginResetModel();
    m_jids = jids;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void ContactListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void ContactListModel::refresh(const QStringList &jids)
{
    for (const QString &jid : jids) {
        const int row = int(m_jids.indexOf(jid));
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jids.size());
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!m_service
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_service->view(m_jids.at(index.row())), role);
}

QVariant ContactListModel::value(const ContactView &view, int role)
{
    switch (role) {
    case JidRole:
        return view.jid;
    case Qt::DisplayRole:
    case NameRole:
        return view.name;
    case InitialsRole:
        return view.initials;
    case ColorRole:
        return QColor::fromRgb(view.color);
    case AvatarRole:
        return view.avatarPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(view.avatarPath);
    case PresenceRole:
        return presenceName(view.availability);
    case ActivityRole:
        return view.activityText;
    case SubscriptionRole:
        return subscriptionName(view.subscription);
    case PendingRole:
        return view.pendingOut;
    case BlockedRole:
        return view.blocked;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    return {
        { JidRole, "jid" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { ColorRole, "color" },
        { AvatarRole, "avatar" },
        { PresenceRole, "presence" },
        { ActivityRole, "activity" },
        { SubscriptionRole, "subscription" },
        { PendingRole, "pending" },
        { BlockedRole, "blocked" },
    };
}

} // namespace Natter
