#include "ContactStore.h"

#include "Database.h"

#include <QSet>

#include <sqlite3.h>

namespace Natter {

namespace {
// Groups are stored as one text; a newline cannot occur in a group name that matters.
QString joinGroups(const QStringList &groups)
{
    return groups.join(u'\n');
}

bool upsert(Connection &c, qint64 accountId, const Contact &contact)
{
    Statement s = c.prepare(
        "INSERT INTO contacts (account_id, jid, name, subscription, pending_out, groups) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, jid) DO UPDATE SET "
        "name = excluded.name, subscription = excluded.subscription, "
        "pending_out = excluded.pending_out, groups = excluded.groups");
    s.bind(1, accountId).bind(2, contact.jid).bind(3, contact.name);
    s.bind(4, int(contact.subscription)).bind(5, contact.pendingOut);
    s.bind(6, joinGroups(contact.groups));
    return c.check(s.step()) == SQLITE_DONE;
}

bool removeOne(Connection &c, qint64 accountId, const QString &jid)
{
    Statement s = c.prepare("DELETE FROM contacts WHERE account_id = ? AND jid = ?");
    s.bind(1, accountId).bind(2, jid);
    return c.check(s.step()) == SQLITE_DONE;
}

bool setState(Connection &c, qint64 accountId, const char *key, const QString &value)
{
    Statement s = c.prepare("INSERT INTO account_state (account_id, key, value) VALUES (?, ?, ?) "
                            "ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value");
    s.bind(1, accountId).bind(2, QString::fromLatin1(key)).bind(3, value);
    return c.check(s.step()) == SQLITE_DONE;
}
} // namespace

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
            if (!upsert(c, accountId, contact)) {
                c.rollback();
                return false;
            }
        }
        return c.commit();
    });
}

QFuture<bool> ContactStore::saveRoster(qint64 accountId, const QList<Contact> &changed,
    const QStringList &removed, bool replaceAll, const QString &version)
{
    return m_db.run([=](Connection &c) {
        if (!c.begin())
            return false;
        bool ok = true;
        QSet<QString> kept;
        for (const Contact &contact : changed) {
            ok = ok && upsert(c, accountId, contact);
            kept.insert(contact.jid);
        }
        for (const QString &jid : removed)
            ok = ok && removeOne(c, accountId, jid);
        if (ok && replaceAll) {
            QStringList stale;
            {
                Statement s = c.prepare("SELECT jid FROM contacts WHERE account_id = ?");
                s.bind(1, accountId);
                while (s.step() == SQLITE_ROW)
                    if (!kept.contains(s.text(0)))
                        stale.append(s.text(0));
            }
            for (const QString &jid : std::as_const(stale))
                ok = ok && removeOne(c, accountId, jid);
        }
        ok = ok && setState(c, accountId, "roster_version", version);
        if (!ok) {
            c.rollback();
            return false;
        }
        return c.commit();
    });
}

QFuture<QList<Contact>> ContactStore::contacts(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("SELECT id, account_id, jid, name, subscription, pending_out, "
                                "groups, last_seen, avatar_hash, nick FROM contacts "
                                "WHERE account_id = ? ORDER BY jid");
        s.bind(1, accountId);
        QList<Contact> list;
        while (s.step() == SQLITE_ROW) {
            Contact contact { s.int64(0), s.int64(1), s.text(2), s.text(3),
                Subscription(s.int32(4)) };
            contact.pendingOut = s.int32(5) != 0;
            contact.groups = s.text(6).split(u'\n', Qt::SkipEmptyParts);
            contact.lastSeenMs = s.int64(7);
            contact.avatarHash = s.text(8);
            contact.nick = s.text(9);
            list.append(contact);
        }
        return list;
    });
}

QFuture<QString> ContactStore::rosterVersion(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare(
            "SELECT value FROM account_state WHERE account_id = ? AND key = 'roster_version'");
        s.bind(1, accountId);
        return s.step() == SQLITE_ROW ? s.text(0) : QString();
    });
}

QFuture<bool> ContactStore::setLastSeen(qint64 accountId, const QString &jid, qint64 lastSeenMs)
{
    return m_db.run([=](Connection &c) {
        // Only ever forward: a late, older answer must not undo a newer one.
        Statement s = c.prepare("UPDATE contacts SET last_seen = ? "
                                "WHERE account_id = ? AND jid = ? AND last_seen < ?");
        s.bind(1, lastSeenMs).bind(2, accountId).bind(3, jid).bind(4, lastSeenMs);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<bool> ContactStore::setAvatarHash(qint64 accountId, const QString &jid, const QString &hash)
{
    return m_db.run([=](Connection &c) {
        Statement s
            = c.prepare("UPDATE contacts SET avatar_hash = ? WHERE account_id = ? AND jid = ?");
        s.bind(1, hash).bind(2, accountId).bind(3, jid);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<bool> ContactStore::setNick(qint64 accountId, const QString &jid, const QString &nick)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("UPDATE contacts SET nick = ? WHERE account_id = ? AND jid = ?");
        s.bind(1, nick).bind(2, accountId).bind(3, jid);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<QStringList> ContactStore::blockedJids(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare("SELECT jid FROM blocked_jids WHERE account_id = ? ORDER BY jid");
        s.bind(1, accountId);
        QStringList jids;
        while (s.step() == SQLITE_ROW)
            jids.append(s.text(0));
        return jids;
    });
}

QFuture<bool> ContactStore::saveBlockedJids(qint64 accountId, const QStringList &jids)
{
    return m_db.run([accountId, jids](Connection &c) {
        if (!c.begin())
            return false;
        Statement clear = c.prepare("DELETE FROM blocked_jids WHERE account_id = ?");
        clear.bind(1, accountId);
        bool ok = c.check(clear.step()) == SQLITE_DONE;
        for (const QString &jid : jids) {
            Statement s = c.prepare("INSERT OR IGNORE INTO blocked_jids (account_id, jid) "
                                    "VALUES (?, ?)");
            s.bind(1, accountId).bind(2, jid);
            ok = ok && c.check(s.step()) == SQLITE_DONE;
        }
        if (!ok) {
            c.rollback();
            return false;
        }
        return c.commit();
    });
}

} // namespace Natter
