#include "OccupantList.h"

namespace Natter {

bool OccupantList::update(const Occupant &occupant)
{
    const auto it = m_byNick.find(occupant.nick);
    if (it != m_byNick.end()) {
        *it = occupant;
        return true;
    }
    if (m_byNick.size() >= MaxOccupants) {
        ++m_overflow;
        return false;
    }
    m_byNick.insert(occupant.nick, occupant);
    return true;
}

void OccupantList::remove(const QString &nick)
{
    if (m_byNick.remove(nick) == 0 && m_overflow > 0)
        --m_overflow;
}

void OccupantList::rename(const QString &from, const QString &to)
{
    auto it = m_byNick.find(from);
    if (it == m_byNick.end())
        return;
    Occupant moved = *it;
    m_byNick.erase(it);
    moved.nick = to;
    update(moved);
}

void OccupantList::clear()
{
    m_byNick.clear();
    m_overflow = 0;
}

} // namespace Natter
