#include "DatabaseFile.h"

#include "StorageLog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Natter {

bool DatabaseFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool DatabaseFile::looksLikeSqlite() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

QString DatabaseFile::moveAside() const
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        qCWarning(lcStorage) << "cannot move the damaged history aside to" << target;
        return {};
    }
    // The journal belongs to the damaged file; replaying it into a fresh one would do harm.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    return target;
}

} // namespace Natter
