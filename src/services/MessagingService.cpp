#include "MessagingService.h"

#include "HistoryService.h"
#include "Jid.h"
#include "MessageSync.h"
#include "Replies.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace Natter {

namespace {
// A lone message is stored (and its receipt sent) within this delay.
constexpr int IncomingBatchDelayMs = 5;
// In a burst, messages gather this long, so a transaction and the receipts' writes are shared
// by many of them; the delay is invisible to a person and a receipt is not a promise of speed.
constexpr int BurstBatchDelayMs = 200;
// Messages that arrive within this time of the last write are a burst.
constexpr int BurstWindowMs = 400;
constexpr int IncomingBatchMax = 500;
// Receipts sent in one slice of the event loop, so a large batch never stalls the UI.
constexpr int ReceiptsPerSlice = 50;
constexpr int RecentlySentMax = 2000;
} // namespace

MessagingService::MessagingService(
    Session *session, MessageSync *sync, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
    , m_history(history)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(IncomingBatchDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessagingService::flushIncoming);
    connect(sync, &MessageSync::messageReceived, this, &MessagingService::handleIncoming);
    connect(sync, &MessageSync::messageAcknowledged, this, &MessagingService::handleAcknowledged);
    connect(sync, &MessageSync::messageUnconfirmed, this,
        [this](const QString &originId) { m_inFlight.remove(originId); });
    connect(
        sync, &MessageSync::receiptReceived, this, [this](const QString &from, const QString &id) {
            handlePeerReport(from, id, DeliveryState::Delivered);
        });
    connect(sync, &MessageSync::displayedReceived, this,
        [this](const QString &from, const QString &id) {
            handlePeerReport(from, id, DeliveryState::Read);
        });
    connect(sync, &MessageSync::messageFailed, this, &MessagingService::handleFailed);
    connect(session, &Session::connected, this, &MessagingService::handleConnected);
}

void MessagingService::setAccountId(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    m_chatIds.clear();
    m_inFlight.clear();
    if (accountId == 0)
        return;
    m_history->chats().chats(accountId).then(this, [this, accountId](const QList<Chat> &chats) {
        if (accountId != m_accountId)
            return;
        for (const Chat &chat : chats)
            m_chatIds.insert(chat.peer, chat.id);
        if (m_session->state() == ConnectionState::Connected)
            flushOutbox();
        if (!m_incoming.isEmpty())
            flushIncoming();
    });
}

