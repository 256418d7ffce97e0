#pragma once

#include <QList>

namespace Natter {

// Peaks of a stream of unknown length in bounded memory: at most 2 × Capacity bins, each the
// loudest sample of an equal run of frames. When the bins fill up, neighbours merge and each
// bin covers twice as many frames, so a ten-hour file costs what a ten-second one does.
class PeakBins
{
public:
    static constexpr int Capacity = 256;

    // One frame's loudest sample, as an amplitude in 0..1.
    void add(float amplitude);
    qint64 frames() const { return m_frames; }
    qsizetype binCount() const { return m_bins.size(); }
    // count bars in 0..1, scaled so the loudest is 1 (a silent file stays flat).
    QList<float> bars(int count) const;

private:
    QList<float> m_bins;
    float m_current = 0;
    qint64 m_inCurrent = 0;
    qint64 m_binFrames = 1;
    qint64 m_frames = 0;
};

} // namespace Natter
