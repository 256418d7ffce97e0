#include "SearchIndex.h"

#include "Connection.h"

#include <sqlite3.h>

namespace Natter {

bool SearchIndex::catchUp(Connection &c)
{
    qint64 indexedUpTo = 0;
    qint64 newest = 0;
    {
        Statement s = c.prepare("SELECT indexed_upto, coalesce((SELECT max(id) FROM messages), 0) "
                                "FROM search_state");
        if (c.check(s.step()) != SQLITE_ROW)
            return false;
        indexedUpTo = s.int64(0);
        newest = s.int64(1);
    }
    if (newest <= indexedUpTo)
        return true;
    const bool ownTransaction = sqlite3_get_autocommit(c.handle());
    if (ownTransaction && !c.begin())
        return false;
    if (!index(c, indexedUpTo, newest)) {
        if (ownTransaction)
            c.rollback();
        return false;
    }
    return !ownTransaction || c.commit();
}

bool SearchIndex::index(Connection &c, qint64 after, qint64 upTo)
{
    // One statement for the whole tail: FTS5 writes it as a single segment.
    Statement index = c.prepare("INSERT INTO message_search (rowid, body) SELECT id, body "
                                "FROM messages WHERE id > ?1 AND id <= ?2 AND corrects_id IS NULL");
    index.bind(1, after).bind(2, upTo);
    if (c.check(index.step()) != SQLITE_DONE)
        return false;
    Statement mark = c.prepare("UPDATE search_state SET indexed_upto = ?");
    mark.bind(1, upTo);
    return c.check(mark.step()) == SQLITE_DONE;
}

} // namespace Natter
