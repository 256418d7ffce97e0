// The groups benchmark (issue 18). A Natter account, in this process, against the test fixture's
// ejabberd and a crowd of plain clients (bench/crowd.py) in other processes:
//   join_1000_ms, join_1000_cpu_s   entering a room that holds 1,000 occupants, until the room
//                                   has let us in with its whole participant list
//   group_cpu_s_per_1000            CPU (all our threads) per 1,000 messages of a 10,000-message
//                                   burst from several senders, until all are stored
//   group_max_main_thread_stall_ms  the longest main-thread stall during a second such burst,
//                                   watched by a 1 ms timer (not running in the first)
//   group_max_stall_on_cpu_ms       of that stall, the main thread's own time on the CPU
//   chatlist_ms_with_groups         the chat list of the 1,000-chat bench history, 200 of its
//                                   chats made groups, median
//   natter-groupsbench --db HISTORY --crowd crowd.py [--json FILE]   (needs NATTER_TEST_SERVER_ENV)
#include "AccountSession.h"
#include "ChatStore.h"
#include "Database.h"
#include "GroupMessaging.h"
#include "GroupService.h"
#include "GroupStore.h"
#include "MucOwnerSync.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <time.h>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("bench-password");
constexpr int BurstMessages = 10000;
constexpr int BurstSenders = 8;
constexpr int GroupChats = 200;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Waits for fn while the event loop runs; false after timeoutMs. It sleeps between events (a
// loop that polls would spend more CPU than what is measured) and looks again every 10 ms.
template <typename Fn> bool waitFor(Fn fn, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(10);
    while (!fn()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

template <typename T> T result(QFuture<T> future, int timeoutMs)
{
    return waitFor([&] { return future.isFinished(); }, timeoutMs) ? future.result() : T();
}

// A crowd.py process: its occupants are in room once start() returns true.
class Crowd
{
public:
    Crowd(const QString &script, const QString &env, const QString &room, int count,
        const QString &prefix)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(script,
            { QStringLiteral("--env"), env, QStringLiteral("--room"), room,
                QStringLiteral("--count"), QString::number(count), QStringLiteral("--prefix"),
                prefix, QStringLiteral("--create") });
        m_expected = QStringLiteral("JOINED %1").arg(count);
    }
    ~Crowd()
    {
        m_process.write("quit\n");
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    bool waitForLine(const QString &line, int timeoutMs)
    {
        return waitFor(
                   [&] {
                       while (m_process.canReadLine()) {
                           if (QString::fromUtf8(m_process.readLine()).trimmed() == line)
                               return true;
                       }
                       return m_process.state() == QProcess::NotRunning;
                   },
                   timeoutMs)
            && m_process.state() == QProcess::Running;
    }
    bool start() { return waitForLine(m_expected, 600000); }
    void burst(int count) { m_process.write(QStringLiteral("burst %1\n").arg(count).toUtf8()); }

private:
    QProcess m_process;
    QString m_expected;
};

double chatListWithGroups(const QString &historyPath)
{
    QTemporaryDir scratch;
    const QString copy = scratch.path() + QStringLiteral("/history.db");
    if (!QFile::copy(historyPath, copy))
        return -1;
    Database db;
    if (!db.open(copy).result().ok())
        return -1;
    ChatStore chats(db);
    GroupStore groups(db);
    const QList<Chat> all = chats.chats(1).result();
    for (int i = 0; i < GroupChats && i * 5 < all.size(); ++i) {
        Group group;
        group.accountId = 1;
        group.room = all.at(i * 5).peer; // spread through the list, as groups are
        group.name = QStringLiteral("Group %1").arg(i);
        group.nick = QStringLiteral("me");
        groups.saveGroup(group).waitForFinished();
    }
    QList<double> ms;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        chats.chats(1).waitForFinished();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions({ { QStringLiteral("db"), QStringLiteral("History made by natter-histgen."),
                         QStringLiteral("file") },
        { QStringLiteral("crowd"), QStringLiteral("bench/crowd.py"), QStringLiteral("file") },
        { QStringLiteral("json"), QStringLiteral("Also write the figures here."),
            QStringLiteral("file") },
        { QStringLiteral("occupants"), QStringLiteral("occupants of the big room."),
            QStringLiteral("n"), QStringLiteral("1000") } });
    cli.process(app);
    const int occupants = cli.value(QStringLiteral("occupants")).toInt();

    const double chatlist = chatListWithGroups(cli.value(QStringLiteral("db")));

    Test::TestServer server;
    QTemporaryDir profiles;
    if (!server.load() || !profiles.isValid())
        return 2;
    const QString env = qEnvironmentVariable("NATTER_TEST_SERVER_ENV");
    Test::TestAccounts accounts(server, profiles.path(), Password);
    auto account = accounts.signIn(
        QStringLiteral("reader"), server.createAccount(QStringLiteral("reader"), Password));
    if (!account)
        return 2;
    MucOwnerSync owner(account->session());
    const QString service = result(owner.discoverService(), 30000);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString bigRoom = QStringLiteral("crowd-%1@%2").arg(tag, service);
    const QString busyRoom = QStringLiteral("busy-%1@%2").arg(tag, service);

    // Entering a room of 1,000.
    std::printf("seating %d occupants (takes a while)...\n", occupants);
    std::fflush(stdout);
    const QString script = cli.value(QStringLiteral("crowd"));
    Crowd crowd(script, env, bigRoom, occupants, QStringLiteral("c%1-").arg(tag));
    if (!crowd.start()) {
        std::fprintf(stderr, "natter-groupsbench: the crowd did not get in\n");
        return 2;
    }
    const double joinCpuBefore = cpuSeconds();
    QElapsedTimer joinTimer;
    joinTimer.start();
    const GroupResult joined = result(account->groups()->join(bigRoom), 120000);
    const double joinMs = joinTimer.nsecsElapsed() / 1e6;
    const double joinCpu = cpuSeconds() - joinCpuBefore;
    const qsizetype listed = account->groups()->participants(joined.chatId).size();
    if (joined.chatId == 0 || listed != occupants) {
        std::fprintf(stderr, "natter-groupsbench: joined %lld with %lld participants: %s\n",
            static_cast<long long>(joined.chatId), static_cast<long long>(listed),
            qPrintable(joined.error));
        return 2;
    }

    // A burst of 10,000 from several senders into a room of its own.
    Crowd senders(script, env, busyRoom, BurstSenders, QStringLiteral("s%1-").arg(tag));
    if (!senders.start() || result(account->groups()->join(busyRoom), 60000).chatId == 0
        || !waitFor([&] { return account->groupMessaging()->isReady(busyRoom); }, 60000))
        return 2;
    int stored = 0;
    QObject::connect(account->groupMessaging(), &GroupMessaging::messagesStored,
        [&](const QList<Message> &messages) { stored += int(messages.size()); });
    const auto burst = [&] {
        const int target = stored + BurstMessages;
        senders.burst(BurstMessages);
        if (waitFor([&] { return stored >= target; }, 300000))
            return true;
        std::fprintf(stderr, "natter-groupsbench: stored %d of %d\n", stored, target);
        return false;
    };
    // CPU from a burst without the stall watchdog, whose 1,000 wake-ups a second are the
    // benchmark's own cost, not Natter's (as bench/ingestbench.cpp measures it).
    const double burstCpuBefore = cpuSeconds();
    if (!burst())
        return 2;
    const double burstCpu = cpuSeconds() - burstCpuBefore;

    // The longest main-thread stall from a second burst, watched by a 1 ms timer; with the part
    // of it the main thread spent on the CPU, which is Natter's own work rather than waiting for
    // ejabberd and the senders, which share the two cores.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 lastThreadCpu = 0;
    qint64 maxStall = 0;
    qint64 maxStallCpu = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 threadNow = threadCpuNs();
        if (lastTick != 0) {
            maxStall = std::max(maxStall, now - lastTick - 1'000'000);
            maxStallCpu = std::max(maxStallCpu, threadNow - lastThreadCpu);
        }
        lastTick = now;
        lastThreadCpu = threadNow;
    });
    watchdog.start();
    if (!burst())
        return 2;
    watchdog.stop();

    struct Row
    {
        const char *key;
        const char *what;
        double value;
        double target;
    };
    const Row rows[] = {
        { "join_1000_ms", "enter a room of 1,000, wall (ms)", joinMs, 1000 },
        { "join_1000_cpu_s", "enter a room of 1,000, CPU (s)", joinCpu, 0.5 },
        { "group_cpu_s_per_1000", "CPU s per 1,000 group messages", burstCpu * 1000 / BurstMessages,
            0.15 },
        { "group_max_main_thread_stall_ms", "longest main-thread stall in the burst (ms)",
            double(maxStall) / 1e6, 16 },
        { "group_max_stall_on_cpu_ms", "of which the main thread on the CPU (ms)",
            double(maxStallCpu) / 1e6, 16 },
        { "chatlist_ms_with_groups", "chat list, 1,000 chats, 200 groups (ms)", chatlist, 5 },
    };
    std::printf("%-46s %10s %10s\n", "figure", "measured", "target");
    QJsonObject json;
    bool allMet = true;
    for (const Row &row : rows) {
        const bool met = row.value >= 0 && row.value <= row.target;
        allMet = allMet && met;
        std::printf("%-46s %10.3f %9s%g  %s\n", row.what, row.value, "<=", row.target,
            met ? "ok" : "MISSED");
        json.insert(QString::fromLatin1(row.key), row.value);
    }
    const QString jsonPath = cli.value(QStringLiteral("json"));
    if (!jsonPath.isEmpty()) {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QJsonDocument(json).toJson());
    }
    return allMet ? 0 : 3;
}
