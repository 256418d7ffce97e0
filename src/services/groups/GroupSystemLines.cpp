#include "GroupSystemLines.h"

#include "AffiliationChange.h"
#include "HistoryService.h"
#include "MucSync.h"
#include "Nickname.h"

#include <QDateTime>

#include <algorithm>

namespace Natter {

namespace {
// Names in a line are the room's nicknames: one line, bounded, no control characters.
SystemEvent cleaned(SystemEvent event)
{
    event.actor = Nickname::sanitized(event.actor, MucSync::MaxNickLength);
    event.target = Nickname::sanitized(event.target, qsizetype { MucSync::MaxNickLength } * 2);
    event.value = Nickname::sanitized(event.value, MucSync::MaxSubjectLength);
    for (QString &name : event.joined)
        name = Nickname::sanitized(name, MucSync::MaxNickLength);
    for (QString &name : event.left)
        name = Nickname::sanitized(name, MucSync::MaxNickLength);
    return event;
}
} // namespace

Message systemLine(qint64 accountId, qint64 chatId, const SystemEvent &event, qint64 timestamp)
{
    Message m;
    m.accountId = accountId;
    m.chatId = chatId;
    m.kind = MessageKind::System;
    m.event = event.encode();
    m.timestamp = timestamp;
    m.read = true;
    m.deliveryState = DeliveryState::Delivered;
    return m;
}

GroupSystemLines::GroupSystemLines(MucSync *muc, HistoryService *history,
    std::function<Group(const QString &)> groupOf, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_groupOf(std::move(groupOf))
{
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &GroupSystemLines::flush);
    connect(muc, &MucSync::roomEvent, this, &GroupSystemLines::handleEvent);
    connect(&history->messages(), &MessageStore::messagesAdded, this,
        [this](const QList<Message> &added) {
            for (const Message &m : added) {
                if (m.kind == MessageKind::Chat)
                    closeBurst(m.chatId);
            }
        });
}

void GroupSystemLines::handleEvent(const QString &room, const SystemEvent &raw)
{
    const Group group = m_groupOf(room);
    if (group.chatId == 0 || group.state != GroupState::Joined)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SystemEvent event = cleaned(raw);
    if (event.type == SystemEvent::Type::Presence) {
        // In a private group members come and go all day: only membership is news there.
        if (group.kind == ChatKind::Channel)
            collapsePresence(group, event, now);
        return;
    }
    claimOwn(room, event);
    if (!seenRecently(room, event, now))
        record(group, event);
}

void GroupSystemLines::recordAway(const Group &group, const QList<SystemEvent> &events)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (SystemEvent event : events) {
        event = cleaned(event);
        claimOwn(group.room, event);
        if (!seenRecently(group.room, event, now))
            record(group, event);
    }
}

void GroupSystemLines::markOwn(const QString &room, const QString &jid, MucAffiliation affiliation)
{
    if (m_own.size() >= MaxRecent)
        m_own.clear();
    m_own.insert(room + u'\n' + jid.toLower(), affiliation);
}

void GroupSystemLines::forgetOwn(const QString &room, const QString &jid)
{
    m_own.remove(room + u'\n' + jid.toLower());
}

void GroupSystemLines::claimOwn(const QString &room, SystemEvent &event)
{
    if (event.targetJid.isEmpty() || event.actorIsSelf)
        return;
    const QString key = room + u'\n' + event.targetJid.toLower();
    const auto it = m_own.constFind(key);
    if (it == m_own.cend() || affiliationAfter(event.type) != *it)
        return;
    m_own.erase(it);
    event.actor.clear();
    event.actorIsSelf = true;
}

void GroupSystemLines::record(const Group &group, const SystemEvent &event)
{
    closeBurst(group.chatId);
    m_history->messages().insertMessages({ systemLine(
        group.accountId, group.chatId, cleaned(event), QDateTime::currentMSecsSinceEpoch()) });
}

