#pragma once

#include "Message.h"

#include <QString>

namespace Natter {

// A retraction as it arrived, on any path (live, carbon, archive; one-to-one or in a group).
struct Retraction
{
    QString peer; // the chat: a person's bare JID, or the room's
    QString id; // what it names: origin-id one-to-one, the room's stanza-id in a group
    bool group = false;
    // Outgoing: ours (from another of our devices, or under our nickname in the room).
    Direction direction = Direction::Incoming;
    QString sender; // in a group: the author's nickname; empty when the room itself speaks
    QString senderId; // in a group: the occupant id or real JID, when the room tells
    bool moderated = false; // XEP-0425, only ever from the room's own bare JID
    QString reason; // a moderator's, untrusted
};

} // namespace Natter
