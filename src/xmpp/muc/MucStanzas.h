#pragma once

#include "AffiliationChange.h"
#include "Attachment.h"
#include "Enums.h"
#include "MucTypes.h"
#include "SystemEvent.h"

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

// A notice from the room itself (a message from its bare JID, XEP-0045 §9.3 and §10.2): an
// affiliation change of someone who may not be present, and the room's status codes (104: its
// configuration changed).
struct RoomNotice
{
    QList<int> codes;
    bool hasItem = false;
    MucAffiliation affiliation = MucAffiliation::None;
    QString jid; // bare, of the person whose affiliation changed
    QString nick; // their nickname, when the room gives it
};
// The notice in message, if it is one from the room (from its bare JID, with muc#user data).
std::optional<RoomNotice> roomNotice(const QDomElement &message);
// The nickname in the <actor/> of the presence's muc#user item: who kicked, banned or changed an
// affiliation, when the room says.
QString actorNick(const QDomElement &presence);
using Natter::affiliationChange;

// The timeline line for an occupant's presence after we entered (before: what we knew of them,
// empty when they were not there); None when it is no news.
SystemEvent presenceEvent(const Occupant &before, const QXmppPresence &presence,
    const QDomElement &stanza, const QString &ownNick);
// The timeline line for a room notice's affiliation change; ownJid tells when it is ours.
SystemEvent noticeEvent(const RoomNotice &notice, const QString &ownJid);

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
