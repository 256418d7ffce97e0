#pragma once

#include "DeliveryState.h"
#include "Message.h"

#include <QString>

namespace Natter {

// One row of the chat list: everything it shows comes from a single query.
struct Chat
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString peer; // bare JID of the other side
    QString name; // roster name, empty when the peer is not in the roster
    qint64 lastMessageId = 0;
    qint64 lastTimestamp = 0; // ms; 0 when the chat has no message yet
    QString lastBody;
    QString lastAttachmentMimeType; // of the last message's first file; empty when it has none
    QString lastAttachmentName;
    Direction lastDirection = Direction::Incoming;
    DeliveryState lastDeliveryState = DeliveryState::Pending;
    int unreadCount = 0;
    bool pinned = false; // pinned chats come first, the latest pin first
    bool archived = false;
};

} // namespace Natter
