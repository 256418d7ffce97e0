// natter-mediachatbench (issue 9): opening a chat of 52 photos in the real window, measured the
// way uibench measures it (Main.qml over an AccountSession, offscreen unless a display says
// otherwise). Every frame from setting MainPage.currentPeer until the image bubbles in sight
// show their picture or blurred thumbnail (5 s at most) is recorded; see ChatOpening.h. Then
// the window scrolls to the oldest photo, 120 px a frame, for figures that are only reported.
//   natter-mediachatbench --make-profile DIR            writes the profile once (bench cache)
//   natter-mediachatbench --profile DIR [--json FILE]   measures a copy; merges into FILE
#include "BenchWindow.h"
#include "ChatOpening.h"
#include "MediaChatProfile.h"

#include <QAbstractItemModel>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
constexpr double TargetMs = 16;
constexpr int TimeoutMs = 5000;

constexpr double ScrollStep = 120; // px a frame, as uibench scrolls
constexpr int ScrollTimeoutMs = 30000;

// NATTER_BENCH_SCREENSHOTS=DIR keeps what the window showed, to look at.
void screenshot(BenchWindow &bench, const char *name)
{
    const QString dir = qEnvironmentVariable("NATTER_BENCH_SCREENSHOTS");
    if (!dir.isEmpty())
        bench.window()->grabWindow().save(dir + u'/' + QLatin1String(name) + u".png");
}

