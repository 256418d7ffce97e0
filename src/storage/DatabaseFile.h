#pragma once

#include <QString>

namespace Natter {

// The history file on disk, before SQLite touches it: is it ours, and moving it aside when not.
class DatabaseFile
{
public:
    explicit DatabaseFile(const QString &path)
        : m_path(path)
    { }

    bool exists() const;
    // An empty file counts as SQLite: SQLite writes the header on first use.
    bool looksLikeSqlite() const;
    // Renames the file (and its -wal and -shm companions) to <name>.corrupt-<timestamp>, never
    // overwriting anything. Returns the new path, or an empty string when it failed.
    QString moveAside() const;

private:
    QString m_path;
};

} // namespace Natter
