#include "MessageRefs.h"

#include "Connection.h"
#include "IdCodec.h"

#include <sqlite3.h>

namespace Natter {

namespace {

// Keys are 32-bit hashes: every candidate is confirmed against the full id.
qint64 byStanzaKey(Connection &c, qint64 chatId, const QString &ref)
{
    Statement s = c.prepare("SELECT id FROM messages WHERE stanza_key = ?1 AND chat_id = ?2 "
                            "AND stanza_id = ?3 AND kind = 0");
    s.bind(1, IdCodec::key(chatId, ref)).bind(2, chatId);
    IdCodec::bind(s, 3, ref);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return s.int64(0);
    return c.check(rc) == SQLITE_DONE ? 0 : -1;
}

qint64 bySenderKey(Connection &c, qint64 chatId, const QString &ref)
{
    Statement s = c.prepare("SELECT id, origin_id, message_id FROM messages "
                            "WHERE origin_key = ?1 AND chat_id = ?2 AND kind = 0");
    s.bind(1, IdCodec::key(chatId, ref)).bind(2, chatId);
    int rc = SQLITE_DONE;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QString originId = IdCodec::read(s, 1);
        // message_id is NULL when it equals origin-id (see MessageWriter::insertRow).
        const QString messageId = s.isNull(2) ? originId : IdCodec::read(s, 2);
        if ((originId.isEmpty() ? messageId : originId) == ref)
            return s.int64(0);
    }
    return c.check(rc) == SQLITE_DONE ? 0 : -1;
}

// Group messages with an origin-id that were stored before their stanza-ids were keyed
// (schema 12 and older): the chat's recent ones are read, newest first, and no further.
qint64 byUnkeyedStanzaId(Connection &c, qint64 chatId, const QString &ref)
{
    Statement s = c.prepare(
        "SELECT id FROM (SELECT id, stanza_id, stanza_key, kind FROM messages WHERE chat_id = ?1 "
        "ORDER BY timestamp DESC LIMIT ?2) WHERE stanza_key IS NULL AND stanza_id = ?3 "
        "AND kind = 0 LIMIT 1");
    s.bind(1, chatId).bind(2, MessageRefs::UnkeyedScanLimit);
    IdCodec::bind(s, 3, ref);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return s.int64(0);
    return c.check(rc) == SQLITE_DONE ? 0 : -1;
}

} // namespace

qint64 MessageRefs::find(Connection &c, qint64 chatId, const QString &ref)
{
    if (ref.isEmpty() || !chatId)
        return 0;
    for (auto lookup : { &byStanzaKey, &bySenderKey, &byUnkeyedStanzaId }) {
        const qint64 id = lookup(c, chatId, ref);
        if (id != 0)
            return id;
    }
    return 0;
}

} // namespace Natter
