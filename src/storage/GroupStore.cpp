#include "GroupStore.h"

#include "Database.h"
#include "IdCodec.h"
#include "MessageWriter.h"

#include <QHash>

#include <sqlite3.h>

namespace Natter {

GroupStore::GroupStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

GroupStore::~GroupStore()
{
    // Queued tasks may still announce a change through this store: let them finish first.
    m_db.run([](Connection &) {}).waitForFinished();
}

QFuture<Group> GroupStore::saveGroup(const Group &group)
{
    return m_db.run([this, group](Connection &c) {
        Group saved = group;
        saved.chatId = 0;
        if (!c.begin())
            return saved;
        const qint64 chatId = MessageWriter::ensureChat(c, group.accountId, group.room);
        Statement kind = c.prepare("UPDATE chats SET kind = ? WHERE id = ?");
        kind.bind(1, int(group.kind)).bind(2, chatId);
        Statement upsert = c.prepare(
            "INSERT INTO groups (chat_id, name, subject, nick, state, exit_reason) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET name = excluded.name, "
            "subject = excluded.subject, nick = excluded.nick, state = excluded.state, "
            "exit_reason = excluded.exit_reason");
        upsert.bind(1, chatId).bind(2, group.name).bind(3, group.subject).bind(4, group.nick);
        upsert.bind(5, int(group.state)).bind(6, group.exitReason);
        if (chatId == 0 || c.check(kind.step()) != SQLITE_DONE
            || c.check(upsert.step()) != SQLITE_DONE || !c.commit()) {
            c.rollback();
            return saved;
        }
        saved.chatId = chatId;
        QMetaObject::invokeMethod(
            this, [this, chatId]() { Q_EMIT groupChanged(chatId); }, Qt::QueuedConnection);
        return saved;
    });
}

QFuture<QList<Group>> GroupStore::groups(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare(
            "SELECT c.id, c.account_id, c.peer, c.kind, g.name, g.subject, g.nick, g.state, "
            "g.exit_reason, g.archive_id, g.avatar_hash FROM groups g JOIN chats c "
            "ON c.id = g.chat_id "
            "WHERE c.account_id = ? ORDER BY c.id");
        s.bind(1, accountId);
        QList<Group> list;
        while (s.step() == SQLITE_ROW) {
            Group g;
            g.chatId = s.int64(0);
            g.accountId = s.int64(1);
            g.room = s.text(2);
            g.kind = ChatKind(s.int32(3));
            g.name = s.text(4);
            g.subject = s.text(5);
            g.nick = s.text(6);
            g.state = GroupState(s.int32(7));
            g.exitReason = s.text(8);
            g.archiveId = IdCodec::read(s, 9);
            g.avatarHash = s.text(10);
            list.append(g);
        }
        return list;
    });
}

QFuture<bool> GroupStore::setArchiveId(qint64 chatId, const QString &archiveId)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("UPDATE groups SET archive_id = ? WHERE chat_id = ?");
        IdCodec::bind(s, 1, archiveId);
        s.bind(2, chatId);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

QFuture<bool> GroupStore::setAvatarHash(qint64 chatId, const QString &hash)
{
    return m_db.run([=](Connection &c) {
        Statement s = c.prepare("UPDATE groups SET avatar_hash = ? WHERE chat_id = ?");
        s.bind(1, hash).bind(2, chatId);
        return c.check(s.step()) == SQLITE_DONE && c.changes() > 0;
    });
}

QFuture<QList<GroupMember>> GroupStore::replaceMembers(
    qint64 chatId, const QList<GroupMember> &members)
{
    return m_db.run([=](Connection &c) {
        QList<GroupMember> previous;
        if (!c.begin())
            return previous;
        Statement s = c.prepare(
            "SELECT jid, affiliation, nick FROM group_members WHERE chat_id = ? ORDER BY id");
        s.bind(1, chatId);
        QHash<QString, QString> nicks;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            previous.append({ s.text(0), s.int32(1), s.text(2) });
            nicks.insert(previous.last().jid, previous.last().nick);
        }
        Statement clear = c.prepare("DELETE FROM group_members WHERE chat_id = ?");
        clear.bind(1, chatId);
        bool ok = c.check(rc) == SQLITE_DONE && c.check(clear.step()) == SQLITE_DONE;
        for (qsizetype i = 0; ok && i < members.size(); ++i) {
            const GroupMember &m = members.at(i);
            Statement insert = c.prepare("INSERT OR IGNORE INTO group_members (chat_id, jid, "
                                         "affiliation, nick) VALUES (?, ?, ?, ?)");
            insert.bind(1, chatId).bind(2, m.jid).bind(3, m.affiliation);
            insert.bind(4, m.nick.isEmpty() ? nicks.value(m.jid) : m.nick);
            ok = c.check(insert.step()) == SQLITE_DONE;
        }
        if (!ok || !c.commit()) {
            c.rollback();
            return QList<GroupMember>();
        }
        return previous;
    });
}

