#include "GroupStore.h"

#include "Database.h"
#include "IdCodec.h"
#include "MessageWriter.h"

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
            "g.exit_reason, g.archive_id FROM groups g JOIN chats c ON c.id = g.chat_id "
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

} // namespace Natter
