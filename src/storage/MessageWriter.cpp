#include "MessageWriter.h"

#include "AttachmentRows.h"
#include "Chat.h"
#include "Connection.h"
#include "CorrectionRule.h"
#include "IdCodec.h"
#include "MessageReader.h"
#include "MessageRefs.h"
#include "ReplyLinks.h"
#include "StorageLog.h"

#include <QDateTime>

#include <sqlite3.h>

namespace Natter {

namespace {

// The sender's own id for a message: origin-id (XEP-0359), else the stanza's id attribute.
const QString &senderKeyText(const Message &m)
{
    return m.originId.isEmpty() ? m.messageId : m.originId;
}

// Every copy of a message carries its origin-id (XEP-0359), unique on its own, so the origin
// key dedupes such messages; stanza-id keys are only needed for messages without one, and in
// groups, whose actions name a message by the room's stanza-id.
void bindStanzaKey(Statement &s, int index, const Message &m, bool needed)
{
    if (needed && !m.stanzaId.isEmpty())
        s.bind(index, IdCodec::key(m.chatId, m.stanzaId));
    else
        s.bindNull(index);
}

} // namespace

qint64 MessageWriter::ensureChat(Connection &c, qint64 accountId, const QString &peer)
{
    Statement find = c.prepare("SELECT id FROM chats WHERE account_id = ? AND peer = ?");
    find.bind(1, accountId).bind(2, peer);
    if (find.step() == SQLITE_ROW)
        return find.int64(0);
    Statement insert = c.prepare("INSERT INTO chats (account_id, peer) VALUES (?, ?)");
    insert.bind(1, accountId).bind(2, peer);
    if (c.check(insert.step()) != SQLITE_DONE)
        return 0;
    return c.lastInsertId();
}

MessageWriter::Outcome MessageWriter::insert(Message &m)
{
    if (!resolveChat(m))
        return failure();
    if (m.timestamp == 0)
        m.timestamp = QDateTime::currentMSecsSinceEpoch();
    if (wasCleared(m))
        return Outcome::Cleared;

    m_advanced = false;
    // A system line has no id of its own: the service that writes it stores each event once.
    if (m.kind == MessageKind::System)
        return insertSystemLine(m);
    qint64 existing = m.stanzaId.isEmpty() ? 0 : findStanzaId(m);
    if (!existing && !senderKeyText(m).isEmpty())
        existing = findSenderId(m);
    if (existing < 0)
        return Outcome::Failed;
    if (existing) {
        m.id = existing;
        return m_advanced ? Outcome::Advanced : Outcome::Duplicate;
    }
    if (m.correctsId || !m.correctsRef.isEmpty()) {
        const Outcome checked = checkCorrection(m);
        if (checked != Outcome::Inserted)
            return checked;
    }
    if (!insertRow(m))
        return failure();
    m.id = m_c.lastInsertId();
    if (!insertAttachments(m))
        return Outcome::Failed;
    if (m.correctsId && !applyCorrection(m))
        return Outcome::Failed;
    ReplyLinks replies(m_c);
    if (!replies.link(m))
        return Outcome::Failed;
    m_tiedReplies += replies.tied();
    return Outcome::Inserted;
}

MessageWriter::Outcome MessageWriter::checkCorrection(Message &m)
{
    if (!m.correctsId) {
        const qint64 original = findCorrected(m);
        if (original < 0)
            return Outcome::Failed;
        if (original == 0)
            return Outcome::Waiting;
        m.correctsId = original;
    }
    const Message original = MessageReader(m_c).byId(m.correctsId);
    const auto verdict = CorrectionRule::judge(original, m);
    if (verdict != CorrectionRule::Verdict::Allowed) {
        qCInfo(lcStorage) << "ignored a correction of message" << m.correctsId << "in chat"
                          << m.chatId << "because of" << int(verdict);
        return Outcome::Ignored;
    }
    m.read = true; // the original is what is read or unread
    return Outcome::Inserted;
}

qint64 MessageWriter::findCorrected(const Message &m)
{
    // XEP-0308 names the original by the id its author gave it (origin-id, else the id
    // attribute), in a group too; a correction of a correction names the first original.
    Statement s = m_c.prepare("SELECT id, origin_id, message_id, corrects_id, direction, sender, "
                              "sender_id FROM messages WHERE origin_key = ? AND chat_id = ? "
                              "ORDER BY id");
    s.bind(1, IdCodec::key(m.chatId, m.correctsRef)).bind(2, m.chatId);
    qint64 found = 0;
    int rc = SQLITE_DONE;
    while ((rc = s.step()) == SQLITE_ROW) {
        const QString originId = IdCodec::read(s, 1);
        const QString messageId = s.isNull(2) ? originId : IdCodec::read(s, 2);
        if (originId != m.correctsRef && messageId != m.correctsRef)
            continue;
        const qint64 id = s.isNull(3) ? s.int64(0) : s.int64(3);
        // Two authors may use the same id: the one that is this correction's author wins.
        const bool sameAuthor = s.int32(4) == int(m.direction)
            && (m.direction == Direction::Outgoing || s.text(6) == m.senderId
                || (s.isNull(6) && (s.isNull(5) || s.text(5) == m.sender)));
        if (sameAuthor)
            return id;
        if (!found)
            found = id;
    }
    if (m_c.check(rc) != SQLITE_DONE)
        return -1;
    return found ? found : findCorrectedByStanzaId(m);
}

qint64 MessageWriter::findCorrectedByStanzaId(const Message &m)
{
    // Some clients name a group message by the room's stanza-id instead (see MessageRefs).
    const qint64 id = MessageRefs::find(m_c, m.chatId, m.correctsRef);
    if (id <= 0)
        return id;
    Statement s = m_c.prepare("SELECT coalesce(corrects_id, id) FROM messages WHERE id = ?");
    s.bind(1, id);
    return s.step() == SQLITE_ROW ? s.int64(0) : 0;
}

MessageWriter::Outcome MessageWriter::failure() const
{
    // Bad input shows as a constraint failure or as no error at all (an unknown chat).
    const int code = m_c.errorCode() & 0xff;
    if (code == SQLITE_OK || code == SQLITE_CONSTRAINT) {
        qCWarning(lcStorage) << "skipped a message that cannot be stored:" << m_c.errorMessage();
        return Outcome::Rejected;
    }
    return Outcome::Failed;
}

bool MessageWriter::resolveChat(Message &m)
{
    if (!m.chatId) {
        m.chatId = ensureChat(m_c, m.accountId, m.peer);
        if (!m.chatId)
            return false;
    }
    auto it = m_chats.find(m.chatId);
    if (it == m_chats.end()) {
        Statement s = m_c.prepare("SELECT c.account_id, c.peer, a.jid, c.kind, c.cleared_at, "
                                  "c.cleared_stanza_id, c.request FROM chats c "
                                  "JOIN accounts a ON a.id = c.account_id WHERE c.id = ?");
        s.bind(1, m.chatId);
        if (s.step() != SQLITE_ROW) {
            m_c.clearError();
            return false;
        }
        const auto kind = ChatKind(s.int32(3));
        const bool group = kind == ChatKind::PrivateGroup || kind == ChatKind::Channel;
        it = m_chats.insert(m.chatId,
            { s.int64(0), s.text(1), s.text(2), group, s.int64(4), IdCodec::read(s, 5),
                s.int32(6) != 0 });
    }
    // What we write accepts a message request (in the table, the messages_chat_accept trigger).
    if (m.direction == Direction::Outgoing && m.kind == MessageKind::Chat)
        it->request = false;
    // A stranger's pictures are not kept until the person accepts them: no thumbnail is stored.
    if (it->request) {
        for (Attachment &a : m.attachments) {
            a.thumbnail.clear();
            a.thumbnailMimeType.clear();
        }
    }
    m.accountId = it->accountId;
    m.peer = it->peer;
    if (m.sender.isEmpty())
        m.sender = m.direction == Direction::Incoming ? it->peer : it->accountJid;
    return true;
}

bool MessageWriter::wasCleared(const Message &m) const
{
    // Live messages are new by definition; only the archive hands back what was cleared.
    const ChatInfo chat = m_chats.value(m.chatId);
    if (!m.fromArchive || (chat.clearedAt == 0 && chat.clearedStanzaId.isEmpty()))
        return false;
    return m.timestamp <= chat.clearedAt
        || (!m.stanzaId.isEmpty() && m.stanzaId == chat.clearedStanzaId);
}

qint64 MessageWriter::findStanzaId(const Message &m)
{
    Statement s = m_c.prepare("SELECT id, chat_id, stanza_id FROM messages WHERE stanza_key = ?");
    s.bind(1, IdCodec::key(m.chatId, m.stanzaId));
    int rc = SQLITE_DONE;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (s.int64(1) == m.chatId && IdCodec::read(s, 2) == m.stanzaId)
            return s.int64(0);
    }
    return m_c.check(rc) == SQLITE_DONE ? 0 : -1;
}

