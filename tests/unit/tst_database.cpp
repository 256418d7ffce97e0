#include "Await.h"
#include "Database.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {

QString pragma(Database &db, const char *sql)
{
    return await(db.run([sql](Connection &c) {
        Statement s = c.prepareOnce(sql);
        s.step();
        return s.text(0);
    }));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsFreshHistoryWithWalAndForeignKeys();
    void reopensExistingHistory();
    void movesNonSqliteFileAsideAndStartsFresh();
    void movesDamagedSqliteFileAside();
    void refusesHistoryFromNewerVersion();
    void reportsFailureWhenFolderIsMissing();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsFreshHistoryWithWalAndForeignKeys()
{
    Database db;
    const auto result = await(db.open(m_dir.filePath(QStringLiteral("fresh.db"))));
    QCOMPARE(result.status, Database::OpenStatus::Created);
    QCOMPARE(result.schemaVersion, Migrations::LatestVersion);
    QCOMPARE(pragma(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(db, "PRAGMA foreign_keys"), QStringLiteral("1"));
    // 2 = FULL: a commit that a receipt or an acknowledgement promises survives a power cut.
    QCOMPARE(pragma(db, "PRAGMA synchronous"), QStringLiteral("2"));
    QCOMPARE(pragma(db, "PRAGMA user_version"), QString::number(Migrations::LatestVersion));
    // The SQL runs on the database thread, never on the caller's.
    QVERIFY(!db.isDatabaseThread());
    QVERIFY(await(db.run([&db](Connection &) { return db.isDatabaseThread(); })));
}

void TestDatabase::reopensExistingHistory()
{
    const QString path = m_dir.filePath(QStringLiteral("again.db"));
    {
        Database db;
        QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Created);
        await(db.run([](Connection &c) { c.exec("INSERT INTO accounts (jid) VALUES ('a@b.c')"); }));
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    QCOMPARE(pragma(db, "SELECT jid FROM accounts"), QStringLiteral("a@b.c"));
}

void TestDatabase::movesNonSqliteFileAsideAndStartsFresh()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.db"));
    const QByteArray text("These are my notes, not a database.\n");
    writeFile(path, text);
    Database db;
    const auto result = await(db.open(path));
    QCOMPARE(result.status, Database::OpenStatus::RecoveredFromCorruption);
    QVERIFY(result.ok());
    QVERIFY(result.movedAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
    QVERIFY(!result.error.isEmpty()); // something to tell the person
    QFile moved(result.movedAsidePath);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), text); // never overwritten
    QCOMPARE(pragma(db, "PRAGMA user_version"), QString::number(Migrations::LatestVersion));
}

void TestDatabase::movesDamagedSqliteFileAside()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    {
        Database db;
        QVERIFY(await(db.open(path)).ok());
        await(db.close());
    }
    // Keep the header, scribble over the rest: SQLite itself must notice.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(16);
    file.write(QByteArray(int(file.size()) - 16, '\x5a'));
    file.close();
    Database db;
    const auto result = await(db.open(path));
    QCOMPARE(result.status, Database::OpenStatus::RecoveredFromCorruption);
    QVERIFY(QFile::exists(result.movedAsidePath));
    QCOMPARE(pragma(db, "SELECT count(*) FROM messages"), QStringLiteral("0"));
}

void TestDatabase::refusesHistoryFromNewerVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("future.db"));
    {
        Database db;
        QVERIFY(await(db.open(path)).ok());
        await(db.run([](Connection &c) { c.exec("PRAGMA user_version=999"); }));
        await(db.close());
    }
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Database db;
    const auto result = await(db.open(path));
    QCOMPARE(result.status, Database::OpenStatus::TooNew);
    QVERIFY(!result.ok());
    QCOMPARE(result.schemaVersion, 999);
    QVERIFY(result.error.contains(QStringLiteral("newer version")));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("future.db.corrupt*") }).size(), 0);
}

void TestDatabase::reportsFailureWhenFolderIsMissing()
{
    Database db;
    const auto result = await(db.open(m_dir.filePath(QStringLiteral("no/such/dir/h.db"))));
    QCOMPARE(result.status, Database::OpenStatus::Failed);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
