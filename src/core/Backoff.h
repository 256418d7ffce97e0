#pragma once

namespace Natter {

// Exponential backoff with jitter: the n-th delay is base·2ⁿ capped at cap, then scaled into
// [½, 1] of itself by a random factor, so many clients cut off together do not return together.
class Backoff
{
public:
    constexpr explicit Backoff(int baseMs = 1000, int capMs = 60000)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
    { }

    // random01 is a uniform value in [0, 1); passing it in keeps this class deterministic.
    int nextDelayMs(double random01);
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempts = 0;
};

} // namespace Natter
