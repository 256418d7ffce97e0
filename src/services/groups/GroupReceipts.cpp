#include "GroupReceipts.h"

#include "GroupMessaging.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>
#include <QPromise>

#include <memory>

namespace Natter {

namespace {
bool isMember(MucAffiliation affiliation)
{
    return affiliation == MucAffiliation::Member || affiliation == MucAffiliation::Admin
        || affiliation == MucAffiliation::Owner;
}
} // namespace

GroupReceipts::GroupReceipts(Session *session, MucSync *muc, MucOwnerSync *owner,
    GroupService *groups, GroupMessaging *messaging, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_owner(owner)
    , m_groups(groups)
    , m_history(history)
{
    m_markerTimer.setSingleShot(true);
    m_markerTimer.setInterval(MarkerDelayMs);
    connect(&m_markerTimer, &QTimer::timeout, this, &GroupReceipts::sendMarkers);
    // Each entry reads the member list afresh: it may have changed while we were away.
    connect(messaging, &GroupMessaging::caughtUp, this, &GroupReceipts::fetchMembers);
    connect(owner, &MucOwnerSync::affiliationChanged, this, &GroupReceipts::fetchMembers);
    connect(muc, &MucSync::occupantsChanged, this, &GroupReceipts::checkAffiliations);
    connect(muc, &MucSync::displayedReceived, this, &GroupReceipts::handleDisplayed);
}

QString GroupReceipts::ownJid() const
{
    return m_session->settings().jid.bare().toLower();
}

void GroupReceipts::fetchMembers(const QString &roomJid)
{
    if (m_groups->groupFor(roomJid).kind != ChatKind::PrivateGroup)
        return;
    Room &room = m_rooms[roomJid];
    if (room.fetching) {
        room.fetchAgain = true;
        return;
    }
    room.fetching = true;
    m_owner->members(roomJid).then(this, [this, roomJid](const MemberList &list) {
        Room &entry = m_rooms[roomJid];
        entry.fetching = false;
        if (std::exchange(entry.fetchAgain, false))
            return fetchMembers(roomJid);
        const qint64 chatId = m_groups->groupFor(roomJid).chatId;
        if (!list.known) {
            qCInfo(lcServices) << "a group's member list is not shown to us";
            return;
        }
        const QSet<QString> members(list.jids.cbegin(), list.jids.cend());
        if (entry.known && entry.members == members)
            return;
        entry.members = members;
        entry.known = true;
        Q_EMIT membersChanged(chatId);
        // Reads that came before the list may complete some messages now.
        m_history->groups().partlyRead(chatId).then(
            this, [this, roomJid](const QList<MessageReads> &reads) { settle(roomJid, reads); });
    });
}

void GroupReceipts::checkAffiliations(const QString &roomJid)
{
    const auto it = m_rooms.constFind(roomJid);
    if (it == m_rooms.cend() || !it->known)
        return;
    // An occupant's presence tells their affiliation: when it disagrees with the list we have,
    // someone was made or unmade a member while we were here.
    for (const Occupant &occupant : m_muc->occupants(roomJid)) {
        const QString jid = occupant.realJid.toLower();
        if (!jid.isEmpty() && isMember(occupant.affiliation) != it->members.contains(jid))
            return fetchMembers(roomJid);
    }
}

void GroupReceipts::handleDisplayed(
    const QString &roomJid, const Occupant &reader, const QString &stanzaId)
{
    const Group group = m_groups->groupFor(roomJid);
    const QString jid = reader.realJid.toLower();
    // Only a member the room names: a nickname is no identity, and we never read for ourselves.
    if (group.chatId == 0 || group.kind != ChatKind::PrivateGroup || jid.isEmpty()
        || jid == ownJid() || !isMember(reader.affiliation))
        return;
    const Room room = m_rooms.value(roomJid);
    if (room.known && !room.members.contains(jid))
        return;
    m_history->groups()
        .recordRead(group.chatId, stanzaId, jid, QDateTime::currentMSecsSinceEpoch())
        .then(this, [this, roomJid](const QList<MessageReads> &reads) {
            for (const MessageReads &read : reads)
                Q_EMIT readersChanged(read.messageId);
            settle(roomJid, reads);
        });
}

void GroupReceipts::settle(const QString &roomJid, const QList<MessageReads> &reads)
{
    const auto it = m_rooms.constFind(roomJid);
    // Until the member list is known, nobody can say that everyone has read.
    if (it == m_rooms.cend() || !it->known)
        return;
    QSet<QString> others = it->members;
    others.remove(ownJid());
    if (others.isEmpty())
        return;
    for (const MessageReads &read : reads) {
        QSet<QString> waiting = others;
        for (const GroupReader &reader : read.readers)
            waiting.remove(reader.jid);
        if (waiting.isEmpty())
            m_history->messages().advanceDeliveryState(read.messageId, DeliveryState::Read);
    }
}

void GroupReceipts::markDisplayed(const Message &message)
{
    const Group group = m_groups->groupFor(message.peer);
    // Markers only in a private group, only for others' messages, by the room's own id.
    if (group.kind != ChatKind::PrivateGroup || message.direction != Direction::Incoming
        || message.stanzaId.isEmpty())
        return;
    Room &room = m_rooms[message.peer];
    const auto newer = [](const Message &m, qint64 at, qint64 id) {
        return m.timestamp > at || (m.timestamp == at && m.id > id);
    };
    if (!newer(message, room.markedAt, room.markedId)
        || (room.marking.id != 0 && !newer(message, room.marking.timestamp, room.marking.id)))
        return;
    room.marking = message;
    if (!m_markerTimer.isActive())
        m_markerTimer.start();
}

void GroupReceipts::sendMarkers()
{
    for (auto it = m_rooms.begin(); it != m_rooms.end(); ++it) {
        if (it->marking.id == 0)
            continue;
        const Message marking = std::exchange(it->marking, {});
        // Not in the room now: the person reads on, and the next marker covers this one.
        if (!m_muc->sendDisplayed(it.key(), marking.stanzaId))
            continue;
        it->markedAt = marking.timestamp;
        it->markedId = marking.id;
    }
}

QFuture<QList<GroupReader>> GroupReceipts::readers(qint64 messageId)
{
    auto promise = std::make_shared<QPromise<QList<GroupReader>>>();
    promise->start();
    m_history->messages().message(messageId).then(this, [=, this](const Message &message) {
        m_history->groups().readers(messageId).then(this, [=, this](QList<GroupReader> readers) {
            const Room room = m_rooms.value(message.peer);
            // Someone no longer a member has read it, but is not among the readers shown.
            if (room.known)
                readers.removeIf(
                    [&room](const GroupReader &r) { return !room.members.contains(r.jid); });
            const QList<Occupant> occupants = m_muc->occupants(message.peer);
            for (GroupReader &reader : readers) {
                for (const Occupant &occupant : occupants) {
                    if (occupant.realJid.compare(reader.jid, Qt::CaseInsensitive) == 0)
                        reader.nick = occupant.nick;
                }
            }
            promise->addResult(readers);
            promise->finish();
        });
    });
    return promise->future();
}

int GroupReceipts::memberCount(qint64 chatId) const
{
    const Group group = m_groups->group(chatId);
    const auto it = m_rooms.constFind(group.room);
    if (group.chatId == 0 || it == m_rooms.cend() || !it->known)
        return -1;
    return int(it->members.size() - (it->members.contains(ownJid()) ? 1 : 0));
}

QStringList GroupReceipts::members(const QString &room) const
{
    const auto it = m_rooms.constFind(room);
    return it == m_rooms.cend() ? QStringList()
                                : QStringList(it->members.cbegin(), it->members.cend());
}

} // namespace Natter
