#pragma once

#include "MucTypes.h"

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
// Why the room's error refuses a join.
JoinFailure joinFailure(QXmppStanza::Error::Condition condition);

} // namespace Natter::MucStanzas
