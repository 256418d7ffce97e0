#include "Backoff.h"

#include <algorithm>

namespace Natter {

int Backoff::nextDelayMs(double random01)
{
    // Doubling stops once the cap is reached, so the shift never overflows.
    long long ceiling = m_baseMs;
    for (int i = 0; i < m_attempts && ceiling < m_capMs; ++i)
        ceiling *= 2;
    ceiling = std::min<long long>(ceiling, m_capMs);
    ++m_attempts;
    const double factor = 0.5 + 0.5 * std::clamp(random01, 0.0, 1.0);
    return static_cast<int>(static_cast<double>(ceiling) * factor);
}

} // namespace Natter
