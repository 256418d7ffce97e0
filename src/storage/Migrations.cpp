#include "Migrations.h"

#include "Connection.h"
#include "StorageLog.h"

#include <sqlite3.h>

namespace Natter {

int Migrations::schemaVersion(Connection &connection)
{
    // Raw calls: an unreadable file is an expected answer here, not an error to report.
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(connection.handle(),
            "SELECT (SELECT count(*) FROM sqlite_master), user_version FROM pragma_user_version",
            -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 1);
    }
    sqlite3_finalize(stmt);
    return version;
}

bool Migrations::migrate(Connection &connection, int target, QString *error)
{
    using Step = bool (*)(Connection &);
    static constexpr Step steps[] = { &migrateTo1, &migrateTo2, &migrateTo3, &migrateTo4,
        &migrateTo5, &migrateTo6, &migrateTo7, &migrateTo8, &migrateTo9, &migrateTo10, &migrateTo11,
        &migrateTo12, &migrateTo13, &migrateTo14, &migrateTo15, &migrateTo16, &migrateTo17,
        &migrateTo18, &migrateTo19, &migrateTo20, &migrateTo21 };
    static_assert(std::size(steps) == LatestVersion);

    for (int version = schemaVersion(connection); version < target; ++version) {
        qCDebug(lcStorage) << "migrating the history to schema" << version + 1;
        const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(version + 1);
        if (!connection.begin() || !steps[version](connection)
            || connection.exec(setVersion.constData()) != SQLITE_OK || !connection.commit()) {
            if (error)
                *error = connection.errorMessage();
            connection.rollback();
            return false;
        }
    }
    return true;
}

// Accounts, roster, chats and messages.
bool Migrations::migrateTo1(Connection &c)
{
    return c.exec(R"(
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    jid TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    subscription INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, jid)
);
CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    peer TEXT NOT NULL,
    last_message_id INTEGER,
    last_timestamp INTEGER NOT NULL DEFAULT 0,
    unread_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, peer)
);
CREATE INDEX chats_by_activity ON chats (account_id, last_timestamp);

-- Ids are stored by IdCodec as an integer, a 16-byte UUID blob or text (BLOB affinity keeps
-- each as it is bound). *_key columns hold a
-- 32-bit hash of (chat, id) for dedupe; a key match is always confirmed on the full id.
-- message_id NULL means "the same as origin_id"; sender NULL means the chat's peer for
-- incoming and the account for outgoing messages.
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    timestamp INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    state INTEGER NOT NULL,
    read INTEGER NOT NULL,
    body TEXT NOT NULL,
    sender TEXT,
    stanza_id BLOB,
    stanza_key INTEGER,
    origin_id BLOB,
    origin_key INTEGER,
    message_id BLOB,
    corrects_id INTEGER,
    reply_to_id INTEGER,
    edited INTEGER NOT NULL DEFAULT 0,
    error TEXT
);
-- Pages of one chat by (timestamp, id); the rowid is part of every index entry.
CREATE INDEX messages_by_chat ON messages (chat_id, timestamp);
CREATE INDEX messages_by_stanza_key ON messages (stanza_key) WHERE stanza_key IS NOT NULL;
CREATE INDEX messages_by_origin_key ON messages (origin_key) WHERE origin_key IS NOT NULL;
-- Small: only unread incoming messages, for markRead and the unread count.
CREATE INDEX messages_unread ON messages (chat_id, timestamp) WHERE read = 0 AND direction = 0;
-- The outbox: our messages the server has not acknowledged yet.
CREATE INDEX messages_outbox ON messages (chat_id) WHERE state = 0 AND direction = 1;

-- Corrections are stored for dedupe but shown through the message they replace.
CREATE TRIGGER messages_chat_insert AFTER INSERT ON messages WHEN new.corrects_id IS NULL
BEGIN
    UPDATE chats SET
        unread_count = unread_count + (new.read = 0 AND new.direction = 0),
        last_message_id = CASE WHEN last_message_id IS NULL OR new.timestamp >= last_timestamp
                          THEN new.id ELSE last_message_id END,
        last_timestamp = max(last_timestamp, new.timestamp)
    WHERE id = new.chat_id;
END;
CREATE TRIGGER messages_chat_delete AFTER DELETE ON messages WHEN old.corrects_id IS NULL
BEGIN
    UPDATE chats SET unread_count = unread_count - (old.read = 0 AND old.direction = 0)
    WHERE id = old.chat_id;
    UPDATE chats SET
        last_message_id = (SELECT id FROM messages WHERE chat_id = old.chat_id
                           AND corrects_id IS NULL ORDER BY timestamp DESC, id DESC LIMIT 1),
        last_timestamp = coalesce((SELECT max(timestamp) FROM messages
                                   WHERE chat_id = old.chat_id AND corrects_id IS NULL), 0)
    WHERE id = old.chat_id AND last_message_id = old.id;
