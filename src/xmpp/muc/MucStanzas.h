#pragma once

#include "Attachment.h"
#include "Enums.h"
#include "MucTypes.h"

#include <QXmppMessage.h>
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

// An XEP-0333 displayed marker for the room's message stanzaId, with a hint (XEP-0334) that the
// room's archive keeps it, for members who read it later.
QXmppMessage displayed(const QString &stanzaId);
// A message that carries only our XEP-0085 chat state.
QXmppMessage chatState(ChatState state);
// A private message through a room (XEP-0045 §7.5) to occupantJid (room@service/nick): type chat,
// marked with an empty muc#user <x/> as XEP-0045 and XEP-0280 ask, so that carbons know it for
// one. Neither receipts nor markers are asked for: an occupant may be a stranger.
QXmppMessage privateMessage(const QString &occupantJid, const QString &originId,
    const QString &body, const QList<Attachment> &attachments);
// The stanza carries a muc#user <x/>: a private message through a room, or its carbon.
bool isThroughRoom(const QXmppMessage &stanza);

} // namespace Natter::MucStanzas
