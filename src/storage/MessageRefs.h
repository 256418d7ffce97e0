#pragma once

#include <QString>

namespace Natter {

class Connection;

// Finds the message that another stanza names: a correction (XEP-0308), a reaction (XEP-0444),
// a reply (XEP-0461) or a retraction (XEP-0424). In a group these name it by the room's
// stanza-id; one-to-one by the sender's own id (origin-id, or the id attribute without one).
// Clients disagree, so both are tried. Runs on the database thread.
class MessageRefs
{
public:
    // How far back a group's messages stored before their stanza-ids were keyed are searched.
    static constexpr int UnkeyedScanLimit = 5000;

    // The local id of chatId's message named by ref; 0 when there is none, -1 when SQLite
    // failed. The caller checks that whoever names it may act on it.
    static qint64 find(Connection &connection, qint64 chatId, const QString &ref);
};

} // namespace Natter