void GroupSystemLines::recordExit(const Group &group, RoomExit exit)
{
    using T = SystemEvent::Type;
    SystemEvent event;
    event.targetIsSelf = true;
    switch (exit) {
    case RoomExit::Kicked:
        event.type = T::Kicked;
        break;
    case RoomExit::Banned:
        event.type = T::Banned;
        break;
    case RoomExit::MembershipRevoked:
        event.type = T::Removed;
        break;
    case RoomExit::Destroyed:
        event.type = T::Destroyed;
        break;
    case RoomExit::ShutDown:
        return; // the service comes back, and the group with it
    }
    record(group, event);
}

void GroupSystemLines::collapsePresence(const Group &group, const SystemEvent &event, qint64 now)
{
    std::shared_ptr<Burst> &burst = m_bursts[group.room];
    if (!burst || !burst->collapse.fits(now)) {
        if (burst)
            write(burst);
        burst = std::make_shared<Burst>();
        burst->chatId = group.chatId;
        burst->accountId = group.accountId;
        burst->collapse.open(now);
    }
    for (const QString &nick : event.joined)
        burst->collapse.add(nick, true);
    for (const QString &nick : event.left)
        burst->collapse.add(nick, false);
    ++burst->revision;
    // The first of a line shows at once; what follows joins it with the next flush.
    if (burst->rowId == 0 && !burst->writing)
        write(burst);
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void GroupSystemLines::write(const std::shared_ptr<Burst> &burst)
{
    if (burst->written == burst->revision || burst->writing)
        return;
    const int revision = burst->revision;
    const SystemEvent line = burst->collapse.line();
    if (burst->rowId != 0) {
        burst->written = revision;
        m_history->messages().updateSystemLine(burst->rowId, line.encode());
        return;
    }
    burst->writing = true;
    m_history->messages()
        .insertMessages(
            { systemLine(burst->accountId, burst->chatId, line, burst->collapse.openedAt()) })
        .then(this, [this, burst, revision](const QList<Message> &stored) {
            burst->writing = false;
            if (stored.isEmpty())
                return;
            burst->rowId = stored.first().id;
            burst->written = revision;
            // Joins that came while it was written: the next flush, or now if it was closed.
            if (burst->revision == revision)
                return;
            const bool open = std::any_of(
                m_bursts.cbegin(), m_bursts.cend(), [&burst](const auto &b) { return b == burst; });
            if (!open)
                write(burst);
            else if (!m_flushTimer.isActive())
                m_flushTimer.start();
        });
}

void GroupSystemLines::flush()
{
    bool pending = false;
    for (const auto &burst : std::as_const(m_bursts)) {
        write(burst);
        pending = pending || burst->writing;
    }
    if (!pending)
        m_flushTimer.stop();
}

void GroupSystemLines::closeBurst(qint64 chatId)
{
    for (auto it = m_bursts.begin(); it != m_bursts.end(); ++it) {
        if ((*it)->chatId != chatId)
            continue;
        const std::shared_ptr<Burst> burst = *it;
        m_bursts.erase(it);
        // A line whose row is still being made is finished by the insert's continuation.
        write(burst);
        return;
    }
}

bool GroupSystemLines::seenRecently(const QString &room, const SystemEvent &event, qint64 now)
{
    // Keyed by whom it is about: the same news twice in a row is one event, while a change
    // and its undoing (admin, not admin, admin again) are three.
    const QString &who = event.targetJid.isEmpty() ? event.target : event.targetJid;
    const QString key = room + u'\n' + who + (event.targetIsSelf ? u"\nself" : u"");
    const QString what = QString::number(int(event.type)) + u'\n' + event.value;
    if (m_recent.size() >= MaxRecent) {
        m_recent.removeIf([now](const auto &it) { return now - it.value().at >= DedupeWindowMs; });
        if (m_recent.size() >= MaxRecent)
            m_recent.clear();
    }
    const auto it = m_recent.constFind(key);
    if (it != m_recent.cend() && it->what == what && now - it->at < DedupeWindowMs)
        return true;
    m_recent.insert(key, { what, now });
    return false;
}

} // namespace Natter