END;
)") == SQLITE_OK;
}

// Full-text search, attachments and drafts.
bool Migrations::migrateTo2(Connection &c)
{
    return c.exec(R"(
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    url TEXT NOT NULL DEFAULT '',
    local_path TEXT
);
CREATE INDEX attachments_by_message ON attachments (message_id);

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL UNIQUE REFERENCES chats(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    reply_to_id INTEGER,
    updated INTEGER NOT NULL
);

-- External content: the text lives once, in messages. detail=none and columnsize=0 keep the
-- index small; snippets and bm25 re-read the body, and phrase search becomes all-words search.
CREATE VIRTUAL TABLE message_search USING fts5 (body, content='messages', content_rowid='id',
    detail=none, columnsize=0, tokenize='unicode61 remove_diacritics 2');
-- New messages are indexed per transaction by SearchIndex::catchUp, not per row (see there).
-- Messages up to indexed_upto are in the index, later ones are not yet.
CREATE TABLE search_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto INTEGER NOT NULL
);
-- Every word in message_search, for expanding a prefix (see SearchIndex); edited messages
-- wait in search_terms_pending until their new words are listed.
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE search_terms_pending (id INTEGER PRIMARY KEY);
INSERT INTO message_search (rowid, body) SELECT id, body FROM messages WHERE corrects_id IS NULL;
INSERT INTO search_state VALUES (1, coalesce((SELECT max(id) FROM messages), 0));
CREATE VIRTUAL TABLE temp.message_search_vocabulary USING fts5vocab (main, message_search, row);
INSERT INTO search_terms SELECT term FROM temp.message_search_vocabulary;
DROP TABLE temp.message_search_vocabulary;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages
BEGIN
    INSERT INTO message_search (message_search, rowid, body) SELECT 'delete', old.id, old.body
    FROM search_state WHERE old.corrects_id IS NULL AND old.id <= indexed_upto;
    -- Without the newest row its id is handed out again, to a message not in the index yet.
    UPDATE search_state SET indexed_upto = coalesce((SELECT max(id) FROM messages), 0)
    WHERE old.id >= indexed_upto AND indexed_upto > coalesce((SELECT max(id) FROM messages), 0);
END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF body ON messages
WHEN old.corrects_id IS NULL AND old.id <= (SELECT indexed_upto FROM search_state)
BEGIN
    INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
    INSERT OR IGNORE INTO search_terms_pending (id) VALUES (new.id);
END;

CREATE VIRTUAL TABLE attachment_search USING fts5 (file_name, content='attachments',
    content_rowid='id', detail=none, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER attachments_search_insert AFTER INSERT ON attachments
BEGIN
    INSERT INTO attachment_search (rowid, file_name) VALUES (new.id, new.file_name);
END;
CREATE TRIGGER attachments_search_delete AFTER DELETE ON attachments
BEGIN
    INSERT INTO attachment_search (attachment_search, rowid, file_name)
    VALUES ('delete', old.id, old.file_name);
END;
CREATE TRIGGER attachments_search_update AFTER UPDATE OF file_name ON attachments
BEGIN
    INSERT INTO attachment_search (attachment_search, rowid, file_name)
    VALUES ('delete', old.id, old.file_name);
    INSERT INTO attachment_search (rowid, file_name) VALUES (new.id, new.file_name);
END;
)") == SQLITE_OK;
}

// Contacts: roster details, last seen, avatars, the block list and the roster version.
bool Migrations::migrateTo3(Connection &c)
{
    return c.exec(R"(
ALTER TABLE contacts ADD COLUMN pending_out INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN groups TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contacts ADD COLUMN avatar_hash TEXT NOT NULL DEFAULT '';
CREATE TABLE blocked_jids (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    UNIQUE (account_id, jid)
);
-- Small per-account values that are not worth a column each, e.g. the roster version.
CREATE TABLE account_state (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (account_id, key)
);
)") == SQLITE_OK;
}