QFuture<bool> GroupStore::updateMember(qint64 chatId, const GroupMember &member)
{
    // MucAffiliation: 0 none, 1 outcast, 2 member and up.
    constexpr int Member = 2;
    return m_db.run([=](Connection &c) {
        Statement s = member.affiliation < Member
            ? c.prepare("DELETE FROM group_members WHERE chat_id = ?1 AND jid = ?2")
            : c.prepare("INSERT INTO group_members (chat_id, jid, affiliation, nick) "
                        "SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM group_members "
                        "WHERE chat_id = ?1) ON CONFLICT (chat_id, jid) DO UPDATE SET "
                        "affiliation = excluded.affiliation, nick = CASE excluded.nick WHEN '' "
                        "THEN nick ELSE excluded.nick END");
        s.bind(1, chatId).bind(2, member.jid);
        if (member.affiliation >= Member)
            s.bind(3, member.affiliation).bind(4, member.nick);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<QList<MessageReads>> GroupStore::recordRead(
    qint64 chatId, const QString &stanzaId, const QString &reader, qint64 readAt)
{
    return m_db.run([=](Connection &c) {
        QList<MessageReads> reads;
        if (stanzaId.isEmpty() || reader.isEmpty() || !c.begin())
            return reads;
        // The marked message: any of the chat's, since readers mark the newest they saw.
        qint64 markedId = 0;
        qint64 markedAt = 0;
        {
            // Messages with an origin-id have no stanza key (MessageWriter): the chat's newest
            // rows are searched instead, bounded, by the chat's index.
            Statement s = c.prepare(
                "SELECT id, timestamp FROM (SELECT id, timestamp, stanza_id FROM messages "
                "WHERE chat_id = ? ORDER BY timestamp DESC, id DESC LIMIT ?) WHERE stanza_id = ?");
            s.bind(1, chatId).bind(2, MarkerReach);
            IdCodec::bind(s, 3, stanzaId);
            if (s.step() == SQLITE_ROW) {
                markedId = s.int64(0);
                markedAt = s.int64(1);
            }
        }
        QList<qint64> covered;
        if (markedId != 0) {
            // Ours that reached the room (Sent, Delivered or Read), up to the marked one.
            Statement s = c.prepare(
                "SELECT id FROM messages WHERE chat_id = ? AND direction = 1 AND state IN (1, 2, "
                "3) "
                "AND corrects_id IS NULL AND (timestamp < ? OR (timestamp = ? AND id <= ?)) "
                "ORDER BY timestamp DESC, id DESC LIMIT ?");
            s.bind(1, chatId).bind(2, markedAt).bind(3, markedAt).bind(4, markedId);
            s.bind(5, MaxReadsPerMarker);
            while (s.step() == SQLITE_ROW)
                covered.append(s.int64(0));
        }
        for (const qint64 messageId : std::as_const(covered)) {
            Statement insert = c.prepare("INSERT OR IGNORE INTO group_reads "
                                         "(message_id, reader_jid, read_at) VALUES (?, ?, ?)");
            insert.bind(1, messageId).bind(2, reader).bind(3, readAt);
            if (c.check(insert.step()) != SQLITE_DONE) {
                c.rollback();
                return QList<MessageReads>();
            }
            if (c.changes() > 0)
                reads.append(MessageReads { messageId, readersOf(c, messageId) });
        }
        if (!c.commit()) {
            c.rollback();
            return QList<MessageReads>();
        }
        return reads;
    });
}

QFuture<QList<MessageReads>> GroupStore::partlyRead(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare(
            "SELECT id FROM messages m WHERE chat_id = ? AND direction = 1 AND state IN (1, 2) "
            "AND EXISTS (SELECT 1 FROM group_reads r WHERE r.message_id = m.id) "
            "ORDER BY timestamp DESC, id DESC LIMIT ?");
        s.bind(1, chatId).bind(2, MaxReadsPerMarker);
        QList<MessageReads> reads;
        while (s.step() == SQLITE_ROW)
            reads.append(MessageReads { s.int64(0), {} });
        for (MessageReads &read : reads)
            read.readers = readersOf(c, read.messageId);
        return reads;
    });
}

QFuture<QList<GroupReader>> GroupStore::readers(qint64 messageId)
{
    return m_db.run([messageId](Connection &c) { return readersOf(c, messageId); });
}

QList<GroupReader> GroupStore::readersOf(Connection &c, qint64 messageId)
{
    Statement s = c.prepare("SELECT reader_jid, read_at FROM group_reads WHERE message_id = ? "
                            "ORDER BY read_at, id");
    s.bind(1, messageId);
    QList<GroupReader> readers;
    while (s.step() == SQLITE_ROW)
        readers.append(GroupReader { s.text(0), {}, s.int64(1) });
    return readers;
}

} // namespace Natter
