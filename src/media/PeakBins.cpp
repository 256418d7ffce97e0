#include "PeakBins.h"

#include <algorithm>

namespace Natter {

void PeakBins::add(float amplitude)
{
    m_current = std::max(m_current, std::clamp(amplitude, 0.0f, 1.0f));
    ++m_frames;
    if (++m_inCurrent < m_binFrames)
        return;
    m_bins.append(m_current);
    m_current = 0;
    m_inCurrent = 0;
    if (m_bins.size() < 2 * Capacity)
        return;
    for (int i = 0; i < Capacity; ++i)
        m_bins[i] = std::max(m_bins[2 * i], m_bins[2 * i + 1]);
    m_bins.resize(Capacity);
    m_binFrames *= 2;
}

QList<float> PeakBins::bars(int count) const
{
    QList<float> bins = m_bins;
    if (m_inCurrent > 0)
        bins.append(m_current);
    QList<float> out(count, 0.0f);
    if (bins.isEmpty() || count <= 0)
        return out;
    const qsizetype n = bins.size();
    for (int i = 0; i < count; ++i) {
        // Each bar takes the loudest bin of its share; a short file repeats bins instead.
        const qsizetype from = i * n / count;
        const qsizetype to = std::max(from + 1, (i + 1) * n / count);
        out[i] = *std::max_element(bins.cbegin() + from, bins.cbegin() + to);
    }
    const float loudest = *std::max_element(out.cbegin(), out.cend());
    // Below this the file is silence or hiss; scaling it up would draw noise as speech.
    constexpr float Audible = 0.01f;
    if (loudest >= Audible) {
        for (float &bar : out)
            bar /= loudest;
    }
    return out;
}

} // namespace Natter
