#include "MessageRefs.h"

#include "Connection.h"
#include "IdCodec.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

// TEMPORARY stand-in: a bounded scan of the chat's newest messages.
qint64 MessageRefs::find(Connection &c, qint64 chatId, const QString &ref)
{
    Statement kind = c.prepare("SELECT kind FROM chats WHERE id = ?");
    kind.bind(1, chatId);
    if (c.check(kind.step()) != SQLITE_ROW)
        return 0;
    const bool group = kind.int64(0) != 0;
    Statement s
        = c.prepare("SELECT id, stanza_id, origin_id, message_id FROM messages "
                    "WHERE chat_id = ? AND corrects_id IS NULL ORDER BY id DESC LIMIT 5000");
    s.bind(1, chatId);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (group ? IdCodec::read(s, 1) == ref
                  : (IdCodec::read(s, 2) == ref || IdCodec::read(s, 3) == ref))
            return s.int64(0);
    }
    return rc == SQLITE_DONE ? 0 : -1;
}

} // namespace Natter
