#pragma once

#include "Statement.h"

#include <QHash>
#include <QString>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace Natter {

// One SQLite connection with its prepared statements cached. Used only on the database thread.
class Connection
{
public:
    // Called for every failed statement, so the owner can report disk-full or corruption once.
    using ErrorHandler = std::function<void(int code, const QString &message)>;

    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens or creates the file; returns the SQLite result code.
    int open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    void setErrorHandler(ErrorHandler handler) { m_errorHandler = std::move(handler); }

    // sql must be a string literal: the cache is keyed by its address.
    Statement prepare(const char *sql);
    // Uncached, for statements built at run time.
    Statement prepareOnce(const QByteArray &sql);
    // Runs one or more statements without results; returns the SQLite result code.
    int exec(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    int errorCode() const { return m_lastError; }
    QString errorMessage() const { return m_lastMessage; }
    void clearError()
    {
        m_lastError = 0;
        m_lastMessage.clear();
    }

    // Returns the result code and reports failures through the error handler.
    int check(int code);

    // Transactions; commit() rolls back by itself when it fails.
    bool begin();
    bool commit();
    void rollback();

private:
    sqlite3 *m_db = nullptr;
    QHash<const char *, sqlite3_stmt *> m_cache;
    QList<sqlite3_stmt *> m_uncached;
    ErrorHandler m_errorHandler;
    int m_lastError = 0;
    QString m_lastMessage;
};

} // namespace Natter
