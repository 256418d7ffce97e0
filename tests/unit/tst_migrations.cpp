#include "ArchiveStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Connection.h"
#include "Database.h"
#include "GroupStore.h"
#include "IdCodec.h"
#include "MessageStore.h"
#include "Migrations.h"
#include "ReactionStore.h"
#include "RequestStore.h"
#include "RetractionStore.h"
#include "StarStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {

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

const QString StanzaId = QStringLiteral("1700000000000001");
const QString StanzaIdAlone = QStringLiteral("1700000000000002");
const QString OriginId = QStringLiteral("5a0d3a4e-2c8b-4d63-9d1e-0f2b3a4c5d6e");

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratedFromVersion1EqualsFresh();
    void catchUpPointSkipsStampsFromTheFuture();
    void catchUpPointMovesOnlyWithItsMessages();
    void version7MessagesAreNotMarkable();
    void version9GroupsGainReadsOfTheirMessages();
    void version10MessagesAreNoSystemLines();
    void version11ChatsAreUnmutedAndMessagesMentionNoOne();
    void version12MessagesKeepTheirFirstTextWhenCorrected();
    void version14MessagesAnswerNothingAndCanBeAnswered();
    void version15MessagesAreNotRetracted();
    void version12MessagesGainReactions();
    void version16MessagesAreNotForwarded();
    void version16ChatsAreShownUnmarkedAndNeverCleared();
    void version16MessagesAreNotStarredAndCanBe();
    void version19ChatsAreNoRequestsAndAnswersAcceptRequests();

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
        // Read, older copies keyed as version 1 keyed them: one with an origin-id, one without.
        Statement s = c.prepare("INSERT INTO messages (chat_id, timestamp, direction, state, read, "
                                "body, stanza_id, stanza_key, origin_id, origin_key) "
                                "VALUES (1, ?, 0, 2, 1, 'old', ?, ?, ?, ?)");
        for (const QString &origin : { OriginId, QString() }) {
            s.bind(1, origin.isEmpty() ? 600 : 500);
            const QString stanza = origin.isEmpty() ? StanzaIdAlone : StanzaId;
            IdCodec::bind(s, 2, stanza);
            s.bind(3, IdCodec::key(1, stanza));
            IdCodec::bind(s, 4, origin);
            if (origin.isEmpty())
                s.bindNull(5);
            else
                s.bind(5, IdCodec::key(1, origin));
            QCOMPARE(s.step(), 101 /* SQLITE_DONE */);
            s.reset();
        }
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
        return rows(c,
            "SELECT unread_count || ' ' || last_message_id || ' ' || pinned_at || ' ' || archived "
            "FROM chats");
    })),
        QStringList { QStringLiteral("1 1 0 0") });
    // Version 4 keeps stanza keys only where no origin-id dedupes; both old copies still do.
    QCOMPARE(await(migrated.run([](Connection &c) {
        return rows(c, "SELECT id || ' ' || (stanza_key IS NULL) FROM messages ORDER BY id");
    })),
        (QStringList { QStringLiteral("1 1"), QStringLiteral("2 1"), QStringLiteral("3 0") }));
    QVERIFY(await(ChatStore(migrated).setPinned(1, true)));
    MessageStore store(migrated);
    Message copy;
    copy.chatId = 1;
    copy.body = QStringLiteral("old");
    copy.timestamp = 500;
    copy.stanzaId = StanzaId;
    copy.originId = copy.messageId = OriginId;
    Message copyWithoutOriginId = copy;
    copyWithoutOriginId.stanzaId = StanzaIdAlone;
    copyWithoutOriginId.originId = copyWithoutOriginId.messageId = QString();
    QVERIFY(await(store.insertMessages({ copy, copyWithoutOriginId })).isEmpty());
}

