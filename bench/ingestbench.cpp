// End-to-end ingest benchmark (issue 5): a sender blasts N messages through the private ejabberd
// to a Natter session in another process, which stores and acknowledges them. The receiver
// reports its own CPU time (all threads, until the sender has every receipt) and peak RSS from
// one burst, and its longest main-thread stall from a second one watched by a 1 ms timer; the
// driver also measures how long a Natter process with an existing profile takes until the server
// lists its session.
//   natter-ingestbench [--messages N] [--json FILE]     (needs NATTER_TEST_SERVER_ENV)
#include "AccountSession.h"
#include "MessageSync.h"
#include "MessagingService.h"
#include "Session.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("bench-password");

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The receiving side: a Natter session that stores what arrives and measures itself.
int runReceiver(const QString &profileDir, const QString &jid, int expected, int watchdogMs)
{
    Test::TestServer server;
    if (!server.load())
        return 2;
    const ProfilePaths profile(profileDir);
    if (!profile.ensureExists())
        return 2;
    AccountSession account(profile);
    account.pinCertificates(jid, { server.certificate() });
    account.signIn(jid, Password, server.host(), server.c2sPort());

    // A 1 ms timer: the longest gap beyond its interval is the longest main-thread stall. The
    // thread's own CPU time in that gap tells our work from the scheduler's on a shared machine.
    // watchdogMs 0 turns it off. With NATTER_INGEST_STALL_LOG=1 every stall over 16 ms is
    // printed as it happens.
    const bool logStalls = qEnvironmentVariableIntValue("NATTER_INGEST_STALL_LOG") != 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 lastThreadCpu = 0;
    qint64 maxStall = 0;
    qint64 maxStallCpu = 0;
    int stored = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    auto tick = [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 threadNow = threadCpuNs();
        if (lastTick != 0) {
            const qint64 stall = now - lastTick - qint64(watchdogMs) * 1'000'000;
            maxStall = std::max(maxStall, stall);
            maxStallCpu = std::max(maxStallCpu, threadNow - lastThreadCpu);
            if (logStalls && stall > 16'000'000)
                std::fprintf(stderr, "stall %.1f ms (%.1f ms on CPU) at %.3f s, %d stored\n",
                    double(stall) / 1e6, double(threadNow - lastThreadCpu) / 1e6, double(now) / 1e9,
                    stored);
        }
        lastTick = now;
        lastThreadCpu = threadNow;
    };
    QObject::connect(&watchdog, &QTimer::timeout, tick);

    double cpuAtFirst = 0;
    qint64 mainCpuAtFirst = 0;
    qint64 firstAt = 0;
    double seconds = 0;
    bool reportAsked = false;
    QObject::connect(account.session(), &Session::availableChanged, [&] {
        if (account.session()->isAvailable() && account.accountId() != 0) {
            std::printf("READY\n");
            std::fflush(stdout);
        }
    });
    QObject::connect(&account, &AccountSession::accountIdChanged, [&] {
        if (account.session()->isAvailable()) {
            std::printf("READY\n");
            std::fflush(stdout);
        }
    });
    QObject::connect(account.messages(), &MessageSync::messageReceived, [&] {
        if (firstAt == 0) {
            firstAt = clock.nsecsElapsed();
            cpuAtFirst = cpuSeconds();
            mainCpuAtFirst = threadCpuNs();
            maxStall = 0;
            lastTick = 0;
            if (watchdogMs > 0)
                watchdog.start(watchdogMs);
        }
    });
    // The figures are taken once the sender has every receipt (it says so on our stdin): the
    // work counted is receiving, storing and acknowledging all of them, nothing less.
    auto report = [&] {
        if (stored < expected || !reportAsked)
            return;
        if (watchdogMs > 0)
            tick(); // the slice that finishes the work counts too
        const QJsonObject result {
            { QStringLiteral("msgs_per_s"), expected / seconds },
            { QStringLiteral("cpu_s_per_1000"), (cpuSeconds() - cpuAtFirst) * 1000.0 / expected },
            { QStringLiteral("cpu_s_per_1000_main_thread"),
                double(threadCpuNs() - mainCpuAtFirst) / 1e9 * 1000.0 / expected },
            { QStringLiteral("peak_rss_mb"), peakRssMb() },
            { QStringLiteral("max_main_thread_stall_ms"), double(maxStall) / 1e6 },
            { QStringLiteral("max_main_thread_stall_on_cpu_ms"), double(maxStallCpu) / 1e6 },
        };
        std::printf(
            "RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    QObject::connect(account.messaging(), &MessagingService::messagesStored,
        [&](const QList<Message> &messages) {
            stored += int(messages.size());
            if (stored < expected)
                return;
            seconds = double(clock.nsecsElapsed() - firstAt) / 1e9;
            report();
        });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char line[64] = {};
        if (::read(STDIN_FILENO, line, sizeof line - 1) <= 0) {
            input.setEnabled(false);
            return;
        }
        reportAsked = reportAsked || QByteArray(line).contains("REPORT");
        report();
    });
    return QCoreApplication::exec();
}

