#pragma once

#include "DeliveryState.h"
#include "Message.h"

#include <QString>

namespace Natter {

// Who is on the chat's other side: a person, or a room (XEP-0045). A private group is
// members-only and non-anonymous (members see each other's addresses and read markers); a
// channel is any other room, public or not. A private message through a room (XEP-0045 §7.5) is
// a chat of its own with the occupant, room@service/nick: never a person's chat.
enum class ChatKind { Person = 0, PrivateGroup = 1, Channel = 2, GroupPrivate = 3 };

// Which chats' waiting messages an outbox query returns: people's go out on connect, a group's
// once the group is joined, and an upload waits for neither.
enum class OutboxKind { People = 0, Groups = 1, All = 2 };

// One row of the chat list: everything it shows comes from a single query.
struct Chat
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString peer; // bare JID of the other side: a person or a room; room/nick for GroupPrivate
    ChatKind kind = ChatKind::Person;
    QString name; // roster name, or the group's name; empty when neither is known
    qint64 lastMessageId = 0;
    qint64 lastTimestamp = 0; // ms; 0 when the chat has no message yet
    QString lastBody;
    QString lastSender; // in a group, the last message's author (a nickname); else empty
    QString lastAttachmentMimeType; // of the last message's first file; empty when it has none
    QString lastAttachmentName;
    Direction lastDirection = Direction::Incoming;
    DeliveryState lastDeliveryState = DeliveryState::Pending;
    int unreadCount = 0;
    bool pinned = false; // pinned chats come first, the latest pin first
    bool archived = false;
    // Notifications are silenced until then (ms); 0 when not muted, MutedForever for good.
    qint64 mutedUntil = 0;
    // The person marked it unread: it shows a badge and counts as unread until it is opened.
    bool markedUnread = false;
    // Deleted here: out of the list until its next message arrives.
    bool hidden = false;

    static constexpr qint64 MutedForever = -1;
    bool isMuted(qint64 nowMs) const { return mutedUntil == MutedForever || mutedUntil > nowMs; }
};

} // namespace Natter
