#include "ArchiveStore.h"

#include "Database.h"
#include "IdCodec.h"

#include <sqlite3.h>

namespace Natter {

ArchiveStore::ArchiveStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<CatchUpPoint> ArchiveStore::catchUpPoint(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("SELECT archive_id, archived_at FROM catch_up_points "
                                "WHERE account_id = ?");
        s.bind(1, accountId);
        CatchUpPoint point;
        if (s.step() == SQLITE_ROW)
            point = { accountId, IdCodec::read(s, 0), s.int64(1) };
        return point;
    });
}

QFuture<bool> ArchiveStore::setCatchUpPoint(const CatchUpPoint &point)
{
    return m_db.run([point](Connection &c) { return writeCatchUpPoint(c, point); });
}

bool ArchiveStore::writeCatchUpPoint(Connection &c, const CatchUpPoint &point)
{
    if (point.isNull())
        return true;
    Statement s = c.prepare("INSERT INTO catch_up_points (account_id, archive_id, archived_at) "
                            "VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET "
                            "archive_id = excluded.archive_id, archived_at = excluded.archived_at");
    s.bind(1, point.accountId);
    IdCodec::bind(s, 2, point.archiveId);
    s.bind(3, point.archivedAt);
    return c.check(s.step()) == SQLITE_DONE;
}

QFuture<ArchiveStore::Cursor> ArchiveStore::oldestArchived(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare("SELECT stanza_id, timestamp FROM messages "
                                "WHERE chat_id = ? AND stanza_id IS NOT NULL "
                                "ORDER BY timestamp ASC LIMIT 1");
        s.bind(1, chatId);
        Cursor oldest;
        if (s.step() == SQLITE_ROW)
            oldest = { IdCodec::read(s, 0), s.int64(1) };
        return oldest;
    });
}

} // namespace Natter
