#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace Natter {

class Database;

// Where local history meets the server's archive (MAM): which archive ids the store already
// holds, so catching up asks only for what is missing.
class ArchiveStore : public QObject
{
    Q_OBJECT

public:
    struct Cursor
    {
        QString stanzaId; // empty when the store holds nothing from the archive yet
        qint64 timestamp = 0;
    };

    explicit ArchiveStore(Database &database, QObject *parent = nullptr);

    // The newest archived message of the account: catching up starts after it.
    QFuture<Cursor> newestArchived(qint64 accountId);
    // The oldest archived message of one chat: paging back into the archive starts before it.
    QFuture<Cursor> oldestArchived(qint64 chatId);

private:
    Database &m_db;
};

} // namespace Natter
