#include "ReactionStore.h"

#include "Database.h"
#include "IdCodec.h"
#include "MessageRefs.h"
#include "StorageLog.h"

#include <sqlite3.h>

namespace Natter {

ReactionStore::ReactionStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

bool ReactionStore::replace(Connection &c, qint64 messageId, const QString &reactor,
    const QString &name, const QStringList &emojis, qint64 at)
{
    Statement remove = c.prepare("DELETE FROM reactions WHERE message_id = ? AND reactor = ?");
    remove.bind(1, messageId).bind(2, reactor);
    if (c.check(remove.step()) != SQLITE_DONE)
        return false;
    for (const QString &emoji : emojis) {
        Statement insert = c.prepare("INSERT OR IGNORE INTO reactions "
                                     "(message_id, reactor, name, emoji, reacted_at) "
                                     "VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, messageId).bind(2, reactor).bind(3, name).bind(4, emoji).bind(5, at);
        if (c.check(insert.step()) != SQLITE_DONE)
            return false;
    }
    return true;
}

ReactionStore::Applied ReactionStore::applyOn(
    Connection &c, qint64 accountId, const QList<Reaction> &sets)
{
    Applied applied;
    if (!c.begin())
        return applied;
    for (const Reaction &set : sets) {
        Statement chat = c.prepare("SELECT id, kind FROM chats WHERE account_id = ? AND peer = ?");
        chat.bind(1, accountId).bind(2, set.peer);
        // A reaction from someone we have no chat with names nothing of ours.
        if (chat.step() != SQLITE_ROW || (chat.int64(1) != 0) != set.group)
            continue;
        const qint64 chatId = chat.int64(0);
        const qint64 messageId = MessageRefs::find(c, chatId, set.ref);
        if (messageId <= 0) {
            if (messageId == 0)
                applied.unresolved.append({ chatId, set });
            continue;
        }
        Statement newest = c.prepare(
            "SELECT max(reacted_at) FROM reactions WHERE message_id = ? AND reactor = ?");
        newest.bind(1, messageId).bind(2, set.reactor);
        // An archive page read later may carry a set the reactor has replaced since.
        if (newest.step() == SQLITE_ROW && !newest.isNull(0) && newest.int64(0) > set.timestamp)
            continue;
        if (!replace(c, messageId, set.reactor, set.name, set.emojis, set.timestamp)) {
            c.rollback();
            return Applied();
        }
        applied.changed.insert(messageId, chatId);
    }
    if (!c.commit()) {
        c.rollback();
        return Applied();
    }
    return applied;
}

QFuture<ReactionStore::Applied> ReactionStore::apply(qint64 accountId, const QList<Reaction> &sets)
{
    return m_db.run([accountId, sets](Connection &c) { return applyOn(c, accountId, sets); });
}

qint64 ReactionStore::storeOwn(
    Connection &c, qint64 messageId, const QStringList &emojis, qint64 at)
{
    Statement chat = c.prepare("SELECT chat_id FROM messages WHERE id = ?");
    chat.bind(1, messageId);
    if (chat.step() != SQLITE_ROW)
        return 0;
    const qint64 chatId = chat.int64(0);
    if (!c.begin())
        return 0;
    Statement queue = c.prepare("INSERT INTO reaction_outbox (message_id, version) VALUES (?, 1) "
                                "ON CONFLICT (message_id) DO UPDATE SET version = version + 1");
    queue.bind(1, messageId);
    if (!replace(c, messageId, QString(), QString(), emojis, at)
        || c.check(queue.step()) != SQLITE_DONE || !c.commit()) {
        c.rollback();
        return 0;
    }
    return chatId;
}

QStringList ReactionStore::ownOn(Connection &c, qint64 messageId)
{
    Statement s = c.prepare(
        "SELECT emoji FROM reactions WHERE message_id = ? AND reactor = '' ORDER BY id");
    s.bind(1, messageId);
    QStringList emojis;
    while (s.step() == SQLITE_ROW)
        emojis.append(s.text(0));
    return emojis;
}

QFuture<qint64> ReactionStore::setOwn(qint64 messageId, const QStringList &emojis, qint64 at)
{
    return m_db.run(
        [messageId, emojis, at](Connection &c) { return storeOwn(c, messageId, emojis, at); });
}

QFuture<qint64> ReactionStore::toggleOwn(qint64 messageId, const QString &emoji, qint64 at)
{
    return m_db.run([messageId, emoji, at](Connection &c) -> qint64 {
        QStringList emojis = ownOn(c, messageId);
        if (!emojis.removeOne(emoji)) {
            if (emojis.size() >= ReactionSet::MaxEmojis)
                return 0;
            emojis.append(emoji);
        }
        return storeOwn(c, messageId, emojis, at);
    });
}

QFuture<QStringList> ReactionStore::own(qint64 messageId)
{
    return m_db.run([messageId](Connection &c) { return ownOn(c, messageId); });
}

QFuture<QList<ReactionStore::Outgoing>> ReactionStore::outbox(qint64 accountId)
{
    return m_db.run([accountId](Connection &c) {
        Statement s = c.prepare(
            "SELECT o.message_id, o.version, chats.peer, chats.kind, m.stanza_id, m.origin_id, "
            "m.message_id FROM reaction_outbox o JOIN messages m ON m.id = o.message_id "
            "JOIN chats ON chats.id = m.chat_id WHERE chats.account_id = ? ORDER BY o.rowid");
        s.bind(1, accountId);
        QList<Outgoing> queued;
        while (s.step() == SQLITE_ROW) {
            Outgoing out;
            out.messageId = s.int64(0);
            out.version = s.int64(1);
            out.peer = s.text(2);
            out.group = s.int64(3) != 0;
            const QString stanzaId = IdCodec::read(s, 4);
            const QString originId = IdCodec::read(s, 5);
            const QString id = s.isNull(6) ? originId : IdCodec::read(s, 6);
            // XEP-0444: the room's stanza-id in a group, the message's id attribute otherwise.
            out.ref = out.group && !stanzaId.isEmpty() ? stanzaId : (id.isEmpty() ? originId : id);
            queued.append(out);
        }
        for (Outgoing &out : queued)
            out.emojis = ownOn(c, out.messageId);
        return queued;
    });
}

QFuture<bool> ReactionStore::markSent(qint64 messageId, qint64 version)
{
    return m_db.run([messageId, version](Connection &c) {
        Statement s = c.prepare("DELETE FROM reaction_outbox WHERE message_id = ? AND version = ?");
        s.bind(1, messageId).bind(2, version);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<QHash<qint64, QList<ReactionCount>>> ReactionStore::counts(const QList<qint64> &messageIds)
{
    return m_db.run([messageIds](Connection &c) {
        QHash<qint64, QList<ReactionCount>> counts;
        for (const qint64 messageId : messageIds) {
            Statement s = c.prepare("SELECT emoji, reactor, name FROM reactions "
                                    "WHERE message_id = ? ORDER BY reacted_at, id");
            s.bind(1, messageId);
            QList<ReactionCount> list;
            while (s.step() == SQLITE_ROW) {
                const QString emoji = s.text(0);
                auto it = std::find_if(list.begin(), list.end(),
                    [&](const ReactionCount &count) { return count.emoji == emoji; });
                if (it == list.end()) {
                    list.append(ReactionCount { emoji, false, {}, {} });
                    it = list.end() - 1;
                }
                it->reactors.append(s.text(1));
                it->names.append(s.text(2));
                it->ours = it->ours || s.text(1).isEmpty();
            }
            counts.insert(messageId, list);
        }
        return counts;
    });
}

} // namespace Natter