QFuture<QList<Message>> MessagingService::send(
    const QString &peer, const QString &body, qint64 replyToId)
{
    if (body.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(QList<Message>());
    if (replyToId == 0)
        return storeWithFiles(peer, body, {});
    // The original is read first: the reply carries how others name it, and a quote of it.
    return m_history->messages()
        .message(replyToId)
        .then(this,
            [this, peer, body](const Message &original) {
                const bool group = m_isGroup && m_isGroup(original.peer);
                if (original.id == 0 || original.peer != peer)
                    return storeWithFiles(peer, body, {});
                Message reply;
                reply.chatId = original.chatId;
                reply.peer = peer;
                if (!Replies::address(reply, original, group))
                    qCInfo(lcServices) << "sent a reply as a plain message: its original has no id";
                return storeWithFiles(peer, body, {}, reply);
            })
        .unwrap();
}

QFuture<QList<Message>> MessagingService::storeWithFiles(const QString &peer, const QString &body,
    const QList<Attachment> &attachments, const Message &reply)
{
    const auto jid = Jid::parse(peer);
    // Through a room, the nickname is the address (any text the room allows): it stays.
    const bool throughRoom = isPrivate(peer);
    if ((!throughRoom && (!jid || jid->node().isEmpty()))
        || (body.trimmed().isEmpty() && attachments.isEmpty()) || m_accountId == 0)
        return QtFuture::makeReadyFuture(QList<Message>());
    Message message;
    message.accountId = m_accountId;
    message.direction = Direction::Outgoing;
    message.sender = m_session->settings().jid.bare();
    message.peer = throughRoom ? peer : jid->bare();
    message.body = body;
    message.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.messageId = message.originId;
    message.timestamp = QDateTime::currentMSecsSinceEpoch();
    message.deliveryState = DeliveryState::Pending;
    message.read = true;
    message.attachments = attachments;
    message.replyToId = reply.replyToId;
    message.replyRef = reply.replyRef;
    message.replyAuthor = reply.replyAuthor;
    message.replyQuote = reply.replyQuote;
    message.forwarded = reply.forwarded;
    if (m_groupMentions && m_isGroup && m_isGroup(message.peer))
        message.mentions = m_groupMentions(message.peer, body);
    // Stored before anything goes on the wire: a crash after this line loses nothing.
    return m_history->messages().insertMessage(message).then(
        this, [this](const QList<Message> &stored) {
            for (const Message &m : stored) {
                m_chatIds.insert(m.peer, m.chatId);
                transmit(m);
            }
            Q_EMIT messagesStored(stored);
            return stored;
        });
}

void MessagingService::sendStored(qint64 messageId)
{
    m_history->messages().message(messageId).then(this, [this](const Message &message) {
        if (message.direction == Direction::Outgoing
            && message.deliveryState == DeliveryState::Pending)
            transmit(message);
    });
}

void MessagingService::transmit(const Message &message, bool fromOutbox)
{
    if (m_isGroup && m_isGroup(message.peer)) {
        m_sendToGroup(message);
        return;
    }
    if (isPrivate(message.peer)) {
        m_sendPrivate(message);
        return;
    }
    // A file without its link is still being uploaded; MediaService sends it when it is done.
    const bool uploaded = std::all_of(message.attachments.begin(), message.attachments.end(),
        [](const Attachment &a) { return !a.url.isEmpty(); });
    // In flight means on the wire of this stream: sending it again would make a second copy.
    // Acknowledged since the outbox was read counts too: the outbox is read on the database
    // thread while the server acknowledges what a resumed stream resent, so its list can be
    // stale by the time it arrives here.
    if (!uploaded || m_inFlight.contains(message.originId)
        || m_recentlySent.contains(message.originId))
        return;
    // While the outbox is being read, a message stored before the read is in its list, behind
    // older ones still waiting (written while offline): sent now, it would overtake them. The
    // database runs its work in order, so one stored after the read arrives after the list.
    if (!fromOutbox && m_outboxReads > 0)
        return;
    // Marked before it goes out: send() may report its outcome before it returns.
    m_inFlight.insert(message.originId, { message.id, message.peer });
    if (!m_sync->send(message))
        m_inFlight.remove(message.originId);
}

void MessagingService::handleConnected()
{
    // One resender. A resumed stream resends by itself exactly what the server lacks, so the
    // outbox adds only what is not in flight. A new stream drops the old one's stanzas
    // (packaging/deps/patches/0003), which reports them unconfirmed before this signal: the
    // outbox resends those. A stream without stream management resends nothing by itself.
    if (!m_session->streamManaged())
        m_inFlight.clear();
    flushOutbox();
}

void MessagingService::flushOutbox()
{
    if (m_accountId == 0)
        return;
    // In order, oldest first; what is still in flight is skipped (see transmit).
    ++m_outboxReads;
    m_history->messages()
        .outbox(m_accountId, OutboxKind::People)
        .then(this,
            [this](const QList<Message> &outbox) {
                --m_outboxReads;
                for (const Message &message : outbox)
                    transmit(message, true);
            })
        .onCanceled(this, [this] { --m_outboxReads; });
}

void MessagingService::handleAcknowledged(const QString &originId)
{
    const Sent sent = m_inFlight.take(originId);
    if (sent.id == 0)
        return;
    if (m_recentlySent.size() >= RecentlySentMax)
        m_recentlySent.clear();
    m_recentlySent.insert(originId, sent);
    // Fire and forget: the store announces the change itself (messageChanged). A continuation
    // per acknowledgement was the busiest one in the app, and Qt 6.4 crashed in it now and then
    // under a burst (QPromise::start on a dead interface).
    m_history->messages().advanceDeliveryState(sent.id, DeliveryState::Sent);
}

void MessagingService::handlePeerReport(
    const QString &fromBareJid, const QString &messageId, DeliveryState to)
{
    // Only the chat with the reporter is searched, and only our messages in it: a receipt from a
    // third party, or about someone else's message, finds nothing to change.
    const qint64 chatId = m_chatIds.value(fromBareJid);
    if (chatId == 0 || messageId.isEmpty())
        return;
    m_history->messages().advanceDeliveryState(chatId, messageId, to);
}

void MessagingService::handleFailed(
    const QString &fromBareJid, const QString &messageId, const QString &reason)
{
    qint64 id = takeReported(m_inFlight, messageId, fromBareJid);
    if (id == 0)
        id = takeReported(m_recentlySent, messageId, fromBareJid);
    if (id != 0) {
        m_history->messages().advanceDeliveryState(id, DeliveryState::Failed, reason);
        return;
    }
    if (const qint64 chatId = m_chatIds.value(fromBareJid))
        m_history->messages().advanceDeliveryState(chatId, messageId, DeliveryState::Failed);
}

qint64 MessagingService::takeReported(
    QHash<QString, Sent> &sent, const QString &messageId, const QString &fromBareJid) const
{
    // The error comes back from the peer's address (its server answers in its name), or from
    // our own server; anyone else could fail our messages by guessing or seeing their ids.
    const auto it = sent.find(messageId);
    if (it == sent.end()
        || (fromBareJid != it->peer && fromBareJid != m_session->settings().jid.domain()))
        return 0;
    return sent.take(messageId).id;
}

void MessagingService::retry(qint64 messageId)
{
    m_history->messages().retryFailed(messageId).then(this, [this, messageId](bool retried) {
        if (!retried)
            return;
        m_history->messages().message(messageId).then(
            this, [this](const Message &message) { transmit(message); });
    });
}

void MessagingService::markDisplayed(qint64 messageId)
{
    m_history->messages().message(messageId).then(this, [this](const Message &message) {
        if (message.id == 0 || message.direction != Direction::Incoming)
            return;
        m_history->messages().markRead(message.chatId, message.id);
        Q_EMIT messageDisplayed(message);
        // Through a room, the occupant may be a stranger: they learn nothing.
        if (isPrivate(message.peer))
            return;
        if (m_isGroup && m_isGroup(message.peer)) {
            if (m_readReceipts && m_markGroupDisplayed)
                m_markGroupDisplayed(message);
            return;
        }
        // XEP-0333: a marker only for a message that asked for one, by the id its receipt names.
        if (m_readReceipts && message.markable && !message.messageId.isEmpty()
            && isContact(message.peer))
            m_sync->sendDisplayed(message.peer, message.messageId);
    });
}

void MessagingService::handleIncoming(
    const Message &message, const QString &fromFullJid, bool wantsReceipt)
{
    // Live, carbon or offline: a blocked contact's words never reach the store or the UI.
    if (message.direction == Direction::Incoming && m_isBlocked && m_isBlocked(message.peer))
        return;
    // A room's address is not a person: what comes from it one-to-one (a private message
    // through a room we are not in, or a forgery) never lands in the group's timeline.
    if (m_isGroup && m_isGroup(message.peer))
        return;
    Message stored = message;
    stored.accountId = m_accountId;
    stored.chatId = m_chatIds.value(message.peer);
    m_incoming.append({ stored, fromFullJid, wantsReceipt });
    if (m_incoming.size() >= IncomingBatchMax) {
        flushIncoming();
    } else if (!m_flushTimer.isActive() || message.stanzaId.isEmpty()) {
        // Stream management has told the server this message is handled, so a crash before
        // the batch is stored loses it unless the archive has it: only a message our server
        // archived (it carries its stanza-id) may wait for a burst's batch.
        const bool burst = m_lastFlush.isValid() && m_lastFlush.elapsed() < BurstWindowMs
            && !message.stanzaId.isEmpty();
        const int delay = burst ? BurstBatchDelayMs : IncomingBatchDelayMs;
        if (!m_flushTimer.isActive() || m_flushTimer.remainingTime() > delay)
            m_flushTimer.start(delay);
    }
}

void MessagingService::flushIncoming()
{
    m_flushTimer.stop();
    if (m_incoming.isEmpty() || m_accountId == 0)
        return; // setAccountId() flushes once the account is known
    m_lastFlush.start();
    QList<PendingIncoming> batch = std::exchange(m_incoming, {});
    // A stranger's first message opens a request; a chat that exists (one we started, or an
    // accepted request) stays what it is. Through a room, the occupant is the group's business.
    QStringList strangers;
    for (const PendingIncoming &pending : std::as_const(batch)) {
        const Message &m = pending.message;
        if (m.direction == Direction::Incoming && m_isStranger && !m_chatIds.contains(m.peer)
            && !isPrivate(m.peer) && !strangers.contains(m.peer) && m_isStranger(m.peer))
            strangers.append(m.peer);
    }
    if (strangers.isEmpty() || !m_openRequests)
        return storeIncoming(batch);
    m_openRequests(strangers).then(this, [this, batch] { storeIncoming(batch); });
}

void MessagingService::storeIncoming(const QList<PendingIncoming> &pendingBatch)
{
    QList<PendingIncoming> batch = pendingBatch;
    QList<Message> messages;
    messages.reserve(batch.size());
    for (PendingIncoming &pending : batch) {
        pending.message.accountId = m_accountId;
        messages.append(pending.message);
    }
    m_history->messages().insertMessages(messages).then(
        this, [this, batch](const QList<Message> &stored) {
            for (const Message &m : stored)
                m_chatIds.insert(m.peer, m.chatId);
            m_incomingStored += int(stored.size());
            // Stored first, then acknowledged: a receipt promises the message is safe here.
            // Duplicates are acknowledged again, so a sender that missed a receipt still gets one.
            const bool idle = m_receipts.isEmpty();
            for (const PendingIncoming &pending : batch) {
                // A stranger learns nothing from us, not even that the message arrived.
                if (pending.wantsReceipt && !pending.message.messageId.isEmpty()
                    && isContact(pending.message.peer))
                    m_receipts.append({ pending.fromFullJid, pending.message.messageId });
            }
            if (idle)
                sendReceipts();
            if (!stored.isEmpty())
                Q_EMIT messagesStored(stored);
        });
}

void MessagingService::sendOwedReceipts(const QList<std::pair<QString, QString>> &receipts)
{
    const bool idle = m_receipts.isEmpty();
    for (const auto &[fullJid, messageId] : receipts) {
        const auto jid = Jid::parse(fullJid);
        if (jid && isContact(jid->bare()))
            m_receipts.append({ fullJid, messageId });
    }
    if (idle && !m_receipts.isEmpty())
        sendReceipts();
}

void MessagingService::sendReceipts()
{
    const qsizetype count = std::min<qsizetype>(m_receipts.size(), ReceiptsPerSlice);
    for (qsizetype i = 0; i < count; ++i)
        m_sync->sendReceipt(m_receipts.at(i).first, m_receipts.at(i).second);
    m_receipts.remove(0, count);
    if (!m_receipts.isEmpty())
        QMetaObject::invokeMethod(this, &MessagingService::sendReceipts, Qt::QueuedConnection);
}

} // namespace Natter