// Version 7 takes the old rule's point (the newest stamp) but not a stamp from the future, which
// a sender's forged <delay> could have stored.
void TestMigrations::catchUpPointSkipsStampsFromTheFuture()
{
    const QString path = m_dir.filePath(QStringLiteral("v6.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 6, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO accounts (jid) VALUES ('nobody@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'mallory@example.org')"),
            0);
        Statement s = c.prepare("INSERT INTO messages (chat_id, timestamp, direction, state, "
                                "read, body, stanza_id) VALUES (?, ?, 0, 2, 1, 'x', ?)");
        const struct
        {
            int chat;
            qint64 timestamp;
            QString stanzaId;
        } rows[] = { { 1, 1000, StanzaId }, { 1, 2000, StanzaIdAlone },
            { 2, 4070908800000, QStringLiteral("1700000000000003") } };
        for (const auto &row : rows) {
            s.bind(1, row.chat).bind(2, row.timestamp);
            IdCodec::bind(s, 3, row.stanzaId);
            QCOMPARE(s.step(), 101 /* SQLITE_DONE */);
            s.reset();
        }
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    ArchiveStore archive(db);
    const CatchUpPoint point = await(archive.catchUpPoint(1));
    QCOMPARE(point.archiveId, StanzaIdAlone);
    QCOMPARE(point.archivedAt, 2000);
    QVERIFY(await(archive.catchUpPoint(2)).isNull());
}

// The point is written in the transaction that stores its page, and only then.
void TestMigrations::catchUpPointMovesOnlyWithItsMessages()
{
    Database db;
    QCOMPARE(await(db.open(m_dir.filePath(QStringLiteral("point.db")))).status,
        Database::OpenStatus::Created);
    QVERIFY(await(db.run([](Connection &c) {
        return c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org')") == 0;
    })));
    MessageStore store(db);
    ArchiveStore archive(db);
    Message message;
    message.accountId = 1;
    message.peer = QStringLiteral("juliet@example.org");
    message.body = QStringLiteral("archived");
    message.timestamp = 5000;
    message.stanzaId = StanzaId;
    const CatchUpPoint point { 1, StanzaId, 5000 };
    QCOMPARE(await(store.insertMessages({ message }, point)).size(), 1);
    QCOMPARE(await(archive.catchUpPoint(1)).archiveId, StanzaId);
    // A page of nothing new (all duplicates) still moves the point.
    QVERIFY(await(store.insertMessages({ message }, { 1, StanzaIdAlone, 6000 })).isEmpty());
    QCOMPARE(await(archive.catchUpPoint(1)).archivedAt, 6000);
}

