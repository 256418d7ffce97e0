#pragma once

#include "HeldActions.h"
#include "Reaction.h"
#include "ReactionStore.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Natter {

class ArchiveSync;
class GroupMessaging;
class HistoryService;
class MessageSync;
class MucSync;
class ReactionSync;
class Session;

// XEP-0444 reactions, one-to-one and in groups: takes every reactor's set from each path a
// stanza enters by (live, carbons, rooms, archives), bounds and stores it, and sends ours,
// holding it while we are offline so it goes out once when we are back.
class Reactions : public QObject
{
    Q_OBJECT

public:
    // Sets from the network wait this long to share one transaction: a flood stays one write.
    static constexpr int BatchDelayMs = 20;
    // A batch holds at most this many sets; more start another batch.
    static constexpr int MaxBatch = 500;

    Reactions(Session *session, MessageSync *messages, MucSync *muc, ArchiveSync *archive,
        GroupMessaging *groups, HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);

    // The quick bar's emoji, in order.
    Q_INVOKABLE static QStringList quickEmojis();
    // Adds emoji to our set on the message, or takes it away when it is there; sends the whole
    // new set (or queues it while offline).
    Q_INVOKABLE void toggle(qint64 messageId, const QString &emoji);
    // Each message's reactions, for the bubbles.
    QFuture<QHash<qint64, QList<ReactionCount>>> counts(const QList<qint64> &messageIds);
    // How many of our sets wait for the server.
    QFuture<int> queued();

    // A set from the network, as a stanza carried it. Public for tests of the bounds.
    void receive(Reaction reaction);

Q_SIGNALS:
    void reactionsChanged(qint64 chatId, qint64 messageId);

private:
    void flush();
    void sendQueued();
    // Our own set, when a room's archive names us by nickname or occupant id.
    void recogniseOurs(Reaction &reaction) const;

    Session *m_session;
    MucSync *m_muc;
    GroupMessaging *m_groups;
    ReactionSync *m_sync;
    ReactionStore m_store;
    HeldActions m_held { this };
    qint64 m_accountId = 0;
    QList<Reaction> m_batch;
    QTimer m_flushTimer;
    QSet<std::pair<qint64, qint64>> m_sending; // (message, version) on the wire
};

} // namespace Natter
