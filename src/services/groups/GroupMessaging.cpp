#include "GroupMessaging.h"

#include "ArchiveSync.h"
#include "HistoryService.h"
#include "MucSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <algorithm>

namespace Natter {

GroupMessaging::GroupMessaging(
    Session *session, MucSync *muc, ArchiveSync *archive, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_archive(archive)
    , m_history(history)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &GroupMessaging::flushLive);
    connect(muc, &MucSync::messageReceived, this, &GroupMessaging::handleLive);
    connect(muc, &MucSync::messageFailed, this, &GroupMessaging::handleFailed);
    // A new session is outside every room, and what was on the old one's wire is lost with it:
    // the next entry catches up first and then sends what the room still lacks.
    connect(session, &Session::disconnected, this, [this] {
        m_inFlight.clear();
        m_rooms.clear();
    });
}

void GroupMessaging::roomEntered(const Group &group)
{
    Room &room = m_rooms[group.room];
    room.chatId = group.chatId;
    room.nick = group.nick;
    room.archiveId = group.archiveId;
    room.markable = group.kind == ChatKind::PrivateGroup;
    room.catchingUp = true;
    room.pages = 0;
    fetchPage(group.room);
}

void GroupMessaging::roomLeft(const QString &room)
{
    m_rooms.remove(room);
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();)
        it = it->room == room ? m_inFlight.erase(it) : std::next(it);
}

bool GroupMessaging::isReady(const QString &room) const
{
    const auto it = m_rooms.constFind(room);
    return it != m_rooms.cend() && !it->catchingUp;
}

void GroupMessaging::adopt(const Room &room, Message &message) const
{
    message.accountId = m_accountId;
    message.chatId = room.chatId;
    if (message.sender == room.nick) {
        message.direction = Direction::Outgoing;
        message.deliveryState = DeliveryState::Sent;
        message.read = true;
        return;
    }
    Mentions::markOurs(
        message.mentions, message.body, message.peer, room.nick, m_session->settings().jid.bare());
}

QList<Mention> GroupMessaging::mentionsIn(const QString &room, const QString &body) const
{
    QStringList nicks;
    const QList<Occupant> occupants = m_muc->occupants(room);
    for (const Occupant &occupant : occupants)
        nicks.append(occupant.nick);
    return Mentions::typed(body, nicks, room);
}

void GroupMessaging::handleLive(const Message &received, const Occupant &author)
{
    const auto it = m_rooms.constFind(received.peer);
    if (it == m_rooms.cend() || m_accountId == 0)
        return;
    Message message = received;
    message.senderId = author.occupantId.isEmpty() ? author.realJid : author.occupantId;
    adopt(*it, message);
    if (message.direction == Direction::Outgoing) {
        // The room's reflection is its acknowledgement: our message is in the group.
        const Sent sent = m_inFlight.take(message.originId);
        if (sent.id != 0)
            m_history->messages().advanceDeliveryState(sent.id, DeliveryState::Sent);
    }
    m_live.append(message);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void GroupMessaging::flushLive()
{
    if (m_live.isEmpty())
        return;
    const QList<Message> batch = std::exchange(m_live, {});
    // Each room's newest archive id in this batch: the catch-up point once the batch is stored.
    QHash<QString, QString> newest;
    for (const Message &message : batch) {
        if (!message.stanzaId.isEmpty())
            newest.insert(message.peer, message.stanzaId);
    }
    m_history->messages().insertMessages(batch).then(
        this, [this, newest](const QList<Message> &stored) {
            for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
                const auto room = m_rooms.find(it.key());
                if (room == m_rooms.end())
                    continue;
                room->liveNewest = it.value();
                // While the archive is being read, the point moves with its pages instead.
                if (!room->catchingUp) {
                    room->archiveId = it.value();
                    m_history->groups().setArchiveId(room->chatId, it.value());
                }
            }
            if (!stored.isEmpty())
                Q_EMIT messagesStored(stored);
        });
}

