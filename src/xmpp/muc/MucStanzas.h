#pragma once

#include "Enums.h"
#include "MucTypes.h"

#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppStanza.h>

#include <optional>

class QDomElement;
class QXmppPresence;

namespace Natter::MucStanzas {

// An invitation to a room, as the stanza states it; from is the inviter's bare JID.
struct Invitation
{
    QString room;
    QString from;
    QString reason;
    QString password;
};

// A direct (XEP-0249) or mediated (XEP-0045) invitation in message, if it holds a well-formed one.
std::optional<Invitation> invitation(const QDomElement &message);
// The occupant a room's presence describes (stanza is the same presence, for XEP-0421).
Occupant occupant(const QXmppPresence &presence, const QDomElement &stanza);
// A room item's affiliation in our terms.
MucAffiliation affiliationOf(QXmppMucItem::Affiliation affiliation);
// Whether a room's stanza carries the XEP-0045 status code (in its muc#user x).
bool hasStatus(const QDomElement &stanza, int code);
// The owner's words when a room is destroyed: <x><destroy><reason/></destroy></x> (§10.9).
QString destroyReason(const QDomElement &presence);
// Why the room's error refuses a join.
JoinFailure joinFailure(QXmppStanza::Error::Condition condition);

// An XEP-0333 displayed marker for the room's message stanzaId, with a hint (XEP-0334) that the
// room's archive keeps it, for members who read it later.
QXmppMessage displayed(const QString &stanzaId);
// A message that carries only our XEP-0085 chat state.
QXmppMessage chatState(ChatState state);

} // namespace Natter::MucStanzas
