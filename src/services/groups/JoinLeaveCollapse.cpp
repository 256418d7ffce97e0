#include "JoinLeaveCollapse.h"

namespace Natter {

void JoinLeaveCollapse::open(qint64 nowMs)
{
    m_line = {};
    m_line.type = SystemEvent::Type::Presence;
    m_openedAt = nowMs;
    m_open = true;
}

} // namespace Natter