qint64 MessageWriter::findSenderId(const Message &m)
{
    const QString &wanted = senderKeyText(m);
    qint64 id = 0;
    bool knowsStanzaId = true;
    bool hasOriginId = false;
    auto state = DeliveryState::Pending;
    {
        Statement s = m_c.prepare("SELECT id, chat_id, direction, origin_id, message_id, body, "
                                  "stanza_id, state FROM messages WHERE origin_key = ?");
        s.bind(1, IdCodec::key(m.chatId, wanted));
        int rc = SQLITE_DONE;
        while (!id && (rc = s.step()) == SQLITE_ROW) {
            if (s.int64(1) != m.chatId || s.int32(2) != int(m.direction))
                continue;
            const QString originId = IdCodec::read(s, 3);
            if ((originId.isEmpty() ? IdCodec::read(s, 4) : originId) != wanted)
                continue;
            // Without origin-id, old clients may reuse an id attribute; same text confirms it.
            if (originId.isEmpty() && m.originId.isEmpty() && s.text(5) != m.body)
                continue;
            id = s.int64(0);
            hasOriginId = !originId.isEmpty();
            knowsStanzaId = !s.isNull(6);
            state = DeliveryState(s.int32(7));
        }
        if (!id)
            return m_c.check(rc) == SQLITE_DONE ? 0 : -1;
    }
    if (knowsStanzaId || m.stanzaId.isEmpty())
        return id;
    // A copy stored before the server told us its stanza-id (e.g. our own message, echoed by
    // MAM or a carbon): learn the id, and an archived message of ours was evidently sent.
    const bool archived
        = m.direction == Direction::Outgoing && canAdvance(state, DeliveryState::Sent);
    Statement u
        = m_c.prepare("UPDATE messages SET stanza_id = ?, stanza_key = ?, state = ? WHERE id = ?");
    IdCodec::bind(u, 1, m.stanzaId);
    bindStanzaKey(u, 2, m, !hasOriginId || m_chats[m.chatId].keyStanzaIds);
    u.bind(3, int(archived ? DeliveryState::Sent : state)).bind(4, id);
    if (m_c.check(u.step()) != SQLITE_DONE)
        return -1;
    m_advanced = archived;
    return id;
}

