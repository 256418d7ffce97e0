#pragma once

#include <QString>
#include <QStringList>

namespace Natter::CachedFiles {

// Deletes the files of deleted messages, but only those inside cacheDir (what we downloaded or
// prepared ourselves): never a file elsewhere on the disk that a row happens to name.
void remove(const QString &cacheDir, const QStringList &files);

} // namespace Natter::CachedFiles
