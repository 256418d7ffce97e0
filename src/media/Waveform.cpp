#include "Waveform.h"

#include "MediaLogging.h"
#include "PeakBins.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QEventLoop>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Natter {

namespace {
// Waveforms take turns on a thread of their own, so a slow file never holds up the global pool
// that thumbnails and other work share.
Q_GLOBAL_STATIC(QThreadPool, decodePool)

void addBuffer(const QAudioBuffer &buffer, PeakBins &bins)
{
    const QAudioFormat format = buffer.format();
    const int channels = format.channelCount();
    const int sampleBytes = format.bytesPerSample();
    if (channels <= 0 || sampleBytes <= 0)
        return;
    const auto *data = buffer.constData<char>();
    const qsizetype frames = buffer.frameCount();
    for (qsizetype frame = 0; frame < frames; ++frame) {
        float loudest = 0;
        for (int channel = 0; channel < channels; ++channel) {
            const char *sample = data + (frame * channels + channel) * sampleBytes;
            loudest = std::max(loudest, std::abs(format.normalizedSampleValue(sample)));
        }
        bins.add(loudest);
    }
}
} // namespace

QFuture<WaveformResult> Waveform::compute(
    const QString &path, int bars, std::chrono::milliseconds timeout)
{
    decodePool()->setMaxThreadCount(1);
    return QtConcurrent::run(
        decodePool(), [path, bars, timeout] { return computeNow(path, bars, timeout); });
}

WaveformResult Waveform::computeNow(
    const QString &path, int bars, std::chrono::milliseconds timeout)
{
    WaveformResult result;
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable() || file.size() == 0) {
        result.error = tr("Cannot read this audio file: it is missing, empty or not readable.");
        return result;
    }
    PeakBins bins;
    int sampleRate = 0;
    QAudioDecoder decoder;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    // Qt 6.4's FFmpeg decoder reports no error for a file it cannot open; it just stays silent.
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(StallTimeout);
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        stall.start();
        while (decoder.bufferAvailable()) {
            const QAudioBuffer buffer = decoder.read();
            sampleRate = buffer.format().sampleRate();
            addBuffer(buffer, bins);
        }
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    const auto unreadable = [&] {
        result.error = tr("Cannot read this audio file. It may be damaged or in a format this "
                          "system does not know.");
        loop.quit();
    };
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
        [&](QAudioDecoder::Error error) {
            qCInfo(lcMedia) << "waveform: decoder error" << error << decoder.errorString();
            unreadable();
        });
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        qCInfo(lcMedia) << "waveform: nothing decoded for" << StallTimeout.count() << "ms";
        unreadable();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.error = tr("Cannot read this audio file: decoding took too long.");
        loop.quit();
    });
    // Bars need no fidelity: mono at a low rate is a sixth of the work of 48 kHz stereo.
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Float);
    format.setChannelCount(1);
    format.setSampleRate(DecodeRate);
    decoder.setAudioFormat(format);
    decoder.setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
    timer.start(timeout);
    stall.start();
    decoder.start();
    loop.exec();
    decoder.stop();
    if (result.ok() && bins.frames() == 0)
        result.error = tr("Cannot read this audio file: it contains no sound.");
    if (!result.ok())
        return result;
    result.bars = bins.bars(bars);
    result.durationMs = sampleRate > 0 ? bins.frames() * 1000 / sampleRate : 0;
    return result;
}

} // namespace Natter