// Waits for a line starting with prefix on the child's stdout; returns the rest of it.
// Blocks in the event loop (the sender's socket is flushed by it) instead of polling it, so the
// driver does not take a core from the receiver and the server it measures.
QByteArray awaitLine(QProcess &process, const QByteArray &prefix, int timeoutMs)
{
    QByteArray buffer;
    QByteArray found;
    QEventLoop loop;
    auto scan = [&] {
        buffer += process.readAllStandardOutput();
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.startsWith(prefix)) {
                found = line.mid(prefix.size()).trimmed() + ' ';
                loop.quit();
            }
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, scan);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    scan();
    if (found.isEmpty() && process.state() != QProcess::NotRunning)
        loop.exec();
    return found;
}

bool serverListsSession(Test::TestServer &server, const QString &jid)
{
    const QString user = jid.section(u'@', 0, 0);
    const QJsonObject body { { QStringLiteral("user"), user },
        { QStringLiteral("host"), server.domain() } };
    const QByteArray reply
        = server.api(QStringLiteral("user_resources"), QJsonDocument(body).toJson());
    return reply.startsWith("[\"");
}
// One burst of count messages into a new receiver process; returns the figures it reports.
QJsonObject runBurst(
    Test::TestServer &server, int count, int watchdogMs, QString *receiverOut, QString *profileOut)
{
    const QString sender = server.createAccount(QStringLiteral("sender"), Password);
    const QString receiver = server.createAccount(QStringLiteral("receiver"), Password);
    const QString profile = QDir::tempPath() + QStringLiteral("/natter-ingest-") + receiver;
    *receiverOut = receiver;
    *profileOut = profile;
    // Natter acknowledges only its contacts' messages.
    if (!server.befriend(sender, receiver)) {
        std::fprintf(stderr, "the sender could not become the receiver's contact\n");
        return {};
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--receiver"), QStringLiteral("--profile"), profile,
            QStringLiteral("--jid"), receiver, QStringLiteral("--messages"), QString::number(count),
            QStringLiteral("--watchdog-ms"), QString::number(watchdogMs) });
    if (awaitLine(child, "READY", 30000).isEmpty()) {
        std::fprintf(stderr, "the receiver did not come up\n");
        return {};
    }

    Session session;
    MessageSync sync(&session);
    QEventLoop loop;
    QObject::connect(&session, &Session::availableChanged, &loop, &QEventLoop::quit);
    session.connectToServer(server.settingsFor(sender, Password));
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!session.isAvailable()) {
        std::fprintf(stderr, "the sender could not sign in: %s\n", qPrintable(session.errorText()));
        return {};
    }
    QSet<QString> receipted;
    QObject::connect(&sync, &MessageSync::receiptReceived, [&](const QString &, const QString &id) {
        receipted.insert(id);
        if (receipted.size() == count)
            child.write("REPORT\n");
    });
    for (int i = 0; i < count; ++i) {
        Message message;
        message.peer = receiver;
        message.body
            = QStringLiteral("Benchmark message %1: the quick brown fox jumps over the lazy dog.")
                  .arg(i);
        message.originId = QStringLiteral("bench-%1").arg(i);
        sync.send(message);
    }
    const QByteArray resultLine = awaitLine(child, "RESULT", 600000);
    child.waitForFinished(10000);
    const QJsonObject figures = QJsonDocument::fromJson(resultLine).object();
    if (figures.isEmpty())
        std::fprintf(stderr, "the receiver reported nothing\n");
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("messages"), QStringLiteral("How many."),
                            QStringLiteral("n"), QStringLiteral("10000") },
        { QStringLiteral("json"), QStringLiteral("Write figures here."), QStringLiteral("file") },
        { QStringLiteral("receiver"), QStringLiteral("Internal: run as the receiver.") },
        { QStringLiteral("profile"), QStringLiteral("Internal."), QStringLiteral("dir") },
        { QStringLiteral("jid"), QStringLiteral("Internal."), QStringLiteral("jid") },
        { QStringLiteral("watchdog-ms"), QStringLiteral("Internal."), QStringLiteral("ms"),
            QStringLiteral("1") } });
    parser.process(app);
    const int count = parser.value(QStringLiteral("messages")).toInt();
    if (parser.isSet(QStringLiteral("receiver")))
        return runReceiver(parser.value(QStringLiteral("profile")),
            parser.value(QStringLiteral("jid")), count,
            parser.value(QStringLiteral("watchdog-ms")).toInt());

    Test::TestServer server;
    QString error;
    if (!server.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // CPU, memory and rate come from a burst without the stall watchdog: its 1,000 wake-ups a
    // second cost the receiver about a quarter as much again as its real work. The stall comes
    // from a second burst with it.
    QString receiver;
    QString profile;
    QJsonObject figures = runBurst(server, count, 0, &receiver, &profile);
    const QJsonObject watched = runBurst(server, count, 1, &receiver, &profile);
    if (figures.isEmpty() || watched.isEmpty())
        return 1;
    for (const char *key : { "max_main_thread_stall_ms", "max_main_thread_stall_on_cpu_ms" })
        figures.insert(QLatin1String(key), watched.value(QLatin1String(key)));
    figures.insert(QStringLiteral("cpu_s_per_1000_with_watchdog"),
        watched.value(QStringLiteral("cpu_s_per_1000")));

    // Start to connected: a new process on the now existing profile, until the server lists it.
    // A session left waiting for a stream resumption would be listed already: end it first.
    const QJsonObject who { { QStringLiteral("user"), receiver.section(u'@', 0, 0) },
        { QStringLiteral("host"), server.domain() } };
    server.api(QStringLiteral("kick_user"), QJsonDocument(who).toJson());
    QElapsedTimer gone;
    gone.start();
    while (serverListsSession(server, receiver) && gone.elapsed() < 10000)
        QThread::msleep(10);
    if (serverListsSession(server, receiver)) {
        std::fprintf(stderr, "the first receiver's session did not go away\n");
        return 1;
    }
    double startMs = -1;
    QProcess again;
    QElapsedTimer startClock;
    startClock.start();
    again.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--receiver"), QStringLiteral("--profile"), profile,
            QStringLiteral("--jid"), receiver, QStringLiteral("--messages"), QStringLiteral("1") });
    while (startClock.elapsed() < 20000) {
        if (serverListsSession(server, receiver)) {
            startMs = double(startClock.nsecsElapsed()) / 1e6;
            break;
        }
        QThread::msleep(2);
    }
    again.kill();
    again.waitForFinished();
    figures.insert(QStringLiteral("start_to_connected_ms"), startMs);

    const QList<std::tuple<const char *, const char *, QString>> rows {
        { "msgs_per_s", "stored per second", QStringLiteral("limited by the server") },
        { "cpu_s_per_1000", "CPU s per 1,000 received", QStringLiteral("<= 0.15") },
        { "cpu_s_per_1000_main_thread", "  of which the main thread", QStringLiteral("-") },
        { "cpu_s_per_1000_with_watchdog", "  with the stall watchdog on", QStringLiteral("-") },
        { "peak_rss_mb", "peak RSS (MB)", QStringLiteral("-") },
        { "max_main_thread_stall_ms", "longest main-thread stall (ms)", QStringLiteral("<= 16") },
        { "max_main_thread_stall_on_cpu_ms", "  longest on-CPU part of one (ms)",
            QStringLiteral("-") },
        { "start_to_connected_ms", "start to connected (ms)", QStringLiteral("<= 300") },
    };
    std::printf("%-34s %12s   %s\n", "figure (N = messages)", "measured", "target");
    for (const auto &[key, label, target] : rows)
        std::printf("%-34s %12.3f   %s\n", label, figures.value(QLatin1String(key)).toDouble(),
            qPrintable(target));
    if (parser.isSet(QStringLiteral("json"))) {
        QFile out(parser.value(QStringLiteral("json")));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QJsonDocument(figures).toJson(QJsonDocument::Compact));
    }
    return 0;
}
