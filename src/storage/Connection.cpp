#include "Connection.h"

#include "StorageLog.h"

#include <mutex>
#include <sqlite3.h>

namespace Natter {

Connection::~Connection()
{
    close();
}

int Connection::open(const QString &path)
{
    close();
    // Memory statistics take a global mutex on every allocation; nothing here reads them. It
    // only works before SQLite initializes, so the first connection sets it.
    static std::once_flag configured;
    std::call_once(configured, []() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError = rc;
        m_lastMessage = QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return rc;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (a second instance or the sqlite3 tool) may hold a lock for a moment.
    sqlite3_busy_timeout(m_db, 2000);
    return rc;
}

void Connection::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    for (sqlite3_stmt *stmt : std::as_const(m_uncached))
        sqlite3_finalize(stmt);
    m_uncached.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Statement Connection::prepare(const char *sql)
{
    if (sqlite3_stmt *cached = m_cache.value(sql))
        return Statement(cached);
    sqlite3_stmt *stmt = nullptr;
    if (check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr))
        != SQLITE_OK) {
        qCWarning(lcStorage) << "prepare failed:" << m_lastMessage << sql;
        return Statement(nullptr);
    }
    m_cache.insert(sql, stmt);
    return Statement(stmt);
}

Statement Connection::prepareOnce(const QByteArray &sql)
{
    // Finalized with the connection; run-time statements are rare (tests, search variants).
    sqlite3_stmt *stmt = nullptr;
    if (check(sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr))
        != SQLITE_OK) {
        qCWarning(lcStorage) << "prepare failed:" << m_lastMessage << sql;
        return Statement(nullptr);
    }
    m_uncached.append(stmt);
    return Statement(stmt);
}

int Connection::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_lastError = rc;
        m_lastMessage = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (m_errorHandler)
            m_errorHandler(rc, m_lastMessage);
    }
    return rc;
}

qint64 Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

int Connection::check(int code)
{
    if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return code;
    m_lastError = code;
    m_lastMessage
        = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    if (m_errorHandler)
        m_errorHandler(code, m_lastMessage);
    return code;
}

bool Connection::begin()
{
    return exec("BEGIN IMMEDIATE") == SQLITE_OK;
}

bool Connection::commit()
{
    if (exec("COMMIT") == SQLITE_OK)
        return true;
    rollback();
    return false;
}

void Connection::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace Natter
