#pragma once

#include "Contact.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Natter {

class Database;

// The roster of each account as the server last sent it, with what we learned about each
// person (last seen, avatar, nick), the account's block list and its roster version.
class ContactStore : public QObject
{
    Q_OBJECT
public:
    explicit ContactStore(Database &database, QObject *parent = nullptr);

    // Adds or updates contacts (a roster push or the full roster), in one transaction. Only the
    // roster fields are written; last seen, avatar and nick keep their values.
    QFuture<bool> saveContacts(qint64 accountId, const QList<Contact> &contacts);
    // Applies a roster result or push and records its version, in one transaction. replaceAll
    // drops every contact not in changed (a full roster, not a push).
    QFuture<bool> saveRoster(qint64 accountId, const QList<Contact> &changed,
        const QStringList &removed, bool replaceAll, const QString &version);
    QFuture<QList<Contact>> contacts(qint64 accountId);
    // The version of the stored roster (RFC 6121 §2.6); empty when none is stored.
    QFuture<QString> rosterVersion(qint64 accountId);

    QFuture<bool> setLastSeen(qint64 accountId, const QString &jid, qint64 lastSeenMs);
    QFuture<bool> setAvatarHash(qint64 accountId, const QString &jid, const QString &hash);
    // nick is stored as the text it is; the caller has sanitised it.
    QFuture<bool> setNick(qint64 accountId, const QString &jid, const QString &nick);

    QFuture<QStringList> blockedJids(qint64 accountId);
    // Replaces the stored block list with jids.
    QFuture<bool> saveBlockedJids(qint64 accountId, const QStringList &jids);

private:
    Database &m_db;
};

} // namespace Natter