bool MessageWriter::insertRow(const Message &m)
{
    Statement s = m_c.prepare(
        "INSERT INTO messages (chat_id, timestamp, direction, state, read, body, sender, "
        "stanza_id, stanza_key, origin_id, origin_key, message_id, corrects_id, reply_to_id, "
        "error, markable, sender_id, kind, event, mentions, reply_ref, reply_author, reply_quote, "
        "forwarded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)");
    const ChatInfo &chat = m_chats[m.chatId];
    const QString &implicitSender
        = m.direction == Direction::Incoming ? chat.peer : chat.accountJid;
    s.bind(1, m.chatId).bind(2, m.timestamp).bind(3, int(m.direction));
    s.bind(4, int(m.deliveryState));
    // A correction is never unread on its own: the message it replaces is.
    s.bind(5, m.read || m.correctsId != 0);
    s.bind(6, m.body);
    s.bindOrNull(7, m.sender == implicitSender ? QString() : m.sender);
    IdCodec::bind(s, 8, m.stanzaId);
    bindStanzaKey(s, 9, m, m.originId.isEmpty() || chat.keyStanzaIds);
    IdCodec::bind(s, 10, m.originId);
    const QString &senderKey = senderKeyText(m);
    if (senderKey.isEmpty())
        s.bindNull(11);
    else
        s.bind(11, IdCodec::key(m.chatId, senderKey));
    if (!m.originId.isEmpty() && m.messageId == m.originId)
        s.bindNull(12);
    else if (m.messageId.isEmpty())
        s.bind(12, QString());
    else
        IdCodec::bind(s, 12, m.messageId);
    s.bindOptional(13, m.correctsId).bindOptional(14, m.replyToId);
    s.bindOrNull(15, m.errorText);
    s.bind(16, m.markable);
    s.bindOrNull(17, m.senderId);
    s.bind(18, int(m.kind));
    s.bindOrNull(19, m.event);
    s.bindOrNull(20, Mentions::encode(m.mentions));
    s.bindOrNull(21, m.replyRef).bindOrNull(22, m.replyAuthor).bindOrNull(23, m.replyQuote);
    s.bind(24, m.forwarded);
    return m_c.check(s.step()) == SQLITE_DONE;
}

