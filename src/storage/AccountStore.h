#pragma once

#include "Account.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Database;

// The accounts of this profile.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStore(Database &database, QObject *parent = nullptr);

    // Adds the account, or updates it when its JID is already here; resolves with its id.
    QFuture<qint64> saveAccount(const Account &account);
    QFuture<QList<Account>> accounts();
    // Removes the account with its contacts, chats and messages.
    QFuture<bool> removeAccount(qint64 accountId);

private:
    Database &m_db;
};

} // namespace Natter