// A smaller dedupe index, and pinned and archived chats.
bool Migrations::migrateTo4(Connection &c)
{
    return c.exec(R"(
-- A message with an origin-id is deduped by its origin key alone (see MessageWriter), so its
-- stanza key goes, and with it its index entry: about 18 bytes a message.
UPDATE messages SET stanza_key = NULL WHERE origin_id IS NOT NULL AND stanza_key IS NOT NULL;
-- pinned_at: when the chat was pinned (ms, strictly increasing), 0 when it is not pinned.
ALTER TABLE chats ADD COLUMN pinned_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
-- The chat list's order: pinned chats first, latest pin first, then by last activity.
DROP INDEX chats_by_activity;
CREATE INDEX chats_by_activity ON chats (account_id, pinned_at, last_timestamp);
)") == SQLITE_OK;
}

// Media: what a file is (XEP-0446 metadata and an XEP-0264 thumbnail), where its transfer
// stands, and the chat it belongs to, so a chat's shared media are found without a scan.
bool Migrations::migrateTo5(Connection &c)
{
    return c.exec(R"(
ALTER TABLE attachments ADD COLUMN chat_id INTEGER;
ALTER TABLE attachments ADD COLUMN description TEXT;
ALTER TABLE attachments ADD COLUMN width INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attachments ADD COLUMN height INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attachments ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attachments ADD COLUMN sha256 BLOB;
ALTER TABLE attachments ADD COLUMN thumbnail BLOB;
ALTER TABLE attachments ADD COLUMN thumbnail_mime TEXT;
-- TransferState: 0 remote, 1 downloading, 2 download failed, 3 uploading, 4 upload failed, 5 ready.
ALTER TABLE attachments ADD COLUMN transfer INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attachments ADD COLUMN error TEXT;
UPDATE attachments SET
    chat_id = (SELECT chat_id FROM messages WHERE messages.id = attachments.message_id),
    transfer = CASE WHEN local_path IS NULL THEN 0 ELSE 5 END;
CREATE INDEX attachments_by_chat ON attachments (chat_id, message_id);
)") == SQLITE_OK;
}

// Contacts' own names (XEP-0172 nicks), shown when the roster has no name for them.
bool Migrations::migrateTo6(Connection &c)
{
    return c.exec("ALTER TABLE contacts ADD COLUMN nick TEXT NOT NULL DEFAULT '';") == SQLITE_OK;
}

// Where archive catch-up resumes, in its own row: before, it resumed after the stored message
// with the newest timestamp, and a sender's forged <delay> could pin that point for good.
bool Migrations::migrateTo7(Connection &c)
{
    return c.exec(R"(
-- archive_id is an IdCodec id like messages.stanza_id; archived_at is the server's time (ms).
-- Moved only in the transaction that stores the messages up to it, or after they are stored.
CREATE TABLE catch_up_points (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
    archive_id BLOB NOT NULL,
    archived_at INTEGER NOT NULL
);
-- The old rule's point, less any stamp from the future; at worst catch-up fetches some twice.
INSERT INTO catch_up_points (account_id, archive_id, archived_at)
SELECT account_id, stanza_id, timestamp FROM (
    SELECT chats.account_id, messages.stanza_id, messages.timestamp, row_number() OVER (
        PARTITION BY chats.account_id ORDER BY messages.timestamp DESC, messages.id DESC) AS n
    FROM messages JOIN chats ON chats.id = messages.chat_id
    WHERE messages.stanza_id IS NOT NULL
        AND messages.timestamp <= CAST(strftime('%s', 'now') AS INTEGER) * 1000)
WHERE n = 1;
)") == SQLITE_OK;
}

// Whether the sender asked for chat markers (XEP-0333): a marker goes only to those who did.
// Nobody knows whether an older message asked, so none of them counts as markable.
bool Migrations::migrateTo8(Connection &c)
{
    return c.exec("ALTER TABLE messages ADD COLUMN markable INTEGER NOT NULL DEFAULT 0;")
        == SQLITE_OK;
}

