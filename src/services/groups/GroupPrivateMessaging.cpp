#include "GroupPrivateMessaging.h"

#include "GroupMessaging.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MucSync.h"
#include "PrivatePeer.h"
#include "ServiceLogging.h"

#include <algorithm>

namespace Natter {

GroupPrivateMessaging::GroupPrivateMessaging(MucSync *muc, GroupService *groups,
    GroupMessaging *messaging, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_muc(muc)
    , m_groups(groups)
    , m_history(history)
{
    connect(muc, &MucSync::privateMessageReceived, this, &GroupPrivateMessaging::handleIncoming);
    // Entered and caught up: what waited for the room goes out, as the group's own messages do.
    connect(messaging, &GroupMessaging::caughtUp, this, &GroupPrivateMessaging::flushOutbox);
    connect(muc, &MucSync::messageFailed, this,
        [this](const QString &room, const QString &originId, const QString &reason) {
            // The room's refusal (private messages off, the nickname gone) may come after
            // our server took the message.
            const qint64 id = m_inFlight.take(originId) + m_recent.take(originId);
            if (id == 0)
                return;
            m_history->messages().message(id).then(
                this, [this, room, reason](const Message &message) {
                    // Only the room the message went through may fail it.
                    if (PrivatePeer::room(message.peer) == room)
                        fail(message,
                            reason.isEmpty() ? tr("The group refused the message.") : reason);
                });
        });
}

void GroupPrivateMessaging::handleIncoming(const Message &received, const Occupant &author)
{
    const Group group = m_groups->groupFor(PrivatePeer::room(received.peer));
    if (group.chatId == 0 || m_accountId == 0)
        return;
    if (!author.realJid.isEmpty() && m_isBlocked && m_isBlocked(author.realJid.toLower()))
        return;
    m_history->chats()
        .ensureChat(m_accountId, received.peer, ChatKind::GroupPrivate)
        .then(this, [this, received](qint64 chatId) {
            if (chatId == 0)
                return;
            Message message = received;
            message.accountId = m_accountId;
            message.chatId = chatId;
            m_history->messages().insertMessage(message).then(
                this, [this](const QList<Message> &stored) {
                    if (!stored.isEmpty())
                        Q_EMIT messagesStored(stored);
                });
        });
}

void GroupPrivateMessaging::transmit(const Message &message)
{
    const QString room = PrivatePeer::room(message.peer);
    const QString nick = PrivatePeer::nick(message.peer);
    const Group group = m_groups->groupFor(room);
    const bool uploaded = std::all_of(message.attachments.begin(), message.attachments.end(),
        [](const Attachment &a) { return !a.url.isEmpty(); });
    if (group.chatId == 0 || !uploaded || m_inFlight.contains(message.originId))
        return;
    const QString name = group.name.isEmpty() ? room.section(u'@', 0, 0) : group.name;
    if (group.state != GroupState::Joined)
        return fail(message, tr("You are no longer in %1.").arg(name));
    // Not in the room now (offline, or entering): it goes once the room has let us in.
    if (!m_muc->isJoined(room))
        return;
    const QList<Occupant> occupants = m_muc->occupants(room);
    if (std::none_of(occupants.cbegin(), occupants.cend(),
            [&nick](const Occupant &o) { return o.nick == nick; }))
        return fail(message, tr("%1 is no longer in %2.").arg(nick, name));
    m_inFlight.insert(message.originId, message.id);
    m_muc->sendPrivate(message).then(this, [this, message](bool taken) {
        if (m_inFlight.take(message.originId) == 0 || !taken)
            return; // not on the server: the next entry into the room sends it again
        if (m_recent.size() >= MaxRecent)
            m_recent.clear();
        m_recent.insert(message.originId, message.id);
        m_history->messages().advanceDeliveryState(message.id, DeliveryState::Sent);
    });
}

void GroupPrivateMessaging::flushOutbox(const QString &room)
{
    if (m_accountId == 0)
        return;
    m_history->messages()
        .outbox(m_accountId, OutboxKind::Groups)
        .then(this, [this, room](const QList<Message> &outbox) {
            for (const Message &message : outbox) {
                if (PrivatePeer::room(message.peer) == room)
                    transmit(message);
            }
        });
}

void GroupPrivateMessaging::fail(const Message &message, const QString &reason)
{
    qCInfo(lcServices) << "a private message through a group could not be sent";
    m_history->messages().advanceDeliveryState(message.id, DeliveryState::Failed, reason);
}

} // namespace Natter
