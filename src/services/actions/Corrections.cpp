#include "Corrections.h"

#include "CorrectionRule.h"
#include "HeldActions.h"
#include "HistoryService.h"
#include "MessagingService.h"
#include "PrivatePeer.h"
#include "ServiceLogging.h"

#include <QDateTime>
#include <QUuid>

namespace Natter {

bool Corrections::mayEditNow(const Message &message)
{
    // Through a room the occupant's client may know no corrections; it would see two messages.
    return CorrectionRule::mayEdit(message, QDateTime::currentMSecsSinceEpoch())
        && !PrivatePeer::isPrivate(message.peer);
}

Corrections::Corrections(HistoryService *history, MessagingService *messaging, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_messaging(messaging)
    , m_held(new HeldActions(this))
{
    connect(&history->messages(), &MessageStore::correctionsWaiting, this, &Corrections::hold);
    connect(history, &HistoryService::messagesAdded, m_held, &HeldActions::stored);
    connect(m_held, &HeldActions::dropped, this, [](qint64 chatId, const QString &) {
        qCInfo(lcServices) << "dropped a correction whose original never came, in chat" << chatId;
    });
}

void Corrections::hold(const QList<Message> &corrections)
{
    qCInfo(lcServices) << "holding" << corrections.size()
                       << "corrections until their originals are stored";
    for (const Message &correction : corrections) {
        m_held->hold(correction.chatId, correction.correctsRef,
            [this, correction] { m_history->messages().insertMessage(correction); });
    }
}

QFuture<Message> Corrections::editable(qint64 messageId) const
{
    return m_history->messages().message(messageId).then(
        [](const Message &message) { return mayEditNow(message) ? message : Message(); });
}

QFuture<Message> Corrections::lastEditable(qint64 chatId) const
{
    return m_history->messages()
        .newest(chatId, LastMessageSearchDepth)
        .then([](const QList<Message> &page) {
            for (auto it = page.crbegin(); it != page.crend(); ++it) {
                if (it->kind == MessageKind::Chat && it->direction == Direction::Outgoing)
                    return mayEditNow(*it) ? *it : Message();
            }
            return Message();
        });
}

QFuture<QList<MessageVersion>> Corrections::versions(qint64 messageId) const
{
    return m_history->messages().versions(messageId);
}

QFuture<bool> Corrections::correct(qint64 messageId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(false);
    return editable(messageId)
        .then(this,
            [this, text](const Message &original) {
                if (original.id == 0 || original.body == text)
                    return QtFuture::makeReadyFuture(QList<Message>());
                Message correction;
                correction.accountId = original.accountId;
                correction.chatId = original.chatId;
                correction.peer = original.peer;
                correction.direction = Direction::Outgoing;
                correction.body = text;
                // A new stanza of its own (XEP-0308), naming the original by what we sent.
                correction.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                correction.messageId = correction.originId;
                correction.correctsId = original.id;
                correction.correctsRef
                    = original.originId.isEmpty() ? original.messageId : original.originId;
                correction.timestamp = QDateTime::currentMSecsSinceEpoch();
                correction.deliveryState = DeliveryState::Pending;
                correction.read = true;
                // Stored first: the outbox sends it once, now or after a reconnect.
                return m_history->messages().insertMessage(correction);
            })
        .unwrap()
        .then(this, [this](const QList<Message> &stored) {
            for (const Message &m : stored)
                m_messaging->sendStored(m.id);
            return !stored.isEmpty();
        });
}

} // namespace Natter
