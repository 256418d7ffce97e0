#include "MessageTime.h"

#include <algorithm>

namespace Natter {

qint64 MessageTime::live(qint64 claimedMs, qint64 receivedMs, qint64 offlineSinceMs)
{
    if (claimedMs <= 0 || claimedMs >= receivedMs)
        return receivedMs;
    qint64 earliest = receivedMs - MaxWaitMs;
    if (offlineSinceMs > 0)
        earliest = std::max(earliest, std::min(offlineSinceMs, receivedMs) - ClockSkewMs);
    return std::max(claimedMs, earliest);
}

} // namespace Natter