// Nobody knows whether a message stored before version 8 asked for chat markers, so none did:
// a marker goes only where one was asked for. New messages keep what they said.
void TestMigrations::version7MessagesAreNotMarkable()
{
    const QString path = m_dir.filePath(QStringLiteral("v7.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 7, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body, "
                        "message_id) VALUES (1, 1000, 0, 2, 0, 'from version 7', 'm1')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore store(db);
    const Message old = await(store.message(1));
    QCOMPARE(old.body, QStringLiteral("from version 7"));
    QCOMPARE(old.messageId, QStringLiteral("m1"));
    QVERIFY(!old.markable);

    Message fresh;
    fresh.chatId = 1;
    fresh.body = QStringLiteral("asks for markers");
    fresh.messageId = QStringLiteral("m2");
    fresh.timestamp = 2000;
    fresh.markable = true;
    const auto stored = await(store.insertMessages({ fresh }));
    QCOMPARE(stored.size(), 1);
    QVERIFY(await(store.message(stored.first().id)).markable);
}

// A history from before "read by": its group messages stay, and a marker for one of them
// records its reader after the step to version 10.
void TestMigrations::version9GroupsGainReadsOfTheirMessages()
{
    const QString path = m_dir.filePath(QStringLiteral("v9.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 9, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer, kind) VALUES "
                        "(1, 'family@groups.example.org', 1);"
                        "INSERT INTO groups (chat_id, nick) VALUES (1, 'Romeo');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 1, 1, 1, 'ours, from version 9')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    GroupStore groups(db);
    Message marked;
    marked.chatId = 1;
    marked.sender = QStringLiteral("Juliet");
    marked.body = QStringLiteral("theirs, after ours");
    marked.stanzaId = StanzaId;
    marked.timestamp = 2000;
    QCOMPARE(await(messages.insertMessages({ marked })).size(), 1);
    const QList<MessageReads> reads
        = await(groups.recordRead(1, StanzaId, QStringLiteral("juliet@example.org"), 3000));
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.first().messageId, 1);
    QCOMPARE(reads.first().readers.size(), 1);
    QCOMPARE(reads.first().readers.first().jid, QStringLiteral("juliet@example.org"));
    QCOMPARE(reads.first().readers.first().readAt, 3000);
    // The same marker again is no news.
    QVERIFY(await(groups.recordRead(1, StanzaId, QStringLiteral("juliet@example.org"), 4000))
                .isEmpty());
}

// A history from before system lines: its messages stay messages, and still count as unread and
// last; a system line added after the step counts as neither.
void TestMigrations::version10MessagesAreNoSystemLines()
{
    const QString path = m_dir.filePath(QStringLiteral("v10.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 10, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer, kind) VALUES "
                        "(1, 'family@groups.example.org', 1);"
                        "INSERT INTO groups (chat_id, nick) VALUES (1, 'Romeo');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'unread, from version 10')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    ChatStore chats(db);
    const Message old = await(messages.message(1));
    QCOMPARE(old.kind, MessageKind::Chat);
    QVERIFY(old.event.isEmpty());
    Message line;
    line.chatId = 1;
    line.kind = MessageKind::System;
    line.event = QStringLiteral("{\"t\":\"destroyed\"}");
    line.timestamp = 2000;
    QCOMPARE(await(messages.insertMessages({ line })).size(), 1);
    const Chat chat = await(chats.chat(1));
    QCOMPARE(chat.unreadCount, 1);
    QCOMPARE(chat.lastMessageId, 1);
    // Deleting the line leaves the chat as it was; deleting the message empties it.
    QVERIFY(await(messages.removeMessage(2)));
    QCOMPARE(await(chats.chat(1)).lastMessageId, 1);
    QVERIFY(await(messages.removeMessage(1)));
    QCOMPARE(await(chats.chat(1)).unreadCount, 0);
}

// A history from before mentions and mute: its chats are not muted, its messages mention no
// one, and both can be set after the step to version 12.
void TestMigrations::version11ChatsAreUnmutedAndMessagesMentionNoOne()
{
    const QString path = m_dir.filePath(QStringLiteral("v11.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 11, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer, kind) VALUES "
                        "(1, 'family@groups.example.org', 1);"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body, "
                        "sender) VALUES (1, 1000, 0, 2, 0, 'Romeo, from version 11', 'Juliet')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    ChatStore chats(db);
    MessageStore messages(db);
    QCOMPARE(await(chats.chat(1)).mutedUntil, 0);
    const Message old = await(messages.message(1));
    QCOMPARE(old.body, QStringLiteral("Romeo, from version 11"));
    QVERIFY(old.mentions.isEmpty());
    QVERIFY(await(chats.setMutedUntil(1, Chat::MutedForever)));
    QCOMPARE(await(chats.chat(1)).mutedUntil, Chat::MutedForever);
}

// A history from before versions: its messages have none, and a correction after the step to
// version 13 keeps the text it replaced.
void TestMigrations::version12MessagesKeepTheirFirstTextWhenCorrected()
{
    const QString path = m_dir.filePath(QStringLiteral("v12.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 12, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'from version 12')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    QVERIFY(await(messages.versions(1)).isEmpty());
    Message fix;
    fix.chatId = 1;
    fix.correctsId = 1;
    fix.body = QStringLiteral("from version 13");
    fix.timestamp = 2000;
    QCOMPARE(await(messages.insertMessage(fix)).size(), 1);
    const QList<MessageVersion> versions = await(messages.versions(1));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].body, QStringLiteral("from version 12"));
    QCOMPARE(await(messages.message(1)).body, QStringLiteral("from version 13"));
}

// A history from before replies kept their references: its messages answer nothing, and a
// reply stored after the step to version 15 is tied to one of them by its id.
void TestMigrations::version14MessagesAnswerNothingAndCanBeAnswered()
{
    const QString path = m_dir.filePath(QStringLiteral("v14.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 14, &error), qPrintable(error));
        // As MessageWriter stored it: keyed by the sender's id.
        const QByteArray sql = QStringLiteral(
            "INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
            "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
            "INSERT INTO messages (chat_id, timestamp, direction, state, read, body, "
            "message_id, origin_key) VALUES (1, 1000, 0, 2, 1, 'from version 14', 'old-1', %1)")
                                   .arg(IdCodec::key(1, u"old-1"))
                                   .toUtf8();
        QCOMPARE(c.exec(sql.constData()), 0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    const Message old = await(messages.message(1));
    QVERIFY(old.replyRef.isEmpty());
    QCOMPARE(old.replyToId, 0);
    Message reply;
    reply.chatId = 1;
    reply.body = QStringLiteral("an answer");
    reply.messageId = QStringLiteral("new-1");
    reply.timestamp = 2000;
    reply.replyRef = QStringLiteral("old-1");
    const QList<Message> stored = await(messages.insertMessages({ reply }));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().replyToId, 1);
    QCOMPARE(await(messages.message(stored.first().id)).replyRef, QStringLiteral("old-1"));
}

// A history from before retractions: none of its messages is deleted or waits to be.
void TestMigrations::version15MessagesAreNotRetracted()
{
    const QString path = m_dir.filePath(QStringLiteral("v15.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 15, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 1, 2, 1, 'from version 15')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    const Message old = await(messages.message(1));
    QCOMPARE(old.body, QStringLiteral("from version 15"));
    QVERIFY(!old.retracted);
}

// A history from before the chat-level actions: its chats are listed, not marked unread and never
// cleared (the archive may bring back anything); after the step to version 18 a chat can be
// cleared, and the archive then keeps what was cleared out.
void TestMigrations::version16ChatsAreShownUnmarkedAndNeverCleared()
{
    const QString path = m_dir.filePath(QStringLiteral("v16-cleared.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 16, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'from version 16')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    ChatStore chats(db);
    const Chat chat = await(chats.chat(1));
    QCOMPARE(chat.lastBody, QStringLiteral("from version 16"));
    QVERIFY(!chat.markedUnread);
    QVERIFY(!chat.hidden);
    QVERIFY(await(chats.clearMessages(1, false)).has_value());
    MessageStore messages(db);
    Message again;
    again.chatId = 1;
    again.body = QStringLiteral("from version 16");
    again.timestamp = 1000;
    again.stanzaId = QStringLiteral("a1");
    again.fromArchive = true;
    QVERIFY(await(messages.insertMessage(again)).isEmpty());
}

// A history from before reactions: its messages have none, take them after the step to version
// 14, and lose them with the message.
void TestMigrations::version12MessagesGainReactions()
{
    const QString path = m_dir.filePath(QStringLiteral("v12-reactions.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 12, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'Romeo, from version 12')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    ReactionStore reactions(db);
    QVERIFY(await(reactions.counts({ 1 })).value(1).isEmpty());
    QCOMPARE(await(reactions.setOwn(1, { QStringLiteral("👍") }, 2000)), 1);
    QCOMPARE(await(reactions.counts({ 1 })).value(1).size(), 1);
    QVERIFY(await(MessageStore(db).removeMessage(1)));
    QVERIFY(await(reactions.counts({ 1 })).value(1).isEmpty());
    QVERIFY(await(reactions.outbox(1)).isEmpty());
}

// A history from before forwarding: none of its messages is marked forwarded, and new ones keep
// the mark they are stored with.
void TestMigrations::version16MessagesAreNotForwarded()
{
    const QString path = m_dir.filePath(QStringLiteral("v16-forwarded.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 16, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 1, 'from version 16')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    const Message old = await(messages.message(1));
    QCOMPARE(old.body, QStringLiteral("from version 16"));
    QVERIFY(!old.forwarded);
    Message forwarded;
    forwarded.chatId = 1;
    forwarded.body = QStringLiteral("passed on");
    forwarded.messageId = QStringLiteral("fwd-1");
    forwarded.timestamp = 2000;
    forwarded.forwarded = true;
    const QList<Message> stored = await(messages.insertMessages({ forwarded }));
    QCOMPARE(stored.size(), 1);
    QVERIFY(await(messages.message(stored.first().id)).forwarded);
}

// A history from before stars: none of its messages is starred; after the step to version 19 they
// can be, and one deleted for everyone loses its star.
void TestMigrations::version16MessagesAreNotStarredAndCanBe()
{
    const QString path = m_dir.filePath(QStringLiteral("v16-starred.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 16, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 1, 2, 1, 'from version 16');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 2000, 0, 2, 1, 'also from version 16')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    MessageStore messages(db);
    StarStore stars(db, messages);
    QCOMPARE(await(messages.message(1)).starredAt, 0);
    QVERIFY(await(stars.starred(1, 0, {}, 10)).isEmpty());
    QCOMPARE(await(stars.setStarred(1, 3000)).starredAt, 3000);
    QCOMPARE(await(stars.setStarred(2, 4000)).starredAt, 4000);
    QCOMPARE(await(stars.starred(1, 1, {}, 10)).size(), 2);
    QVERIFY(await(RetractionStore(db, messages).retract(1, RetractionStore::Outbox::None)));
    const QList<Message> left = await(stars.starred(1, 0, {}, 10));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, 2);
}

// A history from before message requests: its chats are none. After the step to version 20 a
// stranger's chat opens as one, keeps no thumbnail, and our answer (its trigger) accepts it.
void TestMigrations::version19ChatsAreNoRequestsAndAnswersAcceptRequests()
{
    const QString path = m_dir.filePath(QStringLiteral("v19-requests.db"));
    {
        Connection c;
        QCOMPARE(c.open(path), 0);
        QString error;
        QVERIFY2(Migrations::migrate(c, 19, &error), qPrintable(error));
        QCOMPARE(c.exec("INSERT INTO accounts (jid) VALUES ('romeo@example.org');"
                        "INSERT INTO chats (account_id, peer) VALUES (1, 'juliet@example.org');"
                        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body) "
                        "VALUES (1, 1000, 0, 2, 0, 'from version 19')"),
            0);
    }
    Database db;
    QCOMPARE(await(db.open(path)).status, Database::OpenStatus::Opened);
    RequestStore requests(db);
    QVERIFY(await(requests.requests(1)).isEmpty());
    // An existing chat stays what it is; a stranger without one opens a request.
    const auto opened = await(requests.open(
        1, { QStringLiteral("juliet@example.org"), QStringLiteral("spam@example.org") }));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.cbegin().value(), QStringLiteral("spam@example.org"));
    const qint64 spamChat = opened.cbegin().key();
    QCOMPARE(await(requests.requests(1)).keys(), QList<qint64> { spamChat });

    MessageStore messages(db);
    Message picture;
    picture.chatId = spamChat;
    picture.body = QStringLiteral("https://example.org/a.jpg");
    picture.timestamp = 2000;
    picture.stanzaId = QStringLiteral("p1");
    Attachment file;
    file.url = picture.body;
    file.mimeType = QStringLiteral("image/jpeg");
    file.thumbnail = QByteArray("thumbnail bytes");
    file.thumbnailMimeType = QStringLiteral("image/png");
    picture.attachments = { file };
    const QList<Message> stored = await(messages.insertMessages({ picture }));
    QCOMPARE(stored.size(), 1);
    QVERIFY(await(messages.message(stored.first().id)).attachments.value(0).thumbnail.isEmpty());

    Message answer;
    answer.chatId = spamChat;
    answer.direction = Direction::Outgoing;
    answer.body = QStringLiteral("who are you?");
    answer.timestamp = 3000;
    answer.originId = QStringLiteral("o1");
    QCOMPARE(await(messages.insertMessage(answer)).size(), 1);
    QVERIFY(await(requests.requests(1)).isEmpty());
    QVERIFY(!await(requests.accept(1, QStringLiteral("spam@example.org"))));

    // Accepted, the next picture keeps its thumbnail.
    picture.stanzaId = QStringLiteral("p2");
    picture.timestamp = 4000;
    const QList<Message> later = await(messages.insertMessages({ picture }));
    QCOMPARE(later.size(), 1);
    QCOMPARE(await(messages.message(later.first().id)).attachments.value(0).thumbnail,
        QByteArray("thumbnail bytes"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
