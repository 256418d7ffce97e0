#include "MessageReader.h"

#include "AttachmentRows.h"
#include "Connection.h"
#include "IdCodec.h"

#include <algorithm>
#include <sqlite3.h>

namespace Natter {

namespace {

// Builds a statement text once; its address stays stable, as the statement cache needs.
const char *sql(std::initializer_list<const char *> parts)
{
    auto *text = new QByteArray; // lives as long as the cached statement, i.e. the process
    for (const char *part : parts)
        *text += part;
    return text->constData();
}

} // namespace

QList<Message> MessageReader::newest(qint64 chatId, int count)
{
    static const char *query = sql({ "SELECT ", Columns,
        " FROM messages m WHERE m.chat_id = ? AND m.corrects_id IS NULL "
        "ORDER BY m.timestamp DESC, m.id DESC LIMIT ?" });
    m_chatId = 0;
    Statement s = m_c.prepare(query);
    s.bind(1, chatId).bind(2, count);
    return readAll(s, true);
}

QList<Message> MessageReader::before(qint64 messageId, int count)
{
    static const char *query = sql({ "SELECT ", Columns,
        " FROM messages m WHERE m.chat_id = ?1 AND m.timestamp <= ?2 "
        "AND (m.timestamp < ?2 OR m.id < ?3) AND m.corrects_id IS NULL "
        "ORDER BY m.timestamp DESC, m.id DESC LIMIT ?4" });
    m_chatId = 0;
    const Anchor a = anchor(messageId);
    if (!a.id)
        return {};
    Statement s = m_c.prepare(query);
    s.bind(1, a.chatId).bind(2, a.timestamp).bind(3, a.id).bind(4, count);
    return readAll(s, true);
}

QList<Message> MessageReader::after(qint64 messageId, int count)
{
    static const char *query = sql({ "SELECT ", Columns,
        " FROM messages m WHERE m.chat_id = ?1 AND m.timestamp >= ?2 "
        "AND (m.timestamp > ?2 OR m.id > ?3) AND m.corrects_id IS NULL "
        "ORDER BY m.timestamp ASC, m.id ASC LIMIT ?4" });
    m_chatId = 0;
    const Anchor a = anchor(messageId);
    if (!a.id)
        return {};
    Statement s = m_c.prepare(query);
    s.bind(1, a.chatId).bind(2, a.timestamp).bind(3, a.id).bind(4, count);
    return readAll(s, false);
}

QList<Message> MessageReader::around(qint64 messageId, int count)
{
    const Message middle = byId(messageId);
    if (!middle.id || count <= 0)
        return {};
    const int older = (count - 1) / 2;
    QList<Message> page = before(messageId, older);
    page.append(middle);
    page.append(after(messageId, count - 1 - int(page.size() - 1)));
    // Near the newest end there are fewer newer messages; fill the page with older ones.
    if (page.size() < count) {
        const QList<Message> more = before(page.first().id, count - int(page.size()));
        page = more + page;
    }
    return page;
}

Message MessageReader::byId(qint64 messageId)
{
    static const char *query = sql({ "SELECT ", Columns, " FROM messages m WHERE m.id = ?" });
    m_chatId = 0;
    Statement s = m_c.prepare(query);
    s.bind(1, messageId);
    QList<Message> one = readAll(s, false);
    return one.value(0);
}

QList<Message> MessageReader::outbox(qint64 accountId, OutboxKind kind)
{
    static const char *query = sql({ "SELECT ", Columns,
        " FROM chats c JOIN messages m ON m.chat_id = c.id AND m.state = 0 AND m.direction = 1 "
        "WHERE c.account_id = ?1 AND (?2 = 2 OR (c.kind != 0) = ?2) ORDER BY m.timestamp, m.id" });
    m_chatId = 0;
    Statement s = m_c.prepare(query);
    s.bind(1, accountId).bind(2, int(kind));
    return readAll(s, false);
}

MessageReader::Anchor MessageReader::anchor(qint64 messageId)
{
    Statement s = m_c.prepare("SELECT chat_id, timestamp, id FROM messages WHERE id = ?");
    s.bind(1, messageId);
    if (s.step() != SQLITE_ROW)
        return {};
    return { s.int64(0), s.int64(1), s.int64(2) };
}

QList<Message> MessageReader::readAll(Statement &stmt, bool reverse)
{
    QList<Message> messages;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        messages.append(read(stmt));
    m_c.check(rc);
    if (reverse)
        std::reverse(messages.begin(), messages.end());
    loadAttachments(messages);
    return messages;
}

Message MessageReader::read(const Statement &s)
{
    Message m;
    m.id = s.int64(0);
    m.chatId = s.int64(1);
    m.timestamp = s.int64(2);
    m.direction = Direction(s.int32(3));
    m.deliveryState = DeliveryState(s.int32(4));
    m.read = s.int32(5) != 0;
    m.body = s.text(6);
    m.sender = s.text(7);
    m.stanzaId = IdCodec::read(s, 8);
    m.originId = IdCodec::read(s, 9);
    // NULL message_id: the same as origin-id, which most clients use for both.
    m.messageId = s.isNull(10) ? m.originId : IdCodec::read(s, 10);
    m.correctsId = s.int64(11);
    m.replyToId = s.int64(12);
    m.edited = s.int32(13) != 0;
    m.errorText = s.text(14);
    m.markable = s.int32(15) != 0;
    m.senderId = s.text(16);
    m.kind = s.int32(17) == int(MessageKind::System) ? MessageKind::System : MessageKind::Chat;
    m.event = s.text(18);
    m.mentions = Mentions::decode(s.text(19), m.body);
    m.replyRef = s.text(20);
    m.replyAuthor = s.text(21);
    m.replyQuote = s.text(22);
    m.retracted = s.int64(23) != 0;
    m.forwarded = s.int32(24) != 0;
    m.starredAt = s.int64(25);
    fillChat(m);
    if (m.correctsId)
        m.correctsRef = originalRef(m.correctsId);
    return m;
}

QString MessageReader::originalRef(qint64 originalId)
{
    // XEP-0308 names the original by its author's id for it: ours is the origin-id we sent.
    Statement s = m_c.prepare("SELECT origin_id, message_id FROM messages WHERE id = ?");
    s.bind(1, originalId);
    if (s.step() != SQLITE_ROW)
        return {};
    const QString originId = IdCodec::read(s, 0);
    return originId.isEmpty() ? IdCodec::read(s, 1) : originId;
}

QList<MessageVersion> MessageReader::versions(qint64 messageId)
{
    QList<MessageVersion> versions;
    {
        Statement s = m_c.prepare("SELECT first_body, timestamp FROM messages WHERE id = ? "
                                  "AND first_body IS NOT NULL");
        s.bind(1, messageId);
        if (s.step() != SQLITE_ROW)
            return versions;
        versions.append({ s.text(0), s.int64(1) });
    }
    Statement s = m_c.prepare("SELECT body, timestamp FROM messages WHERE corrects_id = ? "
                              "ORDER BY timestamp, id LIMIT ?");
    s.bind(1, messageId).bind(2, MaxVersions);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW)
        versions.append({ s.text(0), s.int64(1) });
    m_c.check(rc);
    return versions;
}

void MessageReader::fillChat(Message &m)
{
    if (m.chatId != m_chatId) {
        Statement s = m_c.prepare("SELECT c.account_id, c.peer, a.jid FROM chats c "
                                  "JOIN accounts a ON a.id = c.account_id WHERE c.id = ?");
        s.bind(1, m.chatId);
        if (s.step() != SQLITE_ROW)
            return;
        m_chatId = m.chatId;
        m_accountId = s.int64(0);
        m_peer = s.text(1);
        m_accountJid = s.text(2);
    }
    m.accountId = m_accountId;
    m.peer = m_peer;
    if (m.sender.isEmpty())
        m.sender = m.direction == Direction::Incoming ? m_peer : m_accountJid;
}

void MessageReader::loadAttachments(QList<Message> &messages)
{
    AttachmentRows rows(m_c);
    for (Message &m : messages)
        m.attachments = rows.ofMessage(m.id);
}

} // namespace Natter
