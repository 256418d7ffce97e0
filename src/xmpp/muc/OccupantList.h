#pragma once

#include "MucTypes.h"

#include <QHash>
#include <QList>

namespace Natter {

// The occupants of one room, keyed by nickname, from the room's presence. Bounded: a presence
// flood from a huge public channel costs at most MaxOccupants entries, and each update is O(1).
class OccupantList
{
public:
    // Far above any group a person reads (WhatsApp caps groups at 1,024); beyond it only the
    // count grows, so a channel of strangers cannot make the list unbounded.
    static constexpr int MaxOccupants = 5000;

    // Adds or replaces the occupant with this nickname; false when the list is full.
    bool update(const Occupant &occupant);
    void remove(const QString &nick);
    // A nick change (status 303): the occupant keeps everything but the nickname.
    void rename(const QString &from, const QString &to);
    void clear();

    bool contains(const QString &nick) const { return m_byNick.contains(nick); }
    Occupant occupant(const QString &nick) const { return m_byNick.value(nick); }
    int size() const { return int(m_byNick.size()); }
    // Occupants that did not fit; they are counted but not listed.
    int overflow() const { return m_overflow; }
    QList<Occupant> occupants() const { return m_byNick.values(); }

private:
    QHash<QString, Occupant> m_byNick;
    int m_overflow = 0;
};

} // namespace Natter
