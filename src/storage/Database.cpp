#include "Database.h"

#include "DatabaseFile.h"
#include "Migrations.h"
#include "StorageLog.h"

#include <QThread>
#include <QTimer>

#include <sqlite3.h>

namespace Natter {

Database::Database(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_connection(std::make_unique<Connection>())
{
    m_thread->setObjectName(QStringLiteral("natter-db"));
    m_context->moveToThread(m_thread);
    m_connection->setErrorHandler(
        [this](int code, const QString &message) { handleSqliteError(code, message); });
    m_thread->start();
}

Database::~Database()
{
    // Wait for the queued work and the close: quitting the thread first would drop them and
    // leave the file open, with another process (the next start) waiting on its locks.
    close().waitForFinished();
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

QFuture<Database::OpenResult> Database::open(const QString &path)
{
    m_path = path;
    return run([this, path](Connection &) { return openOnThread(path); });
}

QFuture<void> Database::close()
{
    return run([](Connection &connection) {
        if (connection.isOpen())
            connection.exec("PRAGMA optimize");
        connection.close();
    });
}

void Database::post(std::function<void(Connection &)> task)
{
    QMetaObject::invokeMethod(
        m_context, [this, task = std::move(task)]() { task(*m_connection); }, Qt::QueuedConnection);
}

void Database::postDelayed(int delayMs, std::function<void(Connection &)> task)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, delayMs, task = std::move(task)]() {
            QTimer::singleShot(delayMs, m_context, [this, task]() { task(*m_connection); });
        },
        Qt::QueuedConnection);
}

bool Database::isDatabaseThread() const
{
    return QThread::currentThread() == m_thread;
}

Database::OpenResult Database::openOnThread(const QString &path)
{
    OpenResult result;
    Connection &c = *m_connection;
    const DatabaseFile file(path);
    const bool existed = file.exists();
    if (existed && !file.looksLikeSqlite()) {
        result.movedAsidePath = file.moveAside();
        if (result.movedAsidePath.isEmpty()) {
            result.error
                = tr("The history file %1 is damaged and could not be moved aside.").arg(path);
            return result;
        }
    }
    if (c.open(path) != SQLITE_OK) {
        result.error = tr("Cannot open the history file %1: %2").arg(path, c.errorMessage());
        return result;
    }
    int version = Migrations::schemaVersion(c);
    if (version < 0 && result.movedAsidePath.isEmpty()) {
        // The header looked right but the content is not readable: treat it as corrupt too.
        c.close();
        result.movedAsidePath = file.moveAside();
        if (result.movedAsidePath.isEmpty() || c.open(path) != SQLITE_OK) {
            result.error
                = tr("The history file %1 is damaged and could not be replaced.").arg(path);
            return result;
        }
        version = Migrations::schemaVersion(c);
    }
    if (version > Migrations::LatestVersion) {
        c.close();
        result.status = OpenStatus::TooNew;
        result.schemaVersion = version;
        result.error = tr("This history was written by a newer version of Natter (schema %1; "
                          "this version understands up to %2). Update Natter to open it.")
                           .arg(version)
                           .arg(Migrations::LatestVersion);
        return result;
    }
    c.exec("PRAGMA journal_mode=WAL");
    // FULL: a commit is on disk before it returns. Natter acknowledges a message to the server
    // (and sends its receipt) once it is committed, and the server then forgets it; with NORMAL a
    // power cut could still take the last commits, and with them messages no one resends.
    // Incoming messages are committed in batches, so the cost is one WAL fsync per batch.
    c.exec("PRAGMA synchronous=FULL");
    c.exec("PRAGMA foreign_keys=ON");
    c.exec("PRAGMA cache_size=-32768");
    c.exec("PRAGMA temp_store=MEMORY");
    // Fewer, larger checkpoints: each one waits for the disk (fsync), bursts should not.
    c.exec("PRAGMA wal_autocheckpoint=16384");
    // No memory-mapped reads: the kernel maps 64 KB around each page SQLite touches, so the
    // start-up queries (about 1 MB of pages) showed as 17 MB resident. Reads go through the page
    // cache above, which holds only the pages used.
    c.exec("PRAGMA mmap_size=0");
    QString error;
    if (!Migrations::migrate(c, Migrations::LatestVersion, &error)) {
        c.close();
        result.error = tr("Cannot update the history file %1: %2").arg(path, error);
        return result;
    }
    result.schemaVersion = Migrations::LatestVersion;
    if (!result.movedAsidePath.isEmpty()) {
        result.status = OpenStatus::RecoveredFromCorruption;
        result.error = tr("The history file was damaged. It was moved to %1 and a new, empty "
                          "history was started.")
                           .arg(result.movedAsidePath);
        qCWarning(lcStorage) << "history was unreadable; moved to" << result.movedAsidePath;
    } else {
        result.status = (existed && version > 0) ? OpenStatus::Opened : OpenStatus::Created;
    }
    return result;
}

void Database::handleSqliteError(int code, const QString &message)
{
    Error error = Error::Other;
    switch (code & 0xff) {
    case SQLITE_FULL:
        error = Error::DiskFull;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error = Error::Corrupt;
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        error = Error::Io;
        break;
    case SQLITE_CONSTRAINT:
        // Constraint failures are answers to a question the code asked; not worth a report.
        return;
    default:
        break;
    }
    qCWarning(lcStorage) << "SQLite error" << code << message;
    Q_EMIT errorOccurred(error, message);
}

} // namespace Natter
