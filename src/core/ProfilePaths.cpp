#include "ProfilePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Natter {

ProfilePaths::ProfilePaths(const QString &dir)
    : m_root(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                           : QFileInfo(dir).absoluteFilePath())
{ }

QString ProfilePaths::database() const
{
    return m_root + QStringLiteral("/natter.sqlite");
}

QString ProfilePaths::settings() const
{
    return m_root + QStringLiteral("/settings.ini");
}

QString ProfilePaths::mediaCache() const
{
    return m_root + QStringLiteral("/media");
}

QString ProfilePaths::lockFile() const
{
    return m_root + QStringLiteral("/natter.lock");
}

bool ProfilePaths::ensureExists(QString *error) const
{
    if (QDir().mkpath(m_root) && QDir().mkpath(mediaCache()))
        return true;
    if (error)
        *error = QCoreApplication::translate("ProfilePaths", "Cannot create the profile folder %1.")
                     .arg(QDir::toNativeSeparators(m_root));
    return false;
}

} // namespace Natter
