#pragma once

#include "Reaction.h"

#include <optional>

class QXmppMessage;

namespace Natter::ReactionStanza {

// The XEP-0444 <reactions/> a stanza carries: its id and raw emoji (not bounded yet); nothing
// when it carries none. Such a stanza is an action, never a message of its own.
struct Content
{
    QString ref;
    QStringList emojis;
};
std::optional<Content> read(const QXmppMessage &stanza);
// Puts our whole new set on stanza, with a store hint so archives keep it (XEP-0444 §3.3).
void write(QXmppMessage &stanza, const QString &ref, const QStringList &emojis);
// The room's XEP-0421 occupant id on a stanza from a room (a room replaces any an occupant
// adds), else the real JID the room shows in muc#user; empty when neither.
QString roomIdentity(const QXmppMessage &stanza);
// A one-to-one reaction as seen by ownBareJid: ours (reactor empty) when one of our devices
// sent it, else the sender's bare JID's.
Reaction personal(const QXmppMessage &stanza, const Content &content, const QString &ownBareJid);

} // namespace Natter::ReactionStanza
