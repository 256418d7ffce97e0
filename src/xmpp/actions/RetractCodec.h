#pragma once

#include "Retraction.h"

#include <QString>

#include <optional>

class QDomElement;
class QXmppMessage;

namespace Natter {

// XEP-0424 message retraction and XEP-0425 moderation, as they appear on a message: the
// current form (<retract id='…' xmlns='urn:xmpp:message-retract:1'/>, a moderator's with
// <moderated xmlns='urn:xmpp:message-moderate:1'/> inside) and the older one that Conversations
// and Gajim sent before it (<apply-to id='…' xmlns='urn:xmpp:fasten:0'> holding a
// <retract xmlns='urn:xmpp:message-retract:0'/>, or a moderate:0 <moderated/> around it).
namespace RetractCodec {

// An id longer than this names no message of ours (ours are UUIDs, rooms' are shorter still).
constexpr int MaxIdLength = 256;
// A moderator's reason is shown at most this long.
constexpr int MaxReasonLength = 512;

struct Retract
{
    QString id; // the retracted message: its origin-id one-to-one, the room's stanza-id in a group
    bool moderated = false; // a moderator's (XEP-0425): only the room itself may say so
    QString moderator; // the <moderated by='room/nick'/> as the room names it, untrusted
    QString reason; // the moderator's, untrusted, cut to MaxReasonLength
};

// The retraction the message carries, if it carries a well-formed one.
std::optional<Retract> read(const QXmppMessage &stanza);
std::optional<Retract> read(const QDomElement &message);
// Makes stanza our retraction of id (XEP-0424 §4): the retract element, a body for clients that
// do not know it, marked as a fallback (XEP-0428), and a hint that archives must keep it.
void write(QXmppMessage &stanza, const QString &id);

} // namespace RetractCodec
} // namespace Natter
