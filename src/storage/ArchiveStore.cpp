#include "ArchiveStore.h"

#include "Database.h"
#include "IdCodec.h"

#include <sqlite3.h>

namespace Natter {

namespace {
// Live messages with a stanza-id move their chat to the top of the activity order, so the
// newest archived message is in one of the most recently active chats.
constexpr int RecentChatsToScan = 50;
} // namespace

ArchiveStore::ArchiveStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<ArchiveStore::Cursor> ArchiveStore::newestArchived(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement chats = c.prepare("SELECT id FROM chats WHERE account_id = ? "
                                    "ORDER BY last_timestamp DESC LIMIT ?");
        chats.bind(1, accountId).bind(2, RecentChatsToScan);
        Cursor newest;
        while (chats.step() == SQLITE_ROW) {
            Statement s = c.prepare("SELECT stanza_id, timestamp FROM messages "
                                    "WHERE chat_id = ? AND stanza_id IS NOT NULL "
                                    "ORDER BY timestamp DESC LIMIT 1");
            s.bind(1, chats.int64(0));
            if (s.step() == SQLITE_ROW && s.int64(1) > newest.timestamp)
                newest = { IdCodec::read(s, 0), s.int64(1) };
        }
        return newest;
    });
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
