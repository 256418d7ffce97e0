#pragma once

#include "SystemEvent.h"

#include <QtGlobal>

namespace Natter {

// The joins and leaves of a channel, collapsed into one timeline line per window of time
// ("Dave, Erin and 12 others joined, 3 left"), so a busy or flooded channel writes one row a
// window instead of one per presence.
class JoinLeaveCollapse
{
public:
    // One line covers this long; the next join or leave after it starts a new line.
    static constexpr qint64 WindowMs = qint64 { 60 } * 1000;

    // Whether a join or leave at nowMs belongs to the open line.
    bool fits(qint64 nowMs) const
    {
        return m_open && nowMs >= m_openedAt && nowMs - m_openedAt < WindowMs;
    }
    // Starts a new, empty line at nowMs.
    void open(qint64 nowMs);
    void add(const QString &nick, bool joins) { m_line.addPresence(nick, joins); }

    bool isOpen() const { return m_open; }
    qint64 openedAt() const { return m_openedAt; }
    const SystemEvent &line() const { return m_line; }

private:
    SystemEvent m_line;
    qint64 m_openedAt = 0;
    bool m_open = false;
};

} // namespace Natter
