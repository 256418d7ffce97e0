#pragma once

#include "Group.h"
#include "JoinLeaveCollapse.h"
#include "Message.h"
#include "MucTypes.h"
#include "SystemEvent.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Natter {

class HistoryService;
class MucSync;

// The lines a group's timeline shows between messages ("Bob added Carol", "You were removed"),
// stored with the messages so they survive a restart. Private groups get every change of
// membership, role, subject and name, and no joins or leaves (members come and go all day).
// Channels get those too, plus their joins and leaves collapsed into one line a window, written
// at most once per FlushIntervalMs, so a presence flood costs a handful of rows.
class GroupSystemLines : public QObject
{
    Q_OBJECT

public:
    // A collapsed line takes in joins and leaves in memory and is rewritten at most this often.
    static constexpr int FlushIntervalMs = 2000;
    // The same event again within this time is the same event, told twice (as presence and as a
    // room notice, or replayed): it is stored once.
    static constexpr qint64 DedupeWindowMs = qint64 { 30 } * 1000;
    // Recent events remembered for that, at most.
    static constexpr int MaxRecent = 256;

    GroupSystemLines(MucSync *muc, HistoryService *history,
        std::function<Group(const QString &)> groupOf, QObject *parent = nullptr);

    // Stores one line in group's timeline now (our own exits, a new name).
    void record(const Group &group, const SystemEvent &event);
    // Stores how the room put us out ("You were removed"); nothing for a passing shutdown.
    void recordExit(const Group &group, RoomExit exit);
    // Writes what the open collapsed lines hold now, without waiting for the timer.
    void flush();
    // We set jid's affiliation in room to affiliation: the line about it, whether the room tells
    // it now or the next entry finds it (AwayChanges), says "You ...", as we did it.
    void markOwn(const QString &room, const QString &jid, MucAffiliation affiliation);
    // The room refused that change: nothing of ours to tell.
    void forgetOwn(const QString &room, const QString &jid);
    // Stores the lines for changes made while we were away (see AwayChanges), each once.
    void recordAway(const Group &group, const QList<SystemEvent> &events);

private:
    struct Burst
    {
        qint64 chatId = 0;
        qint64 accountId = 0;
        JoinLeaveCollapse collapse;
        qint64 rowId = 0;
        bool writing = false;
        int revision = 0;
        int written = 0;
    };

    void handleEvent(const QString &room, const SystemEvent &event);
    void collapsePresence(const Group &group, const SystemEvent &event, qint64 now);
    void write(const std::shared_ptr<Burst> &burst);
    // A message or another line came after the open collapsed line: the next join starts anew.
    void closeBurst(qint64 chatId);
    bool seenRecently(const QString &room, const SystemEvent &event, qint64 now);
    // Marks event as ours when markOwn() announced it.
    void claimOwn(const QString &room, SystemEvent &event);

    HistoryService *m_history;
    std::function<Group(const QString &)> m_groupOf;
    QHash<QString, std::shared_ptr<Burst>> m_bursts; // by room
    struct Recent
    {
        QString what;
        qint64 at = 0;
    };
    QHash<QString, Recent> m_recent; // the last line about someone, and when it was stored
    QHash<QString, MucAffiliation> m_own; // room and JID → the affiliation we gave them
    QTimer m_flushTimer;
};

// The message row that stores event in chat at timestamp.
Message systemLine(qint64 accountId, qint64 chatId, const SystemEvent &event, qint64 timestamp);

} // namespace Natter
