#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace Natter {

// A cached prepared statement in use. Resets itself when it goes out of scope, so the next
// user of the same cached statement starts clean. Parameters are numbered from 1.
class Statement
{
public:
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    { }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &text); // always text, '' for a null QString
    Statement &bindOrNull(int index, const QString &text); // an empty string binds NULL
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindText(int index, const QByteArray &utf8); // text, given as UTF-8 bytes
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value); // 0 binds NULL

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Runs to completion; returns SQLITE_DONE or the error code.
    int exec();
    // Ready to run again with new bindings, within one use.
    void reset();

    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int type(int column) const; // SQLITE_INTEGER, SQLITE_TEXT, ...

private:
    sqlite3_stmt *m_stmt;
};

} // namespace Natter
