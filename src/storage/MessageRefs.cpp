#include "MessageRefs.h"

#include "Connection.h"
#include "IdCodec.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

namespace {
// STAND-IN: a bounded scan of the chat's newest messages.
constexpr int Reach = 5000;
} // namespace

qint64 MessageRefs::find(Connection &c, qint64 chatId, const QString &ref)
{
    if (ref.isEmpty())
        return 0;
    Statement kind = c.prepare("SELECT kind FROM chats WHERE id = ?");
    kind.bind(1, chatId);
    if (kind.step() != SQLITE_ROW)
        return 0;
    const bool group = kind.int64(0) != 0;
    Statement s = c.prepare("SELECT id, stanza_id, origin_id, message_id FROM messages "
                            "WHERE chat_id = ? AND kind = 0 AND corrects_id IS NULL "
                            "ORDER BY timestamp DESC, id DESC LIMIT ?");
    s.bind(1, chatId).bind(2, Reach);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (group) {
            if (IdCodec::read(s, 1) == ref)
                return s.int64(0);
            continue;
        }
        const QString origin = IdCodec::read(s, 2);
        const QString id = s.isNull(3) ? origin : IdCodec::read(s, 3);
        if ((!origin.isEmpty() && origin == ref) || id == ref)
            return s.int64(0);
    }
    return rc == SQLITE_DONE ? 0 : -1;
}

} // namespace Natter
