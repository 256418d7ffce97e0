// Issue 17, "acknowledge only what is stored": a receiver killed with SIGKILL in the middle of a
// burst loses whatever it held in memory, although stream management already told the server
// it was handled. After a restart on the same profile the archive catch-up must bring every
// such message back: 0 lost, 0 duplicates, across seeded kill points.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessageSync.h"
#include "MessagingService.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("killnine-pw");
// 20 kill points, as the issue asks; each one a fresh burst into a restarted receiver.
constexpr int Seeds = 20;
// Long enough that a kill lands while a batch is still held in memory (its delay is 200 ms).
constexpr int BurstSize = 40;
// How often the receiver reports what its store holds.
constexpr int ReportIntervalMs = 100;

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The receiver, run as a child process: signs in on its profile, says READY once caught up,
// reports "HAVE <rows> <distinct bodies>" for the messages from peer starting with checkPrefix,
// and kills itself with SIGKILL on the killAt-th live message starting with killPrefix.
int receive(const QStringList &args)
{
    const QString dir = args.at(0), jid = args.at(1), peer = args.at(2);
    const QString checkPrefix = args.at(3), killPrefix = args.at(4);
    const int killAt = args.at(5).toInt();
    Test::TestServer server;
    if (!server.load())
        return 1;
    ProfilePaths profile(dir);
    profile.ensureExists();
    AccountSession account(profile);
    account.pinCertificates(jid, { server.certificate() });
    int killCount = 0;
    QObject::connect(
        account.messages(), &MessageSync::messageReceived, &account, [&](const Message &message) {
            if (killAt > 0 && message.body.startsWith(killPrefix) && ++killCount == killAt)
                ::kill(::getpid(), SIGKILL); // no clean shutdown: whatever is held is lost
        });
    bool ready = false;
    bool reporting = false;
    QTimer reporter;
    QObject::connect(&reporter, &QTimer::timeout, &account, [&] {
        if (!ready && account.accountId() != 0 && account.session()->isAvailable()
            && account.archive()->completedCatchUps() > 0) {
            ready = true;
            say("READY");
        }
        if (!ready || reporting || checkPrefix.isEmpty())
            return;
        reporting = true;
        account.history()
            ->chats()
            .chats(account.accountId())
            .then(&account, [&](const QList<Chat> &chats) {
                for (const Chat &chat : chats) {
                    if (chat.peer != peer)
                        continue;
                    account.history()
                        ->messages()
                        .newest(chat.id, 100000)
                        .then(&account, [&](const QList<Message> &messages) {
                            QSet<QString> distinct;
                            int rows = 0;
                            for (const Message &m : messages) {
                                if (m.body.startsWith(checkPrefix)) {
                                    ++rows;
                                    distinct.insert(m.body);
                                }
                            }
                            say(QByteArray("HAVE ") + QByteArray::number(rows) + ' '
                                + QByteArray::number(distinct.size()));
                            reporting = false;
                        });
                    return;
                }
                reporting = false;
            });
    });
    reporter.start(ReportIntervalMs);
    account.signIn(jid, Password, server.host(), server.c2sPort());
    return QCoreApplication::exec();
}

// A receiver child and the lines it printed.
class Receiver
{
public:
    explicit Receiver(const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { m_output += m_process.readAllStandardOutput(); });
        m_process.start(QCoreApplication::applicationFilePath(),
            QStringList { QStringLiteral("--receive") } + args);
    }
    ~Receiver()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QProcess &process() { return m_process; }
    bool ready() const { return m_output.startsWith("READY\n"); }
    // The last complete HAVE line, or empty.
    QByteArray lastReport() const
    {
        const qsizetype end = m_output.lastIndexOf("\n");
        const qsizetype start = m_output.lastIndexOf("HAVE ", end);
        return start < 0 ? QByteArray() : m_output.mid(start, end - start);
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

QString prefixFor(int seed)
{
    return QStringLiteral("k%1 ").arg(seed, 2, 10, QLatin1Char('0'));
}
} // namespace

class TestKillNine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_root.isValid());
    }

    void nothingLostAcrossSeededKills()
    {
        const QString a = m_server.createAccount(QStringLiteral("ka"), Password);
        const QString b = m_server.createAccount(QStringLiteral("kb"), Password);
        Test::TestAccounts accounts(m_server, m_root.path(), Password);
        auto alice = accounts.signIn(QStringLiteral("alice"), a);
        QVERIFY(alice);
        const QString bobDir = m_root.path() + QStringLiteral("/bob");
        QByteArray expected
            = "HAVE " + QByteArray::number(BurstSize) + ' ' + QByteArray::number(BurstSize);

        QString checkPrefix; // the previous seed's burst, checked by the next receiver
        int previousKillAt = 0;
        for (int seed = 0; seed <= Seeds; ++seed) {
            const bool last = seed == Seeds;
            // Deterministic from the seed, and always inside the burst: never its last message.
            const int killAt
                = last ? 0 : 1 + int(QRandomGenerator(quint32(seed)).bounded(BurstSize - 1));
            Receiver bob({ bobDir, b, a, checkPrefix, last ? QString() : prefixFor(seed),
                QString::number(killAt) });
            QTRY_VERIFY_WITH_TIMEOUT(bob.ready(), 30000);
            // Rows and distinct bodies both at the burst's size: none lost, none twice.
            if (!checkPrefix.isEmpty()) {
                QTRY_VERIFY2_WITH_TIMEOUT(bob.lastReport() == expected,
                    qPrintable(QStringLiteral("seed %1, killed at message %2: %3")
                                   .arg(seed - 1)
                                   .arg(previousKillAt)
                                   .arg(QString::fromLatin1(bob.lastReport()))),
                    30000);
            }
            if (last)
                break;
            for (int i = 0; i < BurstSize; ++i)
                alice->messaging()->send(b, prefixFor(seed) + QString::number(i));
            QTRY_VERIFY2_WITH_TIMEOUT(bob.process().state() == QProcess::NotRunning,
                qPrintable(QStringLiteral("seed %1: no kill at %2").arg(seed).arg(killAt)), 30000);
            QCOMPARE(bob.process().exitStatus(), QProcess::CrashExit);
            checkPrefix = prefixFor(seed);
            previousKillAt = killAt;
        }
    }

private:
    Test::TestServer m_server;
    QTemporaryDir m_root;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 8 && args.at(1) == QStringLiteral("--receive"))
        return receive(args.mid(2));
    TestKillNine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killnine.moc"
