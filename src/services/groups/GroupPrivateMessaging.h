#pragma once

#include "Message.h"
#include "MucTypes.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Natter {

class GroupMessaging;
class GroupService;
class HistoryService;
class MucSync;

// Private messages through a group's room (XEP-0045 §7.5): a chat of their own with the
// occupant, room@service/nick, labelled with the room and never merged with a person's chat.
// Only rooms we are in deliver them (MucSync takes nothing else); each is stored once. Ours go
// out through the room while the nickname is there, and turn Sent when our server has them.
// Neither receipts nor markers go either way: an occupant may be a stranger.
class GroupPrivateMessaging : public QObject
{
    Q_OBJECT

public:
    // Sent messages a late refusal from the room is still matched to, at most.
    static constexpr int MaxRecent = 500;

    GroupPrivateMessaging(MucSync *muc, GroupService *groups, GroupMessaging *messaging,
        HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId) { m_accountId = accountId; }
    // Messages from an occupant whose real JID this returns true for are dropped (blocking).
    void setBlockedFilter(std::function<bool(const QString &)> isBlocked)
    {
        m_isBlocked = std::move(isBlocked);
    }
    // Sends a stored message of ours (message.peer is room@service/nick) if it can go now; one
    // to a nickname that left fails with a sentence saying so.
    void transmit(const Message &message);

Q_SIGNALS:
    void messagesStored(const QList<Natter::Message> &messages);

private:
    void handleIncoming(const Message &message, const Occupant &author);
    void flushOutbox(const QString &room);
    void fail(const Message &message, const QString &reason);

    MucSync *m_muc;
    GroupService *m_groups;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    std::function<bool(const QString &)> m_isBlocked;
    QHash<QString, qint64> m_inFlight; // origin-id → local id, on the wire and not yet taken
    QHash<QString, qint64> m_recent; // taken by our server lately: the room may still refuse
};

} // namespace Natter
