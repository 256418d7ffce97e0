#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

#include <chrono>

namespace Natter {

// The bars of an audio bubble. error is empty on success.
struct WaveformResult
{
    QList<float> bars;
    qint64 durationMs = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Decodes an audio file with QAudioDecoder on a pool thread and reduces it to a few peak bars,
// buffer by buffer, so the samples are never held in memory and the UI thread never waits.
class Waveform
{
    Q_DECLARE_TR_FUNCTIONS(Waveform)

public:
    static constexpr int DefaultBars = 56;
    static constexpr std::chrono::milliseconds DefaultTimeout { 15000 };
    static constexpr int DecodeRate = 8000;
    // No decoded sound for this long means the file cannot be read.
    static constexpr std::chrono::milliseconds StallTimeout { 5000 };

    static QFuture<WaveformResult> compute(const QString &path, int bars = DefaultBars,
        std::chrono::milliseconds timeout = DefaultTimeout);
    // The same, on the calling thread; it runs an event loop until decoding ends.
    static WaveformResult computeNow(
        const QString &path, int bars, std::chrono::milliseconds timeout);
};

} // namespace Natter
