#include "MessageRefs.h"

#include "Connection.h"
#include "IdCodec.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

// Temporary stand-in for the lead's MessageRefs (same semantics); replaced by main's at merge.
qint64 MessageRefs::find(Connection &c, qint64 chatId, const QString &ref)
{
    if (ref.isEmpty())
        return 0;
    Statement kind = c.prepare("SELECT kind FROM chats WHERE id = ?");
    kind.bind(1, chatId);
    const bool group = kind.step() == SQLITE_ROW && kind.int32(0) == 1;
    Statement s = c.prepare(group
            ? "SELECT id FROM messages WHERE chat_id = ?1 AND stanza_id = ?2 AND kind = 0 "
              "AND corrects_id IS NULL"
            : "SELECT id FROM messages WHERE chat_id = ?1 AND corrects_id IS NULL AND kind = 0 "
              "AND (origin_id = ?2 OR (origin_id IS NULL AND message_id = ?2))");
    s.bind(1, chatId);
    IdCodec::bind(s, 2, ref);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return s.int64(0);
    return c.check(rc) == SQLITE_DONE ? 0 : -1;
}

} // namespace Natter
