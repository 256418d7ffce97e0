#include "ReplyLinks.h"

#include "Connection.h"
#include "IdCodec.h"
#include "MessageRefs.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

bool ReplyLinks::link(Message &m)
{
    if (!m.replyRef.isEmpty() && m.replyToId == 0) {
        const qint64 id = original(m);
        if (id < 0)
            return false;
        if (id > 0) {
            Statement s = m_c.prepare("UPDATE messages SET reply_to_id = ? WHERE id = ?");
            s.bind(1, id).bind(2, m.id);
            if (m_c.check(s.step()) != SQLITE_DONE)
                return false;
            m.replyToId = id;
            if (m.direction == Direction::Incoming && !ours(id, m.repliesToUs))
                return false;
        }
    }
    return tieWaiting(m);
}

qint64 ReplyLinks::original(const Message &reply)
{
    const qint64 id = MessageRefs::find(m_c, reply.chatId, reply.replyRef);
    return id == reply.id ? 0 : id; // a message cannot answer itself
}

bool ReplyLinks::ours(qint64 id, bool &mine)
{
    Statement s = m_c.prepare("SELECT direction FROM messages WHERE id = ?");
    s.bind(1, id);
    const int rc = s.step();
    mine = rc == SQLITE_ROW && Direction(s.int32(0)) == Direction::Outgoing;
    return m_c.check(rc) == SQLITE_ROW;
}

bool ReplyLinks::tieWaiting(const Message &m)
{
    // Only the ids a reply may name this message by (see MessageRefs): candidates are checked
    // through find() so the two directions agree.
    QStringList refs;
    for (const QString &ref : { m.stanzaId, m.originId, m.messageId }) {
        if (!ref.isEmpty() && !refs.contains(ref))
            refs.append(ref);
    }
    for (const QString &ref : std::as_const(refs)) {
        Statement s = m_c.prepare("SELECT id FROM messages WHERE chat_id = ? AND reply_ref = ? "
                                  "AND reply_to_id IS NULL AND id != ?");
        s.bind(1, m.chatId).bind(2, ref).bind(3, m.id);
        QList<qint64> waiting;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW)
            waiting.append(s.int64(0));
        if (m_c.check(rc) != SQLITE_DONE)
            return false;
        if (waiting.isEmpty())
            continue;
        const qint64 found = MessageRefs::find(m_c, m.chatId, ref);
        if (found < 0)
            return false;
        if (found != m.id)
            continue;
        for (qint64 replyId : std::as_const(waiting)) {
            Statement u = m_c.prepare("UPDATE messages SET reply_to_id = ? WHERE id = ?");
            u.bind(1, m.id).bind(2, replyId);
            if (m_c.check(u.step()) != SQLITE_DONE)
                return false;
            m_tied.append(replyId);
        }
    }
    return true;
}

} // namespace Natter
