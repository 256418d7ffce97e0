#pragma once

#include <QString>

namespace Natter::PrivatePeer {

// A private message through a room (XEP-0045 §7.5) goes to and comes from the occupant's
// address in the room, room@service/nick: the peer of a GroupPrivate chat. The nickname is the
// room's name for someone, not their address: nothing here ever resolves it to a person.

// A title's parts are cut to these lengths: both are untrusted and the title is one line.
constexpr int MaxNickChars = 64;
constexpr int MaxRoomChars = 48;

// room (a bare JID, lowercased here) and nick (kept as it is: nicknames are case-sensitive);
// empty when either is missing.
QString make(const QString &room, const QString &nick);
// True for room@service/nick, whatever the room is; false for a bare JID.
bool isPrivate(const QString &peer);
// The room's bare JID of such a peer; empty for a bare JID.
QString room(const QString &peer);
// The nickname of such a peer; empty for a bare JID.
QString nick(const QString &peer);
// "Bob (Family)": one line, each part bounded, plain text.
QString title(const QString &nick, const QString &roomName);

} // namespace Natter::PrivatePeer
