#include "AccountStore.h"

#include "Database.h"

#include <sqlite3.h>

namespace Natter {

AccountStore::AccountStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<qint64> AccountStore::saveAccount(const Account &account)
{
    return m_db.run([account](Connection &c) -> qint64 {
        Statement s
            = c.prepare("INSERT INTO accounts (jid, display_name, enabled) VALUES (?, ?, ?) "
                        "ON CONFLICT (jid) DO UPDATE SET display_name = excluded.display_name, "
                        "enabled = excluded.enabled RETURNING id");
        s.bind(1, account.jid).bind(2, account.displayName).bind(3, account.enabled);
        if (c.check(s.step()) != SQLITE_ROW)
            return 0;
        const qint64 id = s.int64(0);
        s.step();
        return id;
    });
}

QFuture<QList<Account>> AccountStore::accounts()
{
    return m_db.run([](Connection &c) {
        Statement s = c.prepare("SELECT id, jid, display_name, enabled FROM accounts ORDER BY id");
        QList<Account> list;
        while (s.step() == SQLITE_ROW)
            list.append({ s.int64(0), s.text(1), s.text(2), s.int32(3) != 0 });
        return list;
    });
}

QFuture<bool> AccountStore::removeAccount(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("DELETE FROM accounts WHERE id = ?");
        s.bind(1, accountId);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

} // namespace Natter
