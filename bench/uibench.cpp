// natter-uibench: the conversation UI at 1,000,000 messages in 1,000 chats, measured the way a
// person meets it: the real Main.qml over a copy of the generated history, offscreen or on Xvfb.
//   cold start to the chat list painted (a fresh process each time, the median of three);
//   opening the 100,000-message chat to its first painted frame;
//   scrolling back through 5,000 messages: mean and p99 frame time;
//   RSS, frames painted and CPU time when idle with the chat list shown; RSS after 20 chats.
#include "BenchWindow.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "ProfilePaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
constexpr int ScrollMessages = 5000;
constexpr int ChatsToOpen = 20;

void report(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

// The child: one Natter window over the profile; prints "key value" lines.
int runChild(const QString &profileDir, bool coldOnly)
{
    BenchWindow bench(profileDir);
    if (!bench.showChatList())
        return 1;
    QQuickWindow *window = bench.window();
    AccountSession &session = bench.session();
    std::printf("painted\n");
    std::fflush(stdout);
    if (coldOnly)
        return 0;

    // Settle (the list's deferred refresh), then an idle window must neither paint nor compute.
    QTest::qWait(1000);
    int idleFrames = 0;
    const auto counting
        = QObject::connect(window, &QQuickWindow::frameSwapped, [&idleFrames] { ++idleFrames; });
    const double cpuBefore = BenchWindow::cpuMs();
    QEventLoop idle; // not QTest::qWait, which wakes every 10 ms itself
    QTimer::singleShot(2000, &idle, &QEventLoop::quit);
    idle.exec();
    QObject::disconnect(counting);
    report("idle_frames", idleFrames);
    report("idle_cpu_ms", BenchWindow::cpuMs() - cpuBefore);
    report("idle_rss_mb", BenchWindow::rssMb());

    QQuickItem *main = bench.item(QStringLiteral("mainPage"));
    auto *messages = window->findChild<QAbstractItemModel *>(QStringLiteral("conversationModel"));
    const QString bigPeer = session.history()->chats().chat(1).result().peer;
    if (!main || !messages || bigPeer.isEmpty())
        return 1;

    QElapsedTimer open;
    open.start();
    main->setProperty("currentPeer", bigPeer);
    while (messages->rowCount() == 0 && open.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    bench.waitFrame();
    report("open_chat_ms", double(open.nsecsElapsed()) / 1e6);

    // Scroll towards older messages a step a frame, as a fast wheel or a drag does.
    QQuickItem *list = bench.item(QStringLiteral("messageList"));
    if (!list)
        return 1;
    QList<double> frames;
    QElapsedTimer total;
    total.start();
    int lastOldest = -1;
    int stuck = 0; // frames without progress: the history is shorter than the scroll
    while (total.elapsed() < 120000 && stuck < 100) {
        int oldest = -1;
        QMetaObject::invokeMethod(list, "oldestVisibleRow", Q_RETURN_ARG(int, oldest));
        if (oldest >= ScrollMessages)
            break;
        stuck = oldest == lastOldest ? stuck + 1 : 0;
        lastOldest = oldest;
        QElapsedTimer frame;
        frame.start();
        list->setProperty("contentY", list->property("contentY").toDouble() - 120);
        bench.waitFrame();
        frames.append(double(frame.nsecsElapsed()) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    double sum = 0;
    for (double f : std::as_const(frames))
        sum += f;
    report("scroll_frames", frames.size());
    report("scroll_frame_mean_ms", frames.isEmpty() ? 0 : sum / frames.size());
    report("scroll_frame_p99_ms", frames.isEmpty() ? 0 : frames.at(int(frames.size() * 0.99)));

    const QList<Chat> all = session.history()->chats().chats(session.accountId()).result();
    for (int i = 0; i < ChatsToOpen && i < all.size(); ++i) {
        main->setProperty("currentPeer", all.at(i).peer);
        if (!QTest::qWaitFor([&] { return messages->rowCount() > 0; }, 5000))
            return 1;
        bench.waitFrame();
    }
    report("rss_mb", BenchWindow::rssMb());
    return 0;
}

struct Target
{
    const char *key;
    const char *label;
    double target;
    const char *unit;
};

int runParent(const QString &history, const QString &jsonPath)
{
    QTemporaryDir dir;
    const ProfilePaths profile(dir.path());
    if (!dir.isValid() || !profile.ensureExists() || !QFile::copy(history, profile.database())) {
        std::fprintf(stderr, "natter-uibench: cannot copy the history into a profile\n");
        return 1;
    }
    QSettings(profile.settings(), QSettings::IniFormat)
        .setValue(QStringLiteral("account/jid"), QStringLiteral("me@example.org"));

    QJsonObject figures;
    auto child = [&](const QStringList &mode, auto onLine) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer started;
        started.start();
        process.start(QCoreApplication::applicationFilePath(),
            QStringList { QStringLiteral("--child"), dir.path() } + mode);
        while (process.state() != QProcess::NotRunning || process.canReadLine()) {
            if (!process.canReadLine() && !process.waitForReadyRead(180000))
                break;
            while (process.canReadLine())
                onLine(QString::fromUtf8(process.readLine()).trimmed(), started.nsecsElapsed());
        }
        process.waitForFinished();
        return process.exitCode() == 0;
    };

    QList<double> colds;
    for (int i = 0; i < 3; ++i) {
        const bool ok = child({ QStringLiteral("--cold") }, [&](const QString &line, qint64 ns) {
            if (line == u"painted")
                colds.append(double(ns) / 1e6);
        });
        if (!ok || colds.size() != i + 1) {
            std::fprintf(stderr, "natter-uibench: the cold start run failed\n");
            return 1;
        }
    }
    std::sort(colds.begin(), colds.end());
    figures.insert(QStringLiteral("cold_start_ms"), colds.at(1));

    const bool ok = child({}, [&](const QString &line, qint64) {
        const QStringList parts = line.split(u' ');
        if (parts.size() == 2)
            figures.insert(parts.at(0), parts.at(1).toDouble());
    });
    if (!ok) {
        std::fprintf(stderr, "natter-uibench: the main run failed\n");
        return 1;
    }

    const Target targets[] = {
        { "cold_start_ms", "cold start to the chat list painted", 400, "ms" },
        { "open_chat_ms", "open a 100,000-message chat to first frame", 50, "ms" },
        { "scroll_frame_mean_ms", "scrolling 5,000 messages, mean frame", 16, "ms" },
        { "scroll_frame_p99_ms", "scrolling 5,000 messages, p99 frame", 0, "ms" },
        { "rss_mb", "RSS after opening 20 chats", 150, "MB" },
        { "idle_rss_mb", "RSS idle with the chat list shown", 90, "MB" },
        { "idle_frames", "frames painted in 2 s idle", 0, "" },
        { "idle_cpu_ms", "CPU time in 2 s idle", 0, "ms" },
    };
    std::printf("%-46s %12s %10s\n", "ui", "measured", "target");
    for (const Target &t : targets) {
        const double value = figures.value(QLatin1String(t.key)).toDouble();
        const bool met = t.target == 0 || value <= t.target;
        std::printf("%-46s %9.1f %-2s %10s%s\n", t.label, value, t.unit,
            t.target == 0 ? "report" : qPrintable(QStringLiteral("≤ %1").arg(t.target)),
            met ? "" : "  (missed)");
    }
    if (!jsonPath.isEmpty()) {
        figures.remove(QStringLiteral("scroll_frames"));
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QJsonDocument(figures).toJson());
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NatterBench"));
    QCommandLineParser cli;
    cli.addOptions({ { QStringLiteral("db"), QStringLiteral("The generated history."),
                         QStringLiteral("file") },
        { QStringLiteral("json"), QStringLiteral("Write the figures here."),
            QStringLiteral("file") },
        { QStringLiteral("child"), QStringLiteral("(internal) Run one window on this profile."),
            QStringLiteral("dir") },
        { QStringLiteral("cold"), QStringLiteral("(internal) Stop once the list is painted.") } });
    cli.process(app);
    if (cli.isSet(QStringLiteral("child")))
        return runChild(cli.value(QStringLiteral("child")), cli.isSet(QStringLiteral("cold")));
    if (!cli.isSet(QStringLiteral("db"))) {
        std::fprintf(stderr, "natter-uibench: --db FILE is required\n");
        return 2;
    }
    return runParent(cli.value(QStringLiteral("db")), cli.value(QStringLiteral("json")));
}
