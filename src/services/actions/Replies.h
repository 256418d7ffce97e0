#pragma once

#include "Message.h"

#include <QString>

namespace Natter::Replies {

// The quote we send shows at most this many characters of the original.
constexpr int MaxExcerptLength = 80;

// Makes reply answer original (XEP-0461): the id others know it by (the room's stanza-id in a
// group, else the sender's own id), its author's address (the occupant's room JID in a group),
// and the "> Author: text" quote for clients without replies. False when original cannot be
// named (not in this chat, or a group message the room gave no stanza-id).
bool address(Message &reply, const Message &original, bool group);
// One line of the original for a quote: its text, else what its file is.
QString excerpt(const Message &original);
// "> Alice: lunch at noon?\n", readable in any client; author and text on one bounded line.
QString quote(const QString &author, const QString &excerpt);

} // namespace Natter::Replies
