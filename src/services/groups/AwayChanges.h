#pragma once

#include "Group.h"
#include "MucTypes.h"
#include "SystemEvent.h"

#include <QObject>
#include <QSet>

namespace Natter {

class GroupService;
class HistoryService;
class MucSync;
class Session;

// What changed in a private group's membership while we were away ("Carol was added", "Bob is
// now an admin"), told in its timeline once: the first member list after each entry is compared
// with the one the last visit stored, and every list read replaces the stored one, so the next
// entry compares with what we last saw, and a restart repeats nothing.
class AwayChanges : public QObject
{
    Q_OBJECT

public:
    AwayChanges(Session *session, MucSync *muc, GroupService *groups, HistoryService *history,
        QObject *parent = nullptr);

    // A member list the room gave while we are in it (GroupAdmin::membersRead).
    void take(const QString &room, const MemberList &members);
    // A change the room told while we are in it: the stored list follows at once, so the next
    // entry does not tell it again, even when no member list was read since.
    void takeEvent(const QString &room, const SystemEvent &event);

    // The lines for what changed from before to after; before empty (a first visit): none.
    // ownJid is ours, bare: a change to us is told as "You ...".
    static QList<SystemEvent> changes(
        const QList<GroupMember> &before, const QList<GroupMember> &after, const QString &ownJid);

private:
    Session *m_session;
    MucSync *m_muc;
    GroupService *m_groups;
    HistoryService *m_history;
    QSet<QString> m_compared; // rooms whose list was compared since we last entered them
};

} // namespace Natter
