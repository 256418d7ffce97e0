// Media benchmark (issue 9): the message thumbnail of a 24-megapixel JPEG, time and peak memory.
//   natter-mediabench --make-sample FILE    writes the 6000 × 4000 photo-like JPEG once
//   natter-mediabench --image FILE [--json FILE]
// The timing runs in a fresh process, so its peak RSS (VmHWM) is what thumbnails cost on top of
// a bare Qt process, not what making the sample cost.
#include "MediaSamples.h"
#include "Thumbnailer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Natter;

namespace {
constexpr int Runs = 9;
constexpr double TargetMs = 150;

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

int makeSample(const QString &path)
{
    const QImage photo = MediaSamples::photoLike(QSize(6000, 4000), 24);
    if (!photo.save(path, "JPEG", 90)) {
        std::fprintf(stderr, "natter-mediabench: cannot write %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions({ { QStringLiteral("make-sample"), QStringLiteral("Write the 24 MP JPEG."),
                         QStringLiteral("file") },
        { QStringLiteral("image"), QStringLiteral("The JPEG to thumbnail."),
            QStringLiteral("file") },
        { QStringLiteral("json"), QStringLiteral("Also write the figures here."),
            QStringLiteral("file") } });
    cli.process(app);
    if (cli.isSet(QStringLiteral("make-sample")))
        return makeSample(cli.value(QStringLiteral("make-sample")));

    const QString image = cli.value(QStringLiteral("image"));
    std::vector<double> ms;
    Thumbnail thumbnail;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        thumbnail = Thumbnailer::fromFile(image);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        if (!thumbnail.isValid()) {
            std::fprintf(stderr, "natter-mediabench: %s\n", qPrintable(thumbnail.error));
            return 1;
        }
    }
    const double thumbMs = median(ms);
    const double peakMb = MediaSamples::peakResidentKb() / 1024.0;
    std::printf("sample: %s (%.1f MB)\n", qPrintable(image), QFile(image).size() / 1048576.0);
    std::printf("thumbnail: %d × %d %s, %lld bytes; runs (ms): first %.1f, min %.1f, max %.1f\n",
        thumbnail.size.width(), thumbnail.size.height(), qPrintable(thumbnail.mimeType),
        static_cast<long long>(thumbnail.bytes.size()), ms.front(),
        *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()));
    const bool met = thumbMs <= TargetMs;
    std::printf("%-40s %12s %10s\n", "figure", "measured", "target");
    std::printf("%-40s %12.1f %10s  %s\n", "thumbnail of 24 MP JPEG, median (ms)", thumbMs, "<=150",
        met ? "ok" : "MISSED");
    std::printf("%-40s %12.1f %10s\n", "peak RSS of this process (MB)", peakMb, "reported");

    const QString jsonPath = cli.value(QStringLiteral("json"));
    if (!jsonPath.isEmpty()) {
        const QJsonObject figures { { QStringLiteral("thumb_24mp_ms"), thumbMs },
            { QStringLiteral("thumb_peak_rss_mb"), peakMb } };
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(figures).toJson()) < 0)
            return 1;
    }
    return met ? 0 : 3;
}
