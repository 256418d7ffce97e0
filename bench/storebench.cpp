// natter-storebench: the history store's figures against the targets of issue 4. Times are
// taken from the caller's side of the QFuture, so the hop to the database thread is included.
#include "ChatStore.h"
#include "Database.h"
#include "HistoryGenerator.h"
#include "MessageStore.h"
#include "SearchStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Natter;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()))];
}

template <typename Fn> QList<double> timeRuns(int runs, Fn fn)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn(i);
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

// A fresh store, the generator's messages prepared up front: only the store is timed.
double ingestRate(const QString &dir, qint64 count)
{
    Database db;
    if (!db.open(dir + QStringLiteral("/ingest.db")).result().ok())
        return 0;
    db.run([](Connection &c) {
          c.exec("INSERT INTO accounts (jid) VALUES ('me@example.org')");
          c.begin();
          for (int i = 1; i <= 1000; ++i) {
              Statement s = c.prepare("INSERT INTO chats (account_id, peer) VALUES (1, ?)");
              s.bind(1, QStringLiteral("contact%1@example.org").arg(i)).step();
          }
          c.commit();
      }).waitForFinished();
    HistoryGenerator generator(7);
    generator.plan(1000, count, count / 10);
    QList<QList<Message>> batches;
    while (generator.remaining() > 0)
        batches.append(generator.next(5000));
    MessageStore store(db);
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<QList<Message>>> futures;
    for (const QList<Message> &batch : std::as_const(batches))
        futures.append(store.insertMessages(batch));
    qint64 written = 0;
    for (auto &future : futures)
        written += future.result().size();
    return written / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOptions({ { QStringLiteral("db"), QStringLiteral("History made by natter-histgen."),
                         QStringLiteral("file") },
        { QStringLiteral("json"), QStringLiteral("Also write the figures here."),
            QStringLiteral("file") },
        { QStringLiteral("ingest"), QStringLiteral("Messages for the ingest run."),
            QStringLiteral("n"), QStringLiteral("200000") } });
    cli.process(app);
    const QString path = cli.value(QStringLiteral("db"));

    QTemporaryDir scratch;
    const double ingest
        = ingestRate(scratch.path(), cli.value(QStringLiteral("ingest")).toLongLong());

    Database db;
    if (!db.open(path).result().ok()) {
        std::fprintf(stderr, "natter-storebench: cannot open %s\n", qPrintable(path));
        return 1;
    }
    const qint64 messages = db.run([](Connection &c) {
                                  Statement s = c.prepare("SELECT count(*) FROM messages");
                                  s.step();
                                  return s.int64(0);
                              }).result();
    ChatStore chats(db);
    MessageStore store(db);
    SearchStore search(db);
    HistoryGenerator words;

    // One untimed pass of each warms the page cache, as a running app's would be.
    const int chatCount = int(chats.chats(1).result().size());
    const double chatlist = percentile(timeRuns(50, [&](int) { chats.chats(1).result(); }), 0.5);
    store.newest(1, 50).result();
    const double firstPage
        = percentile(timeRuns(200, [&](int) { store.newest(1, 50).result(); }), 0.5);
    // Where a chat opens: the big chat (read to the end) and the chat with the most unread.
    qint64 mostUnread = 1;
    int unreadCount = 0;
    for (const Chat &chat : chats.chats(1).result()) {
        if (chat.unreadCount > unreadCount) {
            mostUnread = chat.id;
            unreadCount = chat.unreadCount;
        }
    }
    const qint64 opened[] = { 1, mostUnread };
    for (qint64 chat : opened)
        store.firstUnread(chat).result();
    const double firstUnread
        = percentile(timeRuns(200, [&](int i) { store.firstUnread(opened[i % 2]).result(); }), 0.5);

    // Words across the frequency range: common, middling and rare; a quarter are two words.
    std::mt19937 rng(11);
    QStringList queries;
    for (int i = 0; i < 300; ++i) {
        const int band = i % 3;
        const int rank = band == 0 ? 20 + int(rng() % 200)
            : band == 1            ? 300 + int(rng() % 2000)
                                   : 3000 + int(rng() % 20000);
        QString q = words.word(rank);
        if (i % 4 == 0)
            q = words.word(int(rng() % 300)) + u' ' + q;
        queries.append(q);
    }
    for (const QString &q : std::as_const(queries))
        search.search(q).result();
    qint64 hits = 0;
    const QList<double> searchMs = timeRuns(
        int(queries.size()), [&](int i) { hits += search.search(queries[i]).result().size(); });

    db.run([](Connection &c) { c.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }).waitForFinished();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const double perMessage = messages ? double(bytes) / messages : 0;

    struct Row
    {
        const char *key;
        const char *what;
        double value;
        double target;
        bool higherIsBetter;
    };
    const Row rows[] = {
        { "ingest_msgs_per_s", "ingest, batched, dedupe + FTS (msg/s)", ingest, 30000, true },
        { "chatlist_ms", "chat list, median (ms)", chatlist, 5, false },
        { "first_page_ms", "first page of 50, median (ms)", firstPage, 1, false },
        { "first_unread_ms", "first unread message, median (ms)", firstUnread, 1, false },
        { "search_p95_ms", "global search, 50 newest, p95 (ms)", percentile(searchMs, 0.95), 10,
            false },
        { "db_bytes_per_msg", "database bytes per message", perMessage, 200, false },
    };
    std::printf("history: %lld messages, %d chats, %s\n", static_cast<long long>(messages),
        chatCount, qPrintable(path));
    std::printf("first unread: chat 1 and chat %lld (%d unread)\n",
        static_cast<long long>(mostUnread), unreadCount);
    std::printf("search: %lld queries, median %.2f ms, %.1f hits per query\n",
        static_cast<long long>(searchMs.size()), percentile(searchMs, 0.5),
        double(hits) / searchMs.size());
    std::printf("%-40s %12s %10s  %s\n", "figure", "measured", "target", "");
    QJsonObject json;
    bool allMet = true;
    for (const Row &row : rows) {
        const bool met = row.higherIsBetter ? row.value >= row.target : row.value <= row.target;
        allMet = allMet && met;
        std::printf("%-40s %12.2f %9s%g  %s\n", row.what, row.value,
            row.higherIsBetter ? ">=" : "<=", row.target, met ? "ok" : "MISSED");
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
