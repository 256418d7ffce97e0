#pragma once

#include "Availability.h"

#include <QHash>
#include <QString>

namespace Natter {

// What one resource of a contact last said in its presence.
struct ResourcePresence
{
    Availability availability = Availability::Offline;
    int priority = 0;
    QString statusText;
    // XEP-0319: when the person last used this resource, ms since the epoch; 0 when not idle.
    qint64 idleSinceMs = 0;
};

// The live resources of one contact and the one to show: the most reachable, then the highest
// priority, then the least idle. Plain values, so the choice is tested without a server.
class PresenceSet
{
public:
    // Records or (for Offline) forgets one resource. A new resource past MaxResources is ignored.
    void update(const QString &resource, const ResourcePresence &presence);
    void clear() { m_resources.clear(); }

    bool isOnline() const { return !m_resources.isEmpty(); }
    ResourcePresence best() const;
    int resourceCount() const { return int(m_resources.size()); }

    // A remote server names resources freely; real accounts have a handful of devices.
    static constexpr qsizetype MaxResources = 32;

private:
    QHash<QString, ResourcePresence> m_resources;
};

} // namespace Natter