MessageWriter::Outcome MessageWriter::insertSystemLine(Message &m)
{
    // Read, delivered, incoming, without text or ids: never unread, in no outbox, not searched.
    m.direction = Direction::Incoming;
    m.deliveryState = DeliveryState::Delivered;
    m.read = true;
    m.body.clear();
    m.stanzaId.clear();
    m.originId.clear();
    m.messageId.clear();
    m.correctsId = 0;
    m.replyToId = 0;
    m.replyRef.clear();
    m.replyAuthor.clear();
    m.replyQuote.clear();
    m.markable = false;
    m.attachments.clear();
    if (!insertRow(m))
        return failure();
    m.id = m_c.lastInsertId();
    return Outcome::Inserted;
}

bool MessageWriter::insertAttachments(Message &m)
{
    AttachmentRows rows(m_c);
    for (Attachment &a : m.attachments) {
        if (!rows.insert(m.chatId, m.id, a))
            return false;
        a.id = m_c.lastInsertId();
        a.messageId = m.id;
    }
    return true;
}

bool MessageWriter::applyCorrection(const Message &m)
{
    // checkCorrection() judged the author. The first text is kept for the message's versions;
    // the others are the corrections' rows. Corrections stored out of order: the newest wins.
    Statement s = m_c.prepare(
        "UPDATE messages SET first_body = coalesce(first_body, body), body = ?1, edited = 1, "
        "mentions = ?3 WHERE id = ?2 AND NOT EXISTS (SELECT 1 FROM messages c WHERE "
        "c.corrects_id = ?2 AND c.id != ?4 AND (c.timestamp > ?5 OR (c.timestamp = ?5 "
        "AND c.id > ?4)))");
    s.bind(1, m.body).bind(2, m.correctsId);
    // The corrected body's mentions replace the old ones, whose ranges no longer fit.
    s.bindOrNull(3, Mentions::encode(m.mentions));
    s.bind(4, m.id).bind(5, m.timestamp);
    return m_c.check(s.step()) == SQLITE_DONE;
}

} // namespace Natter