void GroupMessaging::fetchPage(const QString &roomJid)
{
    Room &room = m_rooms[roomJid];
    room.liveNewest.clear();
    ++room.pages;
    // A room we never read: its newest page is its recent history, already seen elsewhere.
    const bool fresh = room.archiveId.isEmpty();
    const qint64 chatId = room.chatId;
    m_archive->fetchRoomAfter(roomJid, room.archiveId, CatchUpPageSize)
        .then(this, [this, roomJid, chatId, fresh](const ArchivePage &page) {
            const auto it = m_rooms.constFind(roomJid);
            if (it != m_rooms.cend() && it->chatId == chatId && it->catchingUp)
                storePage(roomJid, page, fresh);
        });
}

void GroupMessaging::storePage(const QString &roomJid, const ArchivePage &page, bool fresh)
{
    if (!page.error.isEmpty()) {
        qCInfo(lcServices) << "a group's archive could not be read:" << page.error;
        if (page.unknownId) {
            // The archive lost our place (expired or reset): start again from its newest page.
            m_rooms[roomJid].archiveId.clear();
            return fetchPage(roomJid);
        }
        return finishCatchUp(roomJid, {});
    }
    const Room room = m_rooms.value(roomJid);
    if (!page.retractions.isEmpty())
        Q_EMIT retractionsArchived(page.retractions);
    QList<Message> messages;
    messages.reserve(page.messages.size());
    for (Message message : page.messages) {
        if (message.sender.isEmpty())
            continue; // the room's own notices are not anyone's message
        adopt(room, message);
        message.read = message.read || fresh;
        messages.append(message);
    }
    m_history->messages().insertMessages(messages).then(
        this, [this, roomJid, page, fresh, chatId = room.chatId](const QList<Message> &stored) {
            const auto it = m_rooms.find(roomJid);
            if (it == m_rooms.end() || it->chatId != chatId || !it->catchingUp)
                return;
            if (!stored.isEmpty())
                Q_EMIT messagesStored(stored);
            if (fresh || page.complete || page.last.isEmpty() || it->pages >= MaxCatchUpPages)
                return finishCatchUp(roomJid, page.last);
            it->archiveId = page.last;
            m_history->groups().setArchiveId(chatId, page.last);
            fetchPage(roomJid);
        });
}

void GroupMessaging::finishCatchUp(const QString &roomJid, const QString &newest)
{
    const auto it = m_rooms.find(roomJid);
    if (it == m_rooms.end())
        return;
    // Live messages stored since the last page was asked for are newer than anything in it.
    const QString point = it->liveNewest.isEmpty() ? newest : it->liveNewest;
    if (!point.isEmpty()) {
        it->archiveId = point;
        m_history->groups().setArchiveId(it->chatId, point);
    }
    it->catchingUp = false;
    Q_EMIT caughtUp(roomJid);
    flushOutbox(roomJid);
}

void GroupMessaging::flushOutbox(const QString &room)
{
    if (m_accountId == 0)
        return;
    m_history->messages()
        .outbox(m_accountId, OutboxKind::Groups)
        .then(this, [this, room](const QList<Message> &outbox) {
            for (const Message &message : outbox) {
                if (message.peer == room)
                    transmit(message);
            }
        });
}

void GroupMessaging::transmit(const Message &message)
{
    const auto room = m_rooms.constFind(message.peer);
    const bool uploaded = std::all_of(message.attachments.begin(), message.attachments.end(),
        [](const Attachment &a) { return !a.url.isEmpty(); });
    // Not entered or not caught up: the entry's outbox flush sends it, once.
    if (room == m_rooms.cend() || room->catchingUp || !uploaded
        || m_inFlight.contains(message.originId))
        return;
    m_inFlight.insert(message.originId, { message.id, message.peer });
    if (!m_muc->send(message.peer, message, room->markable))
        m_inFlight.remove(message.originId);
}

void GroupMessaging::handleFailed(
    const QString &room, const QString &originId, const QString &reason)
{
    const auto it = m_inFlight.constFind(originId);
    if (it == m_inFlight.cend() || it->room != room)
        return;
    const qint64 id = it->id;
    m_inFlight.erase(it);
    m_history->messages().advanceDeliveryState(id, DeliveryState::Failed, reason);
}

} // namespace Natter
