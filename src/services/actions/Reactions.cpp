#include "Reactions.h"

#include "ArchiveSync.h"
#include "GroupMessaging.h"
#include "HistoryService.h"
#include "MessageSync.h"
#include "MucSync.h"
#include "ReactionSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>

namespace Natter {

Reactions::Reactions(Session *session, MessageSync *messages, MucSync *muc, ArchiveSync *archive,
    GroupMessaging *groups, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_groups(groups)
    , m_sync(new ReactionSync(session, this))
    , m_store(history->database())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Reactions::flush);
    connect(messages, &MessageSync::reactionReceived, this, &Reactions::receive);
    connect(muc, &MucSync::reactionReceived, this, &Reactions::receive);
    connect(archive, &ArchiveSync::reactionsReceived, this, [this](const QList<Reaction> &sets) {
        for (const Reaction &set : sets)
            receive(set);
    });
    connect(history, &HistoryService::messagesAdded, this,
        [this](const QList<Message> &added) { m_held.stored(added); });
    connect(session, &Session::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            sendQueued();
    });
    // A group's sets go once the room has let us in and its archive is read.
    connect(groups, &GroupMessaging::caughtUp, this, &Reactions::sendQueued);
}

void Reactions::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    sendQueued();
}

QStringList Reactions::quickEmojis()
{
    return { QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
        QStringLiteral("😮"), QStringLiteral("😢"), QStringLiteral("🙏") };
}

void Reactions::receive(Reaction reaction)
{
    int dropped = 0;
    reaction.emojis = ReactionSet::bounded(reaction.emojis, &dropped);
    if (dropped > 0)
        qCInfo(lcServices) << "dropped" << dropped
                           << "reactions that are no single emoji or too many";
    if (reaction.ref.isEmpty() || reaction.peer.isEmpty())
        return;
    recogniseOurs(reaction);
    m_batch.append(reaction);
    if (m_batch.size() >= MaxBatch)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Reactions::recogniseOurs(Reaction &reaction) const
{
    if (!reaction.group || reaction.reactor.isEmpty())
        return;
    const Occupant self = m_muc->self(reaction.peer);
    const bool ours = !self.occupantId.isEmpty()
        ? reaction.reactor == self.occupantId
        : (reaction.reactor == reaction.name && reaction.name == m_muc->nick(reaction.peer))
            || reaction.reactor == m_session->settings().jid.bare().toLower();
    if (ours)
        reaction.reactor.clear();
}

void Reactions::flush()
{
    m_flushTimer.stop();
    if (m_batch.isEmpty())
        return;
    if (m_accountId == 0) {
        m_flushTimer.start(); // the history is still opening
        return;
    }
    m_store.apply(m_accountId, std::exchange(m_batch, {}))
        .then(this, [this](const ReactionStore::Applied &applied) {
            for (auto it = applied.changed.cbegin(); it != applied.changed.cend(); ++it)
                Q_EMIT reactionsChanged(it.value(), it.key());
            for (const auto &[chatId, reaction] : applied.unresolved) {
                // Catch-up and rooms deliver out of order: the message may come later.
                m_held.hold(chatId, reaction.ref, [this, reaction] { receive(reaction); });
            }
        });
}

void Reactions::toggle(qint64 messageId, const QString &emoji)
{
    if (!ReactionSet::isSingleEmoji(emoji))
        return;
    m_store.toggleOwn(messageId, emoji, QDateTime::currentMSecsSinceEpoch())
        .then(this, [this, messageId](qint64 chatId) {
            if (chatId == 0)
                return;
            Q_EMIT reactionsChanged(chatId, messageId);
            sendQueued();
        });
}

QFuture<QHash<qint64, QList<ReactionCount>>> Reactions::counts(const QList<qint64> &messageIds)
{
    return m_store.counts(messageIds);
}

QFuture<int> Reactions::queued()
{
    // No context: the count is made where the outbox was read, so a caller may wait for it.
    return m_store.outbox(m_accountId).then([](const QList<ReactionStore::Outgoing> &queued) {
        return int(queued.size());
    });
}

void Reactions::sendQueued()
{
    if (m_accountId == 0 || m_session->state() != ConnectionState::Connected)
        return;
    m_store.outbox(m_accountId).then(this, [this](const QList<ReactionStore::Outgoing> &queued) {
        for (const ReactionStore::Outgoing &out : queued) {
            if (out.ref.isEmpty() || m_sending.contains({ out.messageId, out.version }))
                continue;
            // A room hears it only once we are in and caught up; caughtUp brings us back.
            if (out.group && !m_groups->isReady(out.peer))
                continue;
            const std::pair<qint64, qint64> key { out.messageId, out.version };
            m_sending.insert(key);
            m_sync->send(out.peer, out.group, out.ref, out.emojis)
                .then(this, [this, key](bool taken) {
                    m_sending.remove(key);
                    if (taken)
                        m_store.markSent(key.first, key.second);
                });
        }
    });
}

} // namespace Natter
