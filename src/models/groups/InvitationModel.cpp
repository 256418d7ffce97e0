#include "InvitationModel.h"

#include "ContactService.h"
#include "GroupService.h"

namespace Natter {

InvitationModel::InvitationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void InvitationModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session->groups(), nullptr, this, nullptr);
        disconnect(m_session->contacts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(
            m_session->groups(), &GroupService::invitationsChanged, this, &InvitationModel::reload);
        // A contact's name may arrive after the invitation.
        connect(
            m_session->contacts(), &ContactService::contactsReset, this, &InvitationModel::reload);
    }
    reload();
    Q_EMIT sessionChanged();
}

void InvitationModel::reload()
{
    beginResetModel();
    m_rows = m_session ? m_session->groups()->invitations() : QVariantList();
    endResetModel();
    Q_EMIT countChanged();
}

int InvitationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InvitationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap row = m_rows.at(index.row()).toMap();
    const QString room = row.value(QStringLiteral("room")).toString();
    const QString from = row.value(QStringLiteral("from")).toString();
    const bool fromContact = row.value(QStringLiteral("fromContact")).toBool();
    switch (role) {
    case RoomRole:
        return room;
    case TextRole:
    case Qt::DisplayRole:
        if (fromContact && m_session)
            return tr("%1 invited you to %2").arg(m_session->contacts()->view(from).name, room);
        return tr("Someone you don't know (%1) invited you to %2").arg(from, room);
    case ReasonRole:
        return row.value(QStringLiteral("reason"));
    case FromContactRole:
        return fromContact;
    default:
        return {};
    }
}

QHash<int, QByteArray> InvitationModel::roleNames() const
{
    return { { RoomRole, "room" }, { TextRole, "text" }, { ReasonRole, "reason" },
        { FromContactRole, "fromContact" } };
}

void InvitationModel::accept(const QString &room)
{
    if (m_session)
        m_session->groups()->acceptInvitation(room);
}

void InvitationModel::decline(const QString &room)
{
    if (m_session)
        m_session->groups()->declineInvitation(room);
}

} // namespace Natter
