#include "SubscriptionRequests.h"

#include "Nickname.h"

namespace Natter {

bool SubscriptionRequests::add(const QString &jid, const QString &nick)
{
    if (m_jids.contains(jid))
        return false;
    m_jids.append(jid);
    m_nicks.insert(jid, Nickname::sanitized(nick));
    Q_EMIT changed();
    return true;
}

void SubscriptionRequests::remove(const QString &jid)
{
    m_nicks.remove(jid);
    if (m_jids.removeAll(jid) > 0)
        Q_EMIT changed();
}

} // namespace Natter
