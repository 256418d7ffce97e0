#include "Retractions.h"

#include "ArchiveService.h"
#include "CachedFiles.h"
#include "GroupMessaging.h"
#include "HistoryService.h"
#include "MessageSync.h"
#include "MucSync.h"
#include "RetractSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>
#include <QTimer>

namespace Natter {

Retractions::Retractions(Session *session, MessageSync *messages, MucSync *muc,
    GroupMessaging *groups, ArchiveService *archive, HistoryService *history,
    const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_groups(groups)
    , m_history(history)
    , m_sync(new RetractSync(session, this))
    , m_store(history->database(), history->messages())
    , m_cacheDir(cacheDir)
{
    connect(messages, &MessageSync::retractionReceived, this, &Retractions::receive);
    connect(muc, &MucSync::retractionReceived, this, &Retractions::receive);
    auto receiveAll = [this](const QList<Retraction> &retractions) {
        for (const Retraction &r : retractions)
            receive(r);
    };
    connect(archive, &ArchiveService::retractionsArchived, this, receiveAll);
    connect(groups, &GroupMessaging::retractionsArchived, this, receiveAll);
    connect(history, &HistoryService::messagesAdded, this, &Retractions::heardOf);
    connect(session, &Session::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            flushOutbox();
    });
    connect(groups, &GroupMessaging::caughtUp, this,
        [this](const QString &room) { flushOutbox(room); });
    connect(session, &Session::disconnected, this, [this] { m_inFlight.clear(); });
}

Retractions::~Retractions() = default;

void Retractions::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    if (m_session->state() == ConnectionState::Connected)
        flushOutbox();
}

bool Retractions::canRetract(const Message &message, qint64 nowMs) const
{
    if (message.id == 0 || message.retracted || message.kind != MessageKind::Chat
        || message.direction != Direction::Outgoing
        || message.deliveryState == DeliveryState::Pending
        || message.deliveryState == DeliveryState::Failed
        || nowMs - message.timestamp > RetractWindowMs)
        return false;
    const bool group = m_isGroup && m_isGroup(message.peer);
    return group ? !message.stanzaId.isEmpty() : !message.originId.isEmpty();
}

bool Retractions::mayApply(const Message &original, const Retraction &r)
{
    if (original.id == 0 || original.retracted || original.kind != MessageKind::Chat)
        return false;
    if (r.moderated)
        return r.group && r.sender.isEmpty();
    if (original.direction != r.direction)
        return false;
    if (!r.group || original.direction == Direction::Outgoing)
        return true; // one-to-one: the chat is the author's; ours: our own nickname or device
    // The same occupant: by occupant id (or real JID) when both are known, else by nickname.
    if (!original.senderId.isEmpty() && !r.senderId.isEmpty())
        return original.senderId == r.senderId && original.sender == r.sender;
    return original.sender == r.sender;
}

void Retractions::receive(const Retraction &received)
{
    if (m_accountId == 0)
        return;
    // A room's address is no person's, and a person's chat no room's: each path keeps to its own.
    if (m_isGroup && m_isGroup(received.peer) != received.group)
        return;
    Retraction r = received;
    // A room's archive names every author by nickname; ours is the nickname we have there.
    if (r.group && !r.sender.isEmpty() && r.sender == m_muc->nick(r.peer))
        r.direction = Direction::Outgoing;
    m_store.chatOf(m_accountId, r.peer).then(this, [this, r](qint64 chatId) {
        if (chatId > 0)
            return apply(chatId, r);
        if (r.group)
            return; // a room we are not in
        // The catch-up may bring this person's first messages after the retraction.
        if (m_orphans.size() >= MaxOrphans)
            m_orphans.removeFirst();
        m_orphans.append(r);
    });
}

void Retractions::apply(qint64 chatId, const Retraction &r)
{
    m_store.referenced(chatId, r.id).then(this, [this, chatId, r](const Message &original) {
        if (original.id == 0) {
            m_held.hold(chatId, r.id, [this, chatId, r] { apply(chatId, r); });
            return;
        }
        if (!mayApply(original, r)) {
            if (!original.retracted)
                qCInfo(lcServices) << "ignored a retraction from someone other than the author";
            return;
        }
        m_store.retract(original.id, RetractionStore::Outbox::None)
            .then(this, [this, chatId, id = original.id](const std::optional<QStringList> &files) {
                if (!files)
                    return;
                removeFiles(*files);
                Q_EMIT messageRetracted(chatId, id);
            });
    });
}

void Retractions::heardOf(const QList<Message> &messages)
{
    m_held.stored(messages);
    if (m_orphans.isEmpty())
        return;
    QSet<QString> peers;
    for (const Message &m : messages)
        peers.insert(m.peer);
    QList<Retraction> due;
    for (auto it = m_orphans.begin(); it != m_orphans.end();) {
        if (peers.contains(it->peer)) {
            due.append(*it);
            it = m_orphans.erase(it);
        } else {
            ++it;
        }
    }
    for (const Retraction &r : due)
        receive(r);
}

void Retractions::removeFiles(const QStringList &files) const
{
    CachedFiles::remove(m_cacheDir, files);
}

QFuture<bool> Retractions::retract(qint64 messageId)
{
    return m_history->messages()
        .message(messageId)
        .then(this,
            [this](const Message &message) {
                if (!canRetract(message, QDateTime::currentMSecsSinceEpoch()))
                    return QtFuture::makeReadyFuture(false);
                return m_store.retract(message.id, RetractionStore::Outbox::Waiting)
                    .then(this, [this, message](const std::optional<QStringList> &files) {
                        if (!files)
                            return false;
                        removeFiles(*files);
                        Q_EMIT messageRetracted(message.chatId, message.id);
                        send(message);
                        return true;
                    });
            })
        .unwrap();
}

void Retractions::flushOutbox(const QString &room)
{
    if (m_accountId == 0)
        return;
    m_store.unsent(m_accountId).then(this, [this, room](const QList<Message> &unsent) {
        for (const Message &message : unsent) {
            if (room.isEmpty() || message.peer == room)
                send(message);
        }
    });
}

void Retractions::send(const Message &message)
{
    const bool group = m_isGroup && m_isGroup(message.peer);
    // A group hears it once we are back in and caught up; a person once we are online.
    if ((group && !m_groups->isReady(message.peer)) || m_inFlight.contains(message.id))
        return;
    m_inFlight.insert(message.id);
    m_sync->retract(message.peer, group ? message.stanzaId : message.originId, group)
        .then(this, [this, id = message.id](bool sent) {
            if (!m_inFlight.remove(id) || !sent)
                return;
            m_store.markSent(id);
        });
}

QFuture<bool> Retractions::deleteForMe(qint64 messageId)
{
    return m_store.trash(messageId).then(this, [this](const Message &message) {
        if (message.id == 0)
            return false;
        const quint64 deletion = ++m_lastDeletion;
        m_trashed.insert(message.id, deletion);
        QTimer::singleShot(m_undoMs, this, [this, id = message.id, deletion] {
            const auto it = m_trashed.constFind(id);
            if (it == m_trashed.cend() || *it != deletion)
                return;
            m_trashed.erase(it);
            m_store.purge(id).then(this, [this, id](const QStringList &files) {
                removeFiles(files);
                Q_EMIT deleteFinal(id);
            });
        });
        return true;
    });
}

QFuture<bool> Retractions::undoDelete(qint64 messageId)
{
    if (!m_trashed.remove(messageId))
        return QtFuture::makeReadyFuture(false);
    return m_store.restore(messageId);
}

} // namespace Natter
