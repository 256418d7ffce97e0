#pragma once

class QXmppMessage;

namespace Natter::ForwardCodec {

// A forwarded message is a new message of ours with one mark, in our own namespace:
// <forwarded xmlns='urn:natter:forwarded:0'/>. Other clients see a plain message; Natter shows
// "Forwarded" above it. The original's author is never named, on the wire or in the body.

// The stanza carries the mark.
bool read(const QXmppMessage &stanza);
// Puts the mark on the stanza when forwarded is true; nothing otherwise.
void write(QXmppMessage &stanza, bool forwarded);

} // namespace Natter::ForwardCodec
