#pragma once

#include <QString>

namespace Natter {

class Connection;

// STAND-IN until the lead's MessageRefs is on main (same signature; replaced at merge).
class MessageRefs
{
public:
    // The local id of the chat's message that another stanza names by ref: the room's
    // stanza-id in a group, else the sender's own id (origin-id, or the id attribute). 0 when
    // none, -1 on a database error. On the database thread.
    static qint64 find(Connection &c, qint64 chatId, const QString &ref);
};

} // namespace Natter
