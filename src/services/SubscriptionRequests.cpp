#include "SubscriptionRequests.h"

#include "Nickname.h"

namespace Natter {

bool SubscriptionRequests::add(const QString &jid, const QString &nick)
{
    if (m_nicks.contains(jid))
        return false;
    if (m_jids.size() >= MaxPending)
        m_nicks.remove(m_jids.takeFirst());
    m_jids.append(jid);
    m_nicks.insert(jid, Nickname::sanitized(nick));
    Q_EMIT changed();
    return true;
}

void SubscriptionRequests::remove(const QString &jid)
{
    if (m_nicks.remove(jid)) {
        m_jids.removeOne(jid);
        Q_EMIT changed();
    }
}

} // namespace Natter
