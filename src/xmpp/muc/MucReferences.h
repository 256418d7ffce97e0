#pragma once

#include "Mention.h"

class QXmppMessage;

namespace Natter::MucReferences {

// XEP-0372 mention references of a groupchat message, begin and end in code points as on the
// wire (Mentions::fromCodePoints checks them against the body). At most Mentions::MaxPerMessage
// are read; other reference types are not mentions and are skipped.
QList<Mention> read(const QXmppMessage &stanza);
// Adds a reference for each mention (UTF-16 ranges of body) to stanza.
void write(QXmppMessage &stanza, const QString &body, const QList<Mention> &mentions);

} // namespace Natter::MucReferences
