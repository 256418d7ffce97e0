#include "CachedFiles.h"

#include "ServiceLogging.h"

#include <QFile>
#include <QFileInfo>

namespace Natter::CachedFiles {

void remove(const QString &cacheDir, const QStringList &files)
{
    const QString cache = QFileInfo(cacheDir).canonicalFilePath();
    for (const QString &file : files) {
        const QString path = QFileInfo(file).canonicalFilePath();
        if (!cache.isEmpty() && path.startsWith(cache + u'/') && !QFile::remove(path))
            qCInfo(lcServices) << "a deleted message's file could not be removed";
    }
}

} // namespace Natter::CachedFiles
