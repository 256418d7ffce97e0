#pragma once

#include <QString>
#include <QStringList>

namespace Natter {

class GeoUri;

// "Open in maps": a geo: link goes to the desktop's map application when it has one;
// otherwise the OpenStreetMap page opens in the browser, which every desktop has.
namespace MapLinks {

// Whether an application is registered for geo: links (x-scheme-handler/geo), per the XDG
// MIME applications spec: each config dir's and data dir's mimeapps.list, and each data dir's
// applications/mimeinfo.cache. Dirs are searched in order; the first one that says wins.
bool hasGeoHandler(const QStringList &configDirs, const QStringList &dataDirs);
// The same for this desktop's standard locations; false where XDG does not apply.
bool hasGeoHandler();

// What to open for location: its canonical geo: URI, or the web map when nothing handles geo:.
QString target(const GeoUri &location, bool geoHandler);

} // namespace MapLinks
} // namespace Natter
