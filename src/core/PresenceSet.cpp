#include "PresenceSet.h"

#include <tuple>

namespace Natter {

namespace {
// Not idle ranks above any idle time; a later idle time ranks above an earlier one.
auto rank(const ResourcePresence &p)
{
    return std::make_tuple(int(p.availability), p.priority, p.idleSinceMs == 0, p.idleSinceMs);
}
} // namespace

void PresenceSet::update(const QString &resource, const ResourcePresence &presence)
{
    if (presence.availability == Availability::Offline)
        m_resources.remove(resource);
    else if (m_resources.size() < MaxResources || m_resources.contains(resource))
        m_resources.insert(resource, presence);
}

ResourcePresence PresenceSet::best() const
{
    ResourcePresence result;
    bool found = false;
    for (const ResourcePresence &candidate : m_resources) {
        if (!found || rank(candidate) > rank(result))
            result = candidate;
        found = true;
    }
    return result;
}

} // namespace Natter
