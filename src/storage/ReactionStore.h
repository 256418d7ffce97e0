#pragma once

#include "Reaction.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

namespace Natter {

class Connection;
class Database;

// XEP-0444 reactions on stored messages: each reactor's current set, and our own sets that
// still have to go out. Rows leave with their message.
class ReactionStore : public QObject
{
    Q_OBJECT

public:
    struct Applied
    {
        QHash<qint64, qint64> changed; // message id → its chat id, whose reactions changed
        // Naming no stored message of their chat (yet), each with that chat's id.
        QList<std::pair<qint64, Reaction>> unresolved;
    };
    // One of our sets waiting to be sent.
    struct Outgoing
    {
        qint64 messageId = 0;
        qint64 version = 0;
        QString peer;
        bool group = false;
        QString ref; // how the message is named on the wire
        QStringList emojis;
    };

    explicit ReactionStore(Database &database, QObject *parent = nullptr);

    // Applies sets from the network in one transaction: each replaces its reactor's set on the
    // message its ref names in the account's chat with its peer (of its kind: group or not),
    // unless the stored set is newer. The emojis must be bounded already.
    QFuture<Applied> apply(qint64 accountId, const QList<Reaction> &sets);
    // Replaces our own set on the message and queues it to be sent. Resolves with the chat id,
    // 0 when the message is gone.
    QFuture<qint64> setOwn(qint64 messageId, const QStringList &emojis, qint64 at);
    // Adds emoji to our set, or takes it out when it is there, as setOwn; in one task, so quick
    // clicks never lose one another. A set already full (ReactionSet::MaxEmojis) gains nothing.
    QFuture<qint64> toggleOwn(qint64 messageId, const QString &emoji, qint64 at);
    // Our set on a message, in the order it was chosen.
    QFuture<QStringList> own(qint64 messageId);
    // The account's queued sets, oldest first.
    QFuture<QList<Outgoing>> outbox(qint64 accountId);
    // The server has taken version of the message's set: it leaves the outbox unless newer.
    QFuture<bool> markSent(qint64 messageId, qint64 version);
    // Each message's reactions, one entry per emoji in the order first used.
    QFuture<QHash<qint64, QList<ReactionCount>>> counts(const QList<qint64> &messageIds);

    // Same as apply, on the database thread (tests, and batching callers).
    static Applied applyOn(Connection &c, qint64 accountId, const QList<Reaction> &sets);

private:
    static qint64 storeOwn(Connection &c, qint64 messageId, const QStringList &emojis, qint64 at);
    static QStringList ownOn(Connection &c, qint64 messageId);
    static bool replace(Connection &c, qint64 messageId, const QString &reactor,
        const QString &name, const QStringList &emojis, qint64 at);

    Database &m_db;
};

} // namespace Natter
