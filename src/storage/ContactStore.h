#pragma once

#include "Contact.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Database;

// The roster of each account, as the server last sent it.
class ContactStore : public QObject
{
    Q_OBJECT
public:
    explicit ContactStore(Database &database, QObject *parent = nullptr);

    // Adds or updates contacts (a roster push or the full roster), in one transaction.
    QFuture<bool> saveContacts(qint64 accountId, const QList<Contact> &contacts);
    QFuture<QList<Contact>> contacts(qint64 accountId);
    QFuture<bool> removeContact(qint64 accountId, const QString &jid);

private:
    Database &m_db;
};

} // namespace Natter
