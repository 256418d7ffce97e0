#pragma once

#include "Chat.h"
#include "Message.h"

#include <QList>

namespace Natter {

class Connection;
class Statement;

// One text a corrected message had, and since when.
struct MessageVersion
{
    QString body;
    qint64 timestamp = 0;
};

// Reads messages on the database thread: pages of a chat by (timestamp, id), never by OFFSET.
// Pages come back oldest first, as a timeline shows them.
class MessageReader
{
public:
    // Every query that returns messages selects these columns first, from messages AS m.
    static constexpr const char *Columns
        = "m.id, m.chat_id, m.timestamp, m.direction, m.state, m.read, m.body, m.sender, "
          "m.stanza_id, m.origin_id, m.message_id, m.corrects_id, m.reply_to_id, m.edited, "
          "m.error, m.markable, m.sender_id, m.kind, m.event, m.mentions, m.reply_ref, "
          "m.reply_author, m.reply_quote, m.retracted, m.forwarded, m.starred_at";
    static constexpr int ColumnCount = 26;

    explicit MessageReader(Connection &connection)
        : m_c(connection)
    { }

    QList<Message> newest(qint64 chatId, int count);
    QList<Message> before(qint64 messageId, int count);
    QList<Message> after(qint64 messageId, int count);
    // count messages with messageId in the middle, for jumping to a search hit.
    QList<Message> around(qint64 messageId, int count);
    Message byId(qint64 messageId);
    // Our messages the server has not acknowledged, oldest first, to resend after reconnecting:
    // to people, to groups, or all.
    QList<Message> outbox(qint64 accountId, OutboxKind kind);

    // A corrected message's texts, oldest first (the first, then each correction); empty when
    // it was never corrected. At most MaxVersions + 1.
    QList<MessageVersion> versions(qint64 messageId);
    static constexpr int MaxVersions = 100;

    // Decodes the row at stmt's cursor; sender, peer and account come from the chat.
    Message read(const Statement &stmt);
    // Loads the attachments of messages in one pass.
    void loadAttachments(QList<Message> &messages);

private:
    struct Anchor
    {
        qint64 chatId = 0;
        qint64 timestamp = 0;
        qint64 id = 0;
    };
    Anchor anchor(qint64 messageId);
    QList<Message> readAll(Statement &stmt, bool reverse);
    void fillChat(Message &message);
    QString originalRef(qint64 originalId);

    Connection &m_c;
    qint64 m_chatId = 0; // the chat whose details below were read last
    qint64 m_accountId = 0;
    QString m_peer;
    QString m_accountJid;
};

} // namespace Natter
