#include "ContactStore.h"

#include "Database.h"

#include <sqlite3.h>

namespace Natter {

ContactStore::ContactStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<bool> ContactStore::saveContacts(qint64 accountId, const QList<Contact> &contacts)
{
    return m_db.run([accountId, contacts](Connection &c) {
        if (!c.begin())
            return false;
        for (const Contact &contact : contacts) {
            Statement s = c.prepare(
                "INSERT INTO contacts (account_id, jid, name, subscription) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (account_id, jid) DO UPDATE SET name = excluded.name, "
                "subscription = excluded.subscription");
            s.bind(1, accountId).bind(2, contact.jid).bind(3, contact.name);
            s.bind(4, int(contact.subscription));
            if (c.check(s.step()) != SQLITE_DONE) {
                c.rollback();
                return false;
            }
        }
        return c.commit();
    });
}

QFuture<QList<Contact>> ContactStore::contacts(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("SELECT id, account_id, jid, name, subscription FROM contacts "
                                "WHERE account_id = ? ORDER BY jid");
        s.bind(1, accountId);
        QList<Contact> list;
        while (s.step() == SQLITE_ROW)
            list.append({ s.int64(0), s.int64(1), s.text(2), s.text(3), Subscription(s.int32(4)) });
        return list;
    });
}

QFuture<bool> ContactStore::removeContact(qint64 accountId, const QString &jid)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("DELETE FROM contacts WHERE account_id = ? AND jid = ?");
        s.bind(1, accountId).bind(2, jid);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

} // namespace Natter