// Groups: a chat's kind, what we know of each room we are in, and who wrote a group message.
bool Migrations::migrateTo9(Connection &c)
{
    return c.exec(R"(
-- ChatKind: 0 a person, 1 a private group, 2 a channel.
ALTER TABLE chats ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;
-- GroupState: 0 in the group (joined whenever connected), 1 left, 2 kicked, 3 banned,
-- 4 membership revoked, 5 destroyed. archive_id is the newest room stanza-id stored (IdCodec),
-- where the room's archive catch-up resumes.
CREATE TABLE groups (
    chat_id INTEGER PRIMARY KEY REFERENCES chats(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    nick TEXT NOT NULL,
    state INTEGER NOT NULL DEFAULT 0,
    exit_reason TEXT NOT NULL DEFAULT '',
    archive_id BLOB
);
-- A group message's author beyond the nickname (occupant id or real JID); NULL elsewhere.
ALTER TABLE messages ADD COLUMN sender_id TEXT;
)") == SQLITE_OK;
}

// Who has read our messages in private groups ("read by"), from their displayed markers.
bool Migrations::migrateTo10(Connection &c)
{
    return c.exec(R"(
-- reader_jid is a member's real bare JID, never a nickname; read_at is our clock (ms).
-- The unique index is also how one message's readers are listed.
CREATE TABLE group_reads (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    reader_jid TEXT NOT NULL,
    read_at INTEGER NOT NULL,
    UNIQUE (message_id, reader_jid)
);
)") == SQLITE_OK;
}

// System lines in group timelines ("Bob added Carol"): rows of their own kind, in order with the
// messages, that never count as unread and never become the chat list's last message.
bool Migrations::migrateTo11(Connection &c)
{
    return c.exec(R"(
-- MessageKind: 0 a message, 1 a system line. A system line's body is empty (nothing to search)
-- and event holds what happened as JSON (SystemEvent), put into words when shown.
ALTER TABLE messages ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN event TEXT;
DROP TRIGGER messages_chat_insert;
DROP TRIGGER messages_chat_delete;
CREATE TRIGGER messages_chat_insert AFTER INSERT ON messages
WHEN new.corrects_id IS NULL AND new.kind = 0
BEGIN
    UPDATE chats SET
        unread_count = unread_count + (new.read = 0 AND new.direction = 0),
        last_message_id = CASE WHEN last_message_id IS NULL OR new.timestamp >= last_timestamp
                          THEN new.id ELSE last_message_id END,
        last_timestamp = max(last_timestamp, new.timestamp)
    WHERE id = new.chat_id;
END;
CREATE TRIGGER messages_chat_delete AFTER DELETE ON messages
WHEN old.corrects_id IS NULL AND old.kind = 0
BEGIN
    UPDATE chats SET unread_count = unread_count - (old.read = 0 AND old.direction = 0)
    WHERE id = old.chat_id;
    UPDATE chats SET
        last_message_id = (SELECT id FROM messages WHERE chat_id = old.chat_id
                           AND corrects_id IS NULL AND kind = 0
                           ORDER BY timestamp DESC, id DESC LIMIT 1),
        last_timestamp = coalesce((SELECT max(timestamp) FROM messages
                                   WHERE chat_id = old.chat_id AND corrects_id IS NULL
                                   AND kind = 0), 0)
    WHERE id = old.chat_id AND last_message_id = old.id;
END;
)") == SQLITE_OK;
}

// Mentions and mute. muted_until: 0 not muted, -1 muted for good, else the end of the mute (ms).
// mentions: a group message's mentions (see Mentions::encode), NULL when it has none.
bool Migrations::migrateTo12(Connection &c)
{
    return c.exec(R"(
ALTER TABLE chats ADD COLUMN muted_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN mentions TEXT;
)") == SQLITE_OK;
}

// Corrections (XEP-0308): first_body keeps a corrected message's first text, for its versions;
// the later ones are its corrections' rows. NULL for a message never corrected.
bool Migrations::migrateTo13(Connection &c)
{
    return c.exec(R"(
ALTER TABLE messages ADD COLUMN first_body TEXT;
CREATE INDEX messages_by_corrects_id ON messages (corrects_id) WHERE corrects_id IS NOT NULL;
)") == SQLITE_OK;
}

// XEP-0444 reactions: each reactor's current set on a message, and our sets still to send.
bool Migrations::migrateTo14(Connection &c)
{
    return c.exec(R"(
-- reactor: '' for us (any of our devices); one-to-one the bare JID; in a group the occupant id,
-- else the real JID, else the nickname. name: the nickname in a group, else ''. A reactor's
-- rows on a message are one set, replaced whole; reacted_at is the set's time (ms).
CREATE TABLE reactions (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    reactor TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    emoji TEXT NOT NULL,
    reacted_at INTEGER NOT NULL,
    UNIQUE (message_id, reactor, emoji)
);
-- Our new sets the server has not taken yet: sent once connected, the set as it is then.
-- version grows with each change, so the server taking an older set does not clear a newer.
CREATE TABLE reaction_outbox (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    version INTEGER NOT NULL
);
)") == SQLITE_OK;
}

// XEP-0461 replies keep what they name while the original is not stored yet; the partial index
// finds the replies waiting for a message as it arrives.
bool Migrations::migrateTo15(Connection &c)
{
    return c.exec(R"(
ALTER TABLE messages ADD COLUMN reply_ref TEXT;
ALTER TABLE messages ADD COLUMN reply_author TEXT;
ALTER TABLE messages ADD COLUMN reply_quote TEXT;
CREATE INDEX messages_awaiting_original ON messages (chat_id, reply_ref)
    WHERE reply_ref IS NOT NULL AND reply_to_id IS NULL;
)") == SQLITE_OK;
}

// Retractions (XEP-0424/0425): a retracted message keeps its row ("This message was deleted")
// with its text gone. retracted: 0 no, 1 retracted, 2 retracted by us and the retraction not
// sent yet (the retraction outbox, found by its own small index).
bool Migrations::migrateTo16(Connection &c)
{
    return c.exec(R"(
ALTER TABLE messages ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_retract_outbox ON messages (chat_id) WHERE retracted = 2;
)") == SQLITE_OK;
}

// Forwarded messages carry a mark, shown above their text: 1 forwarded, 0 not.
bool Migrations::migrateTo17(Connection &c)
{
    return c.exec(R"(
ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0;
)") == SQLITE_OK;
}

// Chat-level actions. marked_unread: the person marked the chat unread (a badge until it is
// opened). hidden: the chat was deleted here; it returns with its next message. cleared_at and
// cleared_stanza_id: the chat was cleared up to that time (ms) and archive id (IdCodec), so the
// archive never brings those messages back; 0 and NULL when it never was.
bool Migrations::migrateTo18(Connection &c)
{
    return c.exec(R"(
ALTER TABLE chats ADD COLUMN marked_unread INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN cleared_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chats ADD COLUMN cleared_stanza_id BLOB;
CREATE TRIGGER messages_chat_unhide AFTER INSERT ON messages
WHEN new.corrects_id IS NULL AND new.kind = 0
BEGIN
    UPDATE chats SET hidden = 0 WHERE id = new.chat_id AND hidden = 1;
END;
)") == SQLITE_OK;
}

// Starred messages, as WhatsApp keeps them: per device, so a column of the message (the trash
// of "delete for me" keeps it for Undo) and no sync. starred_at: when it was starred (ms), NULL
// when it is not. Two small partial indexes list a chat's stars and the account's, newest first;
// a message deleted for everyone loses its star with its text.
bool Migrations::migrateTo19(Connection &c)
{
    return c.exec(R"(
ALTER TABLE messages ADD COLUMN starred_at INTEGER;
CREATE INDEX messages_starred_by_chat ON messages (chat_id, starred_at)
    WHERE starred_at IS NOT NULL;
CREATE INDEX messages_starred ON messages (starred_at) WHERE starred_at IS NOT NULL;
CREATE TRIGGER messages_unstar_retracted AFTER UPDATE OF retracted ON messages
WHEN new.retracted != 0 AND new.starred_at IS NOT NULL
BEGIN
    UPDATE messages SET starred_at = NULL WHERE id = new.id;
END;
)") == SQLITE_OK;
}

// Message requests: request is 1 while a chat a stranger's message opened waits for the person
// (Add, Block, Report as spam). Anything we write in the chat accepts it, on this device or,
// through a carbon, on another. The small partial index lists an account's requests.
bool Migrations::migrateTo20(Connection &c)
{
    return c.exec(R"(
ALTER TABLE chats ADD COLUMN request INTEGER NOT NULL DEFAULT 0;
CREATE INDEX chats_requests ON chats (account_id) WHERE request = 1;
CREATE TRIGGER messages_chat_accept AFTER INSERT ON messages
WHEN new.direction = 1 AND new.kind = 0
BEGIN
    UPDATE chats SET request = 0 WHERE id = new.chat_id AND request = 1;
END;
)") == SQLITE_OK;
}

// A private group's member list as the last visit left it, so the next entry can tell what
// changed while we were away ("Carol was added"). affiliation: MucAffiliation (2 member, 3 admin,
// 4 owner); nick: the nickname they last had in the room, empty when never seen there. And the
// group's picture (the SHA-1 of its cached PNG, '' for none), shown after a restart at once.
bool Migrations::migrateTo21(Connection &c)
{
    return c.exec(R"(
CREATE TABLE group_members (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    affiliation INTEGER NOT NULL,
    nick TEXT NOT NULL DEFAULT '',
    UNIQUE (chat_id, jid)
);
ALTER TABLE groups ADD COLUMN avatar_hash TEXT NOT NULL DEFAULT '';
)") == SQLITE_OK;
}

} // namespace Natter
