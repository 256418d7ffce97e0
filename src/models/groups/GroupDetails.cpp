#include "GroupDetails.h"

#include "AccountSession.h"
#include "ConsistentColor.h"
#include "Contact.h"
#include "GroupAdmin.h"
#include "PrivatePeer.h"

#include <QCollator>

namespace Natter {

GroupDetails::GroupDetails(QObject *parent)
    : QObject(parent)
{ }

void GroupDetails::setService(GroupService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &GroupService::groupsChanged, this, &GroupDetails::update);
        connect(m_service, &GroupService::groupChanged, this, [this](qint64 chatId) {
            if (chatId == m_group.chatId)
                update();
        });
        connect(m_service, &GroupService::participantsChanged, this, [this](qint64 chatId) {
            if (chatId == m_group.chatId)
                updateParticipants();
        });
    }
    update();
    Q_EMIT serviceChanged();
}

void GroupDetails::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session->groupAdmin(), nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session->groupAdmin(), &GroupAdmin::avatarChanged, this, [this](qint64 chatId) {
            if (chatId == m_group.chatId)
                updatePicture();
        });
    }
    updatePicture();
    Q_EMIT sessionChanged();
}

void GroupDetails::updatePicture()
{
    const QString path
        = m_session && isGroup() ? m_session->groupAdmin()->avatarPath(chatId()) : QString();
    const QUrl picture = path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
    if (picture == m_picture)
        return;
    m_picture = picture;
    Q_EMIT pictureChanged();
}

void GroupDetails::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    update();
    Q_EMIT peerChanged();
}

void GroupDetails::update()
{
    m_private = m_service && m_service->isPrivateChat(m_peer);
    const QString room = m_private ? PrivatePeer::room(m_peer) : m_peer;
    m_group = m_service && !room.isEmpty() ? m_service->groupFor(room) : Group();
    Q_EMIT changed();
    updateParticipants();
    updatePicture();
}

void GroupDetails::updateParticipants()
{
    QStringList others;
    bool includesMe = false;
    if (m_service && isGroup() && !readOnly()) {
        for (const Occupant &occupant : m_service->participants(m_group.chatId)) {
            if (occupant.nick == m_group.nick)
                includesMe = true;
            else
                others.append(occupant.nick);
        }
    }
    m_participantCount = int(others.size()) + (includesMe ? 1 : 0);
    m_participantsText = summary(others, includesMe);
    Q_EMIT participantsChanged();
}

QString GroupDetails::summary(QStringList others, bool includesMe, int max)
{
    const int count = int(others.size()) + (includesMe ? 1 : 0);
    if (count == 0)
        return {};
    if (count > max)
        return tr("%n participants", "", count);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(others.begin(), others.end(), collator);
    if (includesMe)
        others.append(tr("You"));
    return others.join(tr(", ", "between the names of a group's participants"));
}

QString GroupDetails::name() const
{
    return m_private ? m_service->privateChatTitle(m_peer) : roomName();
}

QString GroupDetails::roomName() const
{
    if (!m_group.name.isEmpty())
        return m_group.name;
    return m_group.room.isEmpty() ? m_peer.section(u'@', 0, 0) : m_group.room.section(u'@', 0, 0);
}

QString GroupDetails::initials() const
{
    return Contact::initials(m_private ? PrivatePeer::nick(m_peer) : name());
}

QColor GroupDetails::color() const
{
    return m_peer.isEmpty() ? QColor() : QColor::fromRgb(consistentColor(m_peer));
}

QString GroupDetails::stateText() const
{
    if (!isGroup())
        return {};
    switch (m_group.state) {
    case GroupState::Joined:
        return {};
    case GroupState::Left:
        return tr("You left this group.");
    case GroupState::Kicked:
    case GroupState::Removed:
        return tr("You were removed from this group.");
    case GroupState::Banned:
        return tr("You were banned from this group.");
    case GroupState::Destroyed:
        return tr("This group was deleted.");
    }
    return {};
}

void GroupDetails::leave()
{
    if (m_service && isGroup())
        m_service->leave(m_group.chatId);
}

} // namespace Natter