void report(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

// The child: one Natter window over the profile copy; prints "key value" lines.
int runChild(const QString &profileDir)
{
    BenchWindow bench(profileDir);
    if (!bench.showChatList())
        return 1;
    QTest::qWait(1000); // the chat list's avatars and fonts settle first
    QQuickItem *main = bench.item(QStringLiteral("mainPage"));
    auto *messages
        = bench.window()->findChild<QAbstractItemModel *>(QStringLiteral("conversationModel"));
    if (!main || !messages)
        return 1;
    ChatOpening opening(bench.window(), main, messages);
    const ChatOpening::Result r = opening.open(MediaChatProfile::photoPeer(), TimeoutMs);
    if (!r.ok || r.loadingFrames.isEmpty())
        return 1;
    double sum = 0;
    for (int i = 0; i < r.loadingFrames.size(); ++i) {
        sum += r.loadingFrames.at(i);
        if (r.loadingFrames.at(i) > TargetMs)
            std::fprintf(stderr, "slow frame %d of %lld after the first: %.1f ms\n", i + 1,
                static_cast<long long>(r.loadingFrames.size()), r.loadingFrames.at(i));
    }
    report("media_chat_max_frame_ms",
        *std::max_element(r.loadingFrames.begin(), r.loadingFrames.end()));
    report("media_chat_mean_frame_ms", sum / r.loadingFrames.size());
    report("media_chat_frames", r.loadingFrames.size());
    report("media_chat_loaded_ms", r.loadedMs);
    report("media_chat_all_loaded", r.loaded ? 1 : 0);
    report("media_chat_bubbles_in_sight", r.bubblesInSight);
    report("media_chat_rows_ms", r.rowsMs);
    report("media_chat_first_frame_ms", r.firstFrameMs);
    report("media_chat_open_max_frame_ms", r.openMaxFrameMs);
    screenshot(bench, "opened");

    QList<double> scroll = opening.scrollToOldest(ScrollStep, ScrollTimeoutMs);
    if (scroll.isEmpty())
        return 1;
    if (!qEnvironmentVariableIsEmpty("NATTER_BENCH_SCREENSHOTS") && opening.waitLoaded(5000))
        screenshot(bench, "oldest");
    std::sort(scroll.begin(), scroll.end());
    report("media_chat_scroll_max_frame_ms", scroll.last());
    report("media_chat_scroll_p99_frame_ms", scroll.at(int(scroll.size() * 0.99)));
    report("media_chat_scroll_frames", scroll.size());
    report("media_chat_scroll_slow_frames",
        scroll.end() - std::upper_bound(scroll.begin(), scroll.end(), TargetMs));
    return 0;
}

struct Row
{
    const char *key;
    const char *label;
    double target; // 0: reported only
    const char *unit;
};

int runParent(const QString &profile, const QString &jsonPath)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !MediaChatProfile::copy(profile, dir.path()))
        return 1;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No idle wait between a requested frame and its rendering (Qt's default is 5 ms), so an
    // interval is all the work between two frames and nothing else.
    if (!env.contains(QStringLiteral("QT_QPA_UPDATE_IDLE_TIME")))
        env.insert(QStringLiteral("QT_QPA_UPDATE_IDLE_TIME"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    process.start(
        QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), dir.path() });
    QJsonObject figures;
    while (process.waitForFinished(-1) || process.canReadLine()) {
        while (process.canReadLine()) {
            const QStringList parts = QString::fromUtf8(process.readLine()).trimmed().split(u' ');
            if (parts.size() == 2)
                figures.insert(parts.at(0), parts.at(1).toDouble());
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !figures.contains(QStringLiteral("media_chat_max_frame_ms"))) {
        std::fprintf(stderr, "natter-mediachatbench: the window run failed\n");
        return 1;
    }

    const Row rows[] = {
        { "media_chat_max_frame_ms", "52-photo chat: longest frame while loading", TargetMs, "ms" },
        { "media_chat_mean_frame_ms", "52-photo chat: mean frame while loading", 0, "ms" },
        { "media_chat_frames", "52-photo chat: frames while loading", 0, "" },
        { "media_chat_loaded_ms", "52-photo chat: all in sight loaded after", 0, "ms" },
        { "media_chat_first_frame_ms", "52-photo chat: first frame with bubbles", 0, "ms" },
        { "media_chat_open_max_frame_ms", "52-photo chat: longest frame until then", 0, "ms" },
        { "media_chat_scroll_max_frame_ms", "scrolling to the oldest photo: longest frame", 0,
            "ms" },
        { "media_chat_scroll_p99_frame_ms", "scrolling to the oldest photo: p99 frame", 0, "ms" },
        { "media_chat_scroll_slow_frames", "scrolling to the oldest photo: frames > 16 ms", 0, "" },
        { "media_chat_scroll_frames", "scrolling to the oldest photo: frames", 0, "" },
    };
    bool met = true;
    for (const Row &row : rows) {
        const double value = figures.value(QLatin1String(row.key)).toDouble();
        const bool ok = row.target == 0 || value <= row.target;
        met = met && ok;
        std::printf("%-44s %9.1f %-2s %10s%s\n", row.label, value, row.unit,
            row.target == 0 ? "reported" : qPrintable(QStringLiteral("<=%1").arg(row.target)),
            ok ? "" : "  MISSED");
    }
    std::printf("bubbles in sight: %d, all loaded: %s\n",
        figures.value(QStringLiteral("media_chat_bubbles_in_sight")).toInt(),
        figures.value(QStringLiteral("media_chat_all_loaded")).toInt() ? "yes" : "no (5 s)");
    if (!jsonPath.isEmpty()) {
        QFile file(jsonPath);
        // Merged into what natter-mediabench wrote, so that one file holds the media figures.
        QJsonObject merged = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object()
            : QJsonObject();
        file.close();
        for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(merged).toJson()) < 0)
            return 1;
    }
    return met ? 0 : 3;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NatterBench"));
    QCommandLineParser cli;
    cli.addOptions({ { QStringLiteral("make-profile"), QStringLiteral("Write the profile here."),
                         QStringLiteral("dir") },
        { QStringLiteral("profile"), QStringLiteral("The profile to measure a copy of."),
            QStringLiteral("dir") },
        { QStringLiteral("json"), QStringLiteral("Merge the figures into this file."),
            QStringLiteral("file") },
        { QStringLiteral("child"), QStringLiteral("(internal) Run one window on this profile."),
            QStringLiteral("dir") } });
    cli.process(app);
    if (cli.isSet(QStringLiteral("make-profile")))
        return MediaChatProfile::create(cli.value(QStringLiteral("make-profile"))) ? 0 : 1;
    if (cli.isSet(QStringLiteral("child")))
        return runChild(cli.value(QStringLiteral("child")));
    if (!cli.isSet(QStringLiteral("profile"))) {
        std::fprintf(stderr, "natter-mediachatbench: --profile DIR is required\n");
        return 2;
    }
    return runParent(cli.value(QStringLiteral("profile")), cli.value(QStringLiteral("json")));
}
