#include "RequestStore.h"

#include "Database.h"

#include <sqlite3.h>

namespace Natter {

RequestStore::RequestStore(Database &database)
    : m_db(database)
{ }

QFuture<QHash<qint64, QString>> RequestStore::open(qint64 accountId, const QStringList &peers)
{
    return m_db.run([accountId, peers](Connection &c) {
        QHash<qint64, QString> opened;
        if (!c.begin())
            return opened;
        for (const QString &peer : peers) {
            Statement s
                = c.prepare("INSERT INTO chats (account_id, peer, request) VALUES (?, ?, 1) "
                            "ON CONFLICT (account_id, peer) DO NOTHING");
            s.bind(1, accountId).bind(2, peer);
            if (c.check(s.step()) != SQLITE_DONE) {
                c.rollback();
                return QHash<qint64, QString>();
            }
            if (c.changes() > 0)
                opened.insert(c.lastInsertId(), peer);
        }
        if (!c.commit()) {
            c.rollback();
            return QHash<qint64, QString>();
        }
        return opened;
    });
}

QFuture<QHash<qint64, QString>> RequestStore::requests(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("SELECT id, peer FROM chats WHERE account_id = ? AND request = 1");
        s.bind(1, accountId);
        QHash<qint64, QString> chats;
        while (s.step() == SQLITE_ROW)
            chats.insert(s.int64(0), s.text(1));
        return chats;
    });
}

QFuture<bool> RequestStore::accept(qint64 accountId, const QString &peer)
{
    return m_db.run([accountId, peer](Connection &c) {
        Statement s = c.prepare(
            "UPDATE chats SET request = 0 WHERE account_id = ? AND peer = ? AND request = 1");
        s.bind(1, accountId).bind(2, peer);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

} // namespace Natter
