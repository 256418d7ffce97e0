// End-to-end ingest benchmark (issue 5): a sender blasts N messages through the private ejabberd
// to a Natter session in another process, which stores and acknowledges them. The receiver
// reports its own CPU time, peak RSS and longest main-thread stall; the driver also measures how
// long a Natter process with an existing profile takes until the server lists its session.
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
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

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

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The receiving side: a Natter session that stores what arrives and measures itself.
int runReceiver(const QString &profileDir, const QString &jid, int expected)
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

    // A 1 ms timer: the longest gap beyond its interval is the longest main-thread stall.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 maxStall = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick != 0)
            maxStall = std::max(maxStall, now - lastTick - 1'000'000);
        lastTick = now;
    });

    int stored = 0;
    double cpuAtFirst = 0;
    qint64 firstAt = 0;
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
            maxStall = 0;
            lastTick = 0;
            watchdog.start(1);
        }
    });
    QObject::connect(account.messaging(), &MessagingService::messagesStored,
        [&](const QList<Message> &messages) {
            stored += int(messages.size());
            if (stored < expected)
                return;
            const double seconds = double(clock.nsecsElapsed() - firstAt) / 1e9;
            const QJsonObject result {
                { QStringLiteral("msgs_per_s"), expected / seconds },
                { QStringLiteral("cpu_s_per_1000"),
                    (cpuSeconds() - cpuAtFirst) * 1000.0 / expected },
                { QStringLiteral("peak_rss_mb"), peakRssMb() },
                { QStringLiteral("max_main_thread_stall_ms"), double(maxStall) / 1e6 },
            };
            std::printf(
                "RESULT %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    return QCoreApplication::exec();
}

// Waits for a line starting with prefix on the child's stdout; returns the rest of it.
QByteArray awaitLine(QProcess &process, const QByteArray &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    while (timer.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        // Keep this process's event loop running: the sender's socket is flushed by it.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        buffer += process.readAllStandardOutput();
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed() + ' ';
        }
    }
    return {};
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
        { QStringLiteral("jid"), QStringLiteral("Internal."), QStringLiteral("jid") } });
    parser.process(app);
    const int count = parser.value(QStringLiteral("messages")).toInt();
    if (parser.isSet(QStringLiteral("receiver")))
        return runReceiver(
            parser.value(QStringLiteral("profile")), parser.value(QStringLiteral("jid")), count);

    Test::TestServer server;
    QString error;
    if (!server.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString sender = server.createAccount(QStringLiteral("sender"), Password);
    const QString receiver = server.createAccount(QStringLiteral("receiver"), Password);
    const QString profile = QDir::tempPath() + QStringLiteral("/natter-ingest-") + receiver;

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app.applicationFilePath(),
        { QStringLiteral("--receiver"), QStringLiteral("--profile"), profile,
            QStringLiteral("--jid"), receiver, QStringLiteral("--messages"),
            QString::number(count) });
    if (awaitLine(child, "READY", 30000).isEmpty()) {
        std::fprintf(stderr, "the receiver did not come up\n");
        return 1;
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
        return 1;
    }
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
    QJsonObject figures = QJsonDocument::fromJson(resultLine).object();
    if (figures.isEmpty()) {
        std::fprintf(stderr, "the receiver reported nothing\n");
        return 1;
    }

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
    again.start(app.applicationFilePath(),
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
        { "peak_rss_mb", "peak RSS (MB)", QStringLiteral("-") },
        { "max_main_thread_stall_ms", "longest main-thread stall (ms)", QStringLiteral("<= 16") },
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
