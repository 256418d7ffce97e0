#include "MapLinks.h"

#include "GeoUri.h"

#include <QFile>
#include <QStandardPaths>

namespace Natter::MapLinks {

namespace {
const QByteArray GeoScheme = "x-scheme-handler/geo";
// mimeapps.list and mimeinfo.cache are a few kilobytes; a huge one is not read to the end.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

enum class Verdict { Unknown, Handled, Removed };

// What one file says about geo:, by its groups: "Default Applications" and "Added
// Associations" (mimeapps.list) or "MIME Cache" name handlers; "Removed Associations" takes
// them back.
Verdict verdictOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return Verdict::Unknown;
    Verdict verdict = Verdict::Unknown;
    QByteArray group;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            group = line;
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals < 0 || line.left(equals).trimmed() != GeoScheme)
            continue;
        const bool named = !line.mid(equals + 1).trimmed().isEmpty();
        if (group == "[Removed Associations]")
            verdict = named ? Verdict::Removed : verdict;
        else if (named && verdict == Verdict::Unknown)
            verdict = Verdict::Handled;
    }
    return verdict;
}
} // namespace

bool hasGeoHandler(const QStringList &configDirs, const QStringList &dataDirs)
{
    QStringList files;
    for (const QString &dir : configDirs)
        files << dir + QStringLiteral("/mimeapps.list");
    for (const QString &dir : dataDirs) {
        files << dir + QStringLiteral("/applications/mimeapps.list")
              << dir + QStringLiteral("/applications/mimeinfo.cache");
    }
    for (const QString &path : std::as_const(files)) {
        const Verdict verdict = verdictOf(path);
        if (verdict != Verdict::Unknown)
            return verdict == Verdict::Handled;
    }
    return false;
}

bool hasGeoHandler()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return hasGeoHandler(QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation),
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation));
#else
    return false;
#endif
}

QString target(const GeoUri &location, bool geoHandler)
{
    return geoHandler ? location.toString() : location.webMapLink();
}

} // namespace Natter::MapLinks
