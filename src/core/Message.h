#pragma once

#include "Attachment.h"
#include "DeliveryState.h"
#include "Mention.h"

#include <QList>
#include <QString>

namespace Natter {

enum class Direction { Incoming, Outgoing };
// A person's message, or a line of the group's own ("Bob added Carol"; see SystemEvent).
enum class MessageKind { Chat = 0, System = 1 };

// One chat message as the app knows it, whichever way it arrived (live, carbon, offline, MAM).
struct Message
{
    qint64 id = 0; // local row id; 0 until stored
    qint64 accountId = 0;
    qint64 chatId = 0;
    Direction direction = Direction::Incoming;
    QString sender; // bare JID of the author; in a group, the author's nickname in the room
    // In a group, who the author is beyond the nickname: the occupant id (XEP-0421) when the
    // room gives one, else the real bare JID when the room shows it; empty when neither.
    QString senderId;
    QString peer; // bare JID of the chat's other side
    QString body;
    QString stanzaId; // XEP-0359 stanza-id assigned by our server, when known
    QString originId; // XEP-0359 origin-id chosen by the sender
    QString messageId; // the stanza's id attribute
    qint64 timestamp = 0; // milliseconds since the epoch, UTC
    DeliveryState deliveryState = DeliveryState::Pending;
    bool read = false;
    qint64 correctsId = 0; // XEP-0308: the local id of the message this one replaces
    qint64 replyToId = 0; // XEP-0461: the local id of the message this one answers
    // XEP-0461 as on the wire, kept while the original is not local: its id (the room's
    // stanza-id in a group) and author (a JID; in a group the occupant's room JID).
    QString replyRef;
    QString replyAuthor;
    QString replyQuote; // ours only: the "> Author: text" quote sent for clients without 0461
    bool edited = false; // the body was replaced by a correction
    // XEP-0308: the id a correction names on the wire (the original's origin-id or id
    // attribute); resolved to correctsId when stored. Empty for anything but a correction.
    QString correctsRef;
    bool markable = false; // XEP-0333: the sender asked for chat markers on this message
    QString errorText; // why delivery failed, for the person; empty unless Failed
    QList<Attachment> attachments;
    MessageKind kind = MessageKind::Chat;
    // A System line's SystemEvent, encoded; it is never sent, read-marked, searched or unread.
    QString event;
    // In a group: the mentions in body (XEP-0372 references, and our nickname as a word).
    QList<Mention> mentions;
    // XEP-0424/0425: deleted for everyone; body, mentions and files are gone, the row stays.
    bool retracted = false;
    // Forwarded from another chat: the bubble says so (ours: ForwardCodec's element).
    bool forwarded = false;
    // Read from the server's archive (XEP-0313), not received live: a cleared chat never takes
    // such a message back from before it was cleared.
    bool fromArchive = false;
    // Set when stored: this message answers one of ours (XEP-0461), so a mute lets it through.
    bool repliesToUs = false;
    // Starred on this device (ms), 0 when not; local only, as WhatsApp's stars are.
    qint64 starredAt = 0;

    bool mentionsUs() const { return Mentions::mentionsUs(mentions); }
};

} // namespace Natter
