#pragma once

#include "Attachment.h"

#include <QList>

namespace Natter {

class Connection;
class Statement;

// The attachments table, on the database thread: one place knows its columns.
class AttachmentRows
{
public:
    explicit AttachmentRows(Connection &connection)
        : m_c(connection)
    { }

    // Attachments of one message, in the order they were sent.
    QList<Attachment> ofMessage(qint64 messageId);
    Attachment byId(qint64 attachmentId);
    bool insert(qint64 chatId, qint64 messageId, const Attachment &attachment);
    // Writes everything but the ids; false when no such attachment exists.
    bool update(const Attachment &attachment);
    // Ids of the chat's messages that carry files, newest first, from before beforeMessageId
    // (0: from the newest).
    QList<qint64> mediaMessageIds(qint64 chatId, int count, qint64 beforeMessageId);

private:
    static Attachment read(const Statement &stmt);

    Connection &m_c;
};

} // namespace Natter
