#include "AwayChanges.h"

#include "AffiliationChange.h"
#include "GroupService.h"
#include "GroupStore.h"
#include "GroupSystemLines.h"
#include "HistoryService.h"
#include "MucSync.h"
#include "Session.h"

namespace Natter {

AwayChanges::AwayChanges(
    Session *session, MucSync *muc, GroupService *groups, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_groups(groups)
    , m_history(history)
{
    // A new session enters every room again; a resumed one never left them.
    connect(session, &Session::disconnected, this, [this] { m_compared.clear(); });
    connect(
        muc, &MucSync::roomExited, this, [this](const QString &room) { m_compared.remove(room); });
    connect(muc, &MucSync::roomEvent, this, &AwayChanges::takeEvent);
}

void AwayChanges::takeEvent(const QString &room, const SystemEvent &event)
{
    const auto affiliation = affiliationAfter(event.type);
    const Group group = m_groups->groupFor(room);
    if (!affiliation || group.chatId == 0 || group.kind != ChatKind::PrivateGroup)
        return;
    const QString jid = event.targetIsSelf ? m_session->settings().jid.bare().toLower()
                                           : event.targetJid.toLower();
    if (jid.isEmpty())
        return;
    // The target is a nickname, or the address when the room gave no nickname.
    const QString nick
        = event.target.compare(jid, Qt::CaseInsensitive) == 0 ? QString() : event.target;
    m_history->groups().updateMember(group.chatId, { jid, int(*affiliation), nick });
}

void AwayChanges::take(const QString &room, const MemberList &members)
{
    const Group group = m_groups->groupFor(room);
    if (!members.known || group.chatId == 0 || group.kind != ChatKind::PrivateGroup
        || group.state != GroupState::Joined)
        return;
    QHash<QString, QString> nicks;
    for (const Occupant &o : m_muc->occupants(room)) {
        if (!o.realJid.isEmpty())
            nicks.insert(o.realJid.toLower(), o.nick);
    }
    const QString own = m_session->settings().jid.bare().toLower();
    QList<GroupMember> now;
    now.reserve(members.jids.size());
    for (const QString &jid : members.jids)
        now.append({ jid, int(members.affiliations.value(jid)), nicks.value(jid) });
    const bool compare = !m_compared.contains(room);
    m_compared.insert(room);
    m_history->groups()
        .replaceMembers(group.chatId, now)
        .then(this, [this, group, now, own, compare](const QList<GroupMember> &before) {
            if (!compare)
                return;
            const QList<SystemEvent> lines = changes(before, now, own);
            if (!lines.isEmpty())
                m_groups->systemLines()->recordAway(group, lines);
        });
}

QList<SystemEvent> AwayChanges::changes(
    const QList<GroupMember> &before, const QList<GroupMember> &after, const QString &ownJid)
{
    QList<SystemEvent> lines;
    if (before.isEmpty())
        return lines;
    QHash<QString, GroupMember> was;
    for (const GroupMember &m : before)
        was.insert(m.jid, m);
    const auto line = [&](const GroupMember &m, MucAffiliation from, MucAffiliation to) {
        SystemEvent event;
        event.type = affiliationChange(from, to);
        const QString nick = m.nick.isEmpty() ? was.value(m.jid).nick : m.nick;
        event.target = nick.isEmpty() ? m.jid : nick;
        event.targetJid = m.jid;
        event.targetIsSelf = m.jid == ownJid;
        if (event.isValid())
            lines.append(event);
    };
    QSet<QString> present;
    for (const GroupMember &m : after) {
        present.insert(m.jid);
        const auto it = was.constFind(m.jid);
        line(m, it == was.cend() ? MucAffiliation::None : MucAffiliation(it->affiliation),
            MucAffiliation(m.affiliation));
    }
    for (const GroupMember &m : before) {
        if (!present.contains(m.jid))
            line(m, MucAffiliation(m.affiliation), MucAffiliation::None);
    }
    return lines;
}

} // namespace Natter
