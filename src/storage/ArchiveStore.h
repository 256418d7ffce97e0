#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace Natter {

class Connection;
class Database;

// Where catching up with the server's archive resumes for one account: the last archive id
// received from the archive itself or stamped by our server on a live message. Never taken from
// message timestamps, which a sender can steer.
struct CatchUpPoint
{
    qint64 accountId = 0;
    QString archiveId; // empty: nothing from the archive yet (a new machine)
    qint64 archivedAt = 0; // the server's time of that message (ms), for a time-based restart
    bool isNull() const { return accountId == 0 || archiveId.isEmpty(); }
};

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

    // Catching up starts after this point.
    QFuture<CatchUpPoint> catchUpPoint(qint64 accountId);
    // Moves the point on its own; only for messages already stored (see MessageStore for the
    // same move inside the transaction that stores them).
    QFuture<bool> setCatchUpPoint(const CatchUpPoint &point);
    // The oldest archived message of one chat: paging back into the archive starts before it.
    QFuture<Cursor> oldestArchived(qint64 chatId);

    // Writes point inside the caller's transaction; false when SQLite failed.
    static bool writeCatchUpPoint(Connection &connection, const CatchUpPoint &point);

private:
    Database &m_db;
};

} // namespace Natter
