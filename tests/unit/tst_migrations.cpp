#include "Connection.h"
#include "Database.h"
#include "Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

namespace {

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

QStringList rows(Connection &c, const QByteArray &sql)
{
    QStringList out;
    Statement s = c.prepareOnce(sql);
    while (s.step() == 100 /* SQLITE_ROW */)
        out.append(s.text(0));
    return out;
}

// Everything that makes up the schema: objects, their SQL, columns, indexes and pragmas.
QStringList describe(Database &db)
{
    return await(db.run([](Connection &c) {
        QStringList out = rows(c,
            "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || "
            "coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
        const QStringList tables = rows(c,
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "ORDER BY name");
        for (const QString &table : tables) {
            out += rows(c,
                "SELECT '" + table.toUtf8()
                    + "' || ' ' || cid || ' ' || name || ' ' || type || ' ' || \"notnull\" || ' ' "
                      "|| coalesce(dflt_value, '') || ' ' || pk FROM pragma_table_info('"
                    + table.toUtf8() + "')");
            out += rows(c,
                "SELECT '" + table.toUtf8()
                    + "' || ' fk ' || \"table\" || ' ' || \"from\" || ' ' || on_delete "
                      "FROM pragma_foreign_key_list('"
                    + table.toUtf8() + "')");
        }
        out += rows(c, "SELECT 'user_version ' || user_version FROM pragma_user_version");
        out += rows(c, "SELECT 'journal_mode ' || journal_mode FROM pragma_journal_mode");
        out += rows(c, "SELECT 'foreign_keys ' || foreign_keys FROM pragma_foreign_keys");
        return out;
    }));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratedFromVersion1EqualsFresh();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::migratedFromVersion1EqualsFresh()
{
    const QString oldPath = m_dir.filePath(QStringLiteral("v1.db"));
    {
        // A version-1 history with data in it, as an older Natter left it.
        Connection c;
        QCOMPARE(c.open(oldPath), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 1, &error), qPrintable(error));
        QCOMPARE(Migrations::schemaVersion(c), 1);
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'Ciao Verona, città bella')"),
            0);
    }
    Database migrated;
    const auto result = await(migrated.open(oldPath));
    QCOMPARE(result.status, Database::OpenStatus::Opened);
    Database fresh;
    QCOMPARE(await(fresh.open(m_dir.filePath(QStringLiteral("fresh.db")))).status,
        Database::OpenStatus::Created);

    const QStringList a = describe(migrated);
    const QStringList b = describe(fresh);
    QVERIFY(a.size() > 30);
    QCOMPARE(a, b);

    // The data came along, and the new search index covers the old messages.
    const QString found = await(migrated.run([](Connection &c) {
        Statement s
            = c.prepare("SELECT rowid FROM message_search WHERE message_search MATCH 'citta'");
        return s.step() == 100 ? s.text(0) : QString();
    }));
    QCOMPARE(found, QStringLiteral("1"));
    QCOMPARE(await(migrated.run([](Connection &c) {
        return rows(c, "SELECT unread_count || ' ' || last_message_id FROM chats");
    })),
        QStringList { QStringLiteral("1 1") });
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
