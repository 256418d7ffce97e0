// natter-histgen: writes a synthetic history through the store's own batch API, so that the
// time it takes is also an honest ingest figure (dedupe keys, FTS triggers and all).
#include "AccountStore.h"
#include "ContactStore.h"
#include "Database.h"
#include "HistoryGenerator.h"
#include "MessageStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Natter;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Writes a synthetic Natter history."));
    cli.addHelpOption();
    cli.addOptions({ { QStringLiteral("out"), QStringLiteral("Database file to create."),
                         QStringLiteral("file") },
        { QStringLiteral("chats"), QStringLiteral("Number of chats."), QStringLiteral("n"),
            QStringLiteral("1000") },
        { QStringLiteral("messages"), QStringLiteral("Number of messages."), QStringLiteral("n"),
            QStringLiteral("1000000") },
        { QStringLiteral("big-chat"), QStringLiteral("Messages in chat 1."), QStringLiteral("n"),
            QStringLiteral("100000") },
        { QStringLiteral("batch"), QStringLiteral("Messages per transaction."), QStringLiteral("n"),
            QStringLiteral("5000") } });
    cli.process(app);
    const QString out = cli.value(QStringLiteral("out"));
    if (out.isEmpty() || QFile::exists(out)) {
        std::fprintf(stderr, "natter-histgen: --out must name a file that does not exist yet\n");
        return 2;
    }
    const int chats = cli.value(QStringLiteral("chats")).toInt();
    const qint64 total = cli.value(QStringLiteral("messages")).toLongLong();
    const int batchSize = cli.value(QStringLiteral("batch")).toInt();

    Database db;
    const auto opened = db.open(out).result();
    if (!opened.ok()) {
        std::fprintf(stderr, "natter-histgen: %s\n", qPrintable(opened.error));
        return 1;
    }
    const qint64 account
        = AccountStore(db).saveAccount({ 0, QStringLiteral("me@example.org"), {}, true }).result();
    QList<Contact> contacts;
    for (int i = 1; i <= chats; ++i) {
        const QString jid = QStringLiteral("contact%1@example.org").arg(i);
        contacts.append(
            { 0, account, jid, QStringLiteral("Contact %1").arg(i), Subscription::Both });
    }
    ContactStore(db).saveContacts(account, contacts).waitForFinished();
    db.run([&](Connection &c) {
          c.begin();
          for (const Contact &contact : std::as_const(contacts)) {
              Statement s = c.prepare("INSERT INTO chats (account_id, peer) VALUES (?, ?)");
              s.bind(1, account).bind(2, contact.jid);
              s.step();
          }
          c.commit();
      }).waitForFinished();

    HistoryGenerator generator;
    generator.plan(
        chats, total, std::min<qint64>(cli.value(QStringLiteral("big-chat")).toLongLong(), total));
    MessageStore store(db);
    QElapsedTimer timer;
    timer.start();
    QFuture<QList<Message>> inFlight;
    qint64 written = 0;
    while (generator.remaining() > 0) {
        const QList<Message> batch = generator.next(batchSize);
        // One batch is written while the next one is generated.
        if (inFlight.isValid())
            written += inFlight.result().size();
        inFlight = store.insertMessages(batch);
    }
    if (inFlight.isValid())
        written += inFlight.result().size();
    const double seconds = timer.nsecsElapsed() / 1e9;
    db.run([](Connection &c) { c.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }).waitForFinished();
    std::printf("wrote %lld messages in %d chats to %s in %.1f s (%.0f messages/s)\n",
        static_cast<long long>(written), chats, qPrintable(out), seconds, written / seconds);
    return written == total ? 0 : 1;
}
