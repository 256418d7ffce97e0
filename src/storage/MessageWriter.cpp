#include "MessageWriter.h"

#include "AttachmentRows.h"
#include "Chat.h"
#include "Connection.h"
#include "IdCodec.h"
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
    if (!insertRow(m))
        return failure();
    m.id = m_c.lastInsertId();
    if (!insertAttachments(m))
        return Outcome::Failed;
    if (m.correctsId)
        applyCorrection(m);
    return Outcome::Inserted;
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
    auto it = m_chats.constFind(m.chatId);
    if (it == m_chats.cend()) {
        Statement s = m_c.prepare("SELECT c.account_id, c.peer, a.jid, c.kind FROM chats c "
                                  "JOIN accounts a ON a.id = c.account_id WHERE c.id = ?");
        s.bind(1, m.chatId);
        if (s.step() != SQLITE_ROW) {
            m_c.clearError();
            return false;
        }
        const auto kind = ChatKind(s.int32(3));
        const bool group = kind == ChatKind::PrivateGroup || kind == ChatKind::Channel;
        it = m_chats.insert(m.chatId, { s.int64(0), s.text(1), s.text(2), group });
    }
    m.accountId = it->accountId;
    m.peer = it->peer;
    if (m.sender.isEmpty())
        m.sender = m.direction == Direction::Incoming ? it->peer : it->accountJid;
    return true;
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
        "error, markable, sender_id, kind, event, mentions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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

void MessageWriter::applyCorrection(const Message &m)
{
    // XEP-0308: only the author may correct, so direction and sender must match the original.
    Statement s = m_c.prepare(
        "UPDATE messages SET body = ?1, edited = 1, mentions = ?6 WHERE id = ?2 AND chat_id = ?3 "
        "AND direction = ?4 AND corrects_id IS NULL AND coalesce(sender, '') = coalesce(?5, '')");
    const ChatInfo &chat = m_chats[m.chatId];
    const QString &implicitSender
        = m.direction == Direction::Incoming ? chat.peer : chat.accountJid;
    s.bind(1, m.body).bind(2, m.correctsId).bind(3, m.chatId).bind(4, int(m.direction));
    s.bindOrNull(5, m.sender == implicitSender ? QString() : m.sender);
    // The corrected body's mentions replace the old ones, whose ranges no longer fit.
    s.bindOrNull(6, Mentions::encode(m.mentions));
    if (m_c.check(s.step()) == SQLITE_DONE && m_c.changes() == 0)
        qCInfo(lcStorage) << "ignored a correction of message" << m.correctsId
                          << "that is not the sender's own";
}

} // namespace Natter
