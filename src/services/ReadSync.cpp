#include "ReadSync.h"

#include "HistoryService.h"
#include "MdsSync.h"
#include "ServiceLogging.h"

namespace Natter {

ReadSync::ReadSync(MdsSync *sync, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_history(history)
{
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(PublishDelayMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &ReadSync::flush);
    connect(m_sync, &MdsSync::displayed, this, &ReadSync::apply);
    connect(m_history, &HistoryService::messagesAdded, &m_held, &HeldActions::stored);
}

void ReadSync::setAccount(qint64 accountId, const QString &ownBareJid)
{
    m_accountId = accountId;
    m_ownJid = ownBareJid;
    m_pending.clear();
}

void ReadSync::read(const Message &message)
{
    // A private chat through a room has no address of its own to publish under.
    if (message.stanzaId.isEmpty() || message.peer.contains(u'/') || m_ownJid.isEmpty())
        return;
    const bool group = m_isGroup && m_isGroup(message.peer);
    Pending &pending = m_pending[message.peer];
    if (message.timestamp < pending.timestamp)
        return;
    pending.point = { message.peer, message.stanzaId, group ? message.peer : m_ownJid };
    pending.timestamp = message.timestamp;
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void ReadSync::flush()
{
    m_publishTimer.stop();
    for (const Pending &pending : std::as_const(m_pending)) {
        m_sync->publish(pending.point).then(this, [this, chat = pending.point.chat](bool done) {
            if (done)
                Q_EMIT published(chat);
        });
    }
    m_pending.clear();
}

void ReadSync::catchUp()
{
    m_sync->fetch().then(this, [this](const std::optional<QList<DisplayedPoint>> &points) {
        if (!points)
            return;
        for (const DisplayedPoint &point : *points)
            apply(point);
    });
}

void ReadSync::apply(const DisplayedPoint &point)
{
    if (!m_accountId)
        return;
    // Only our archive, or the group's own room, numbers a chat's messages.
    const bool group = m_isGroup && m_isGroup(point.chat);
    if (point.by != (group ? point.chat : m_ownJid)) {
        qCInfo(lcServices) << "read point ignored: stanza-id of another archive";
        return;
    }
    m_history->chats().chatId(m_accountId, point.chat).then(this, [this, point](qint64 chatId) {
        if (chatId > 0)
            markReadUpTo(chatId, point, true);
    });
}

void ReadSync::markReadUpTo(qint64 chatId, const DisplayedPoint &point, bool mayHold)
{
    m_history->messages()
        .findReferenced(chatId, point.stanzaId)
        .then(this, [this, chatId, point, mayHold](const Message &message) {
            if (message.id == 0) {
                // Catch-up may bring the message later (a group's archive, read after joining).
                if (mayHold)
                    m_held.hold(chatId, point.stanzaId,
                        [this, chatId, point] { markReadUpTo(chatId, point, false); });
                return;
            }
            m_history->messages().markRead(chatId, message.id);
            Q_EMIT readElsewhere(point.chat);
        });
}

} // namespace Natter
