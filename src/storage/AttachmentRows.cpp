#include "AttachmentRows.h"

#include "Connection.h"
#include "Statement.h"

#include <sqlite3.h>

namespace Natter {

namespace {
#define NATTER_ATTACHMENT_COLUMNS                                                                  \
    "id, message_id, file_name, mime_type, size, url, local_path, description, width, height, "    \
    "duration_ms, sha256, thumbnail, thumbnail_mime, transfer, error"

// Downloading is not a state that survives the process: after a restart the file is remote.
TransferState storedState(qint64 value)
{
    const auto state = TransferState(std::clamp<qint64>(value, 0, qint64(TransferState::Ready)));
    return state == TransferState::Downloading ? TransferState::Remote : state;
}

// Binds everything after the ids, from index first on; returns the next free index.
int bindFields(Statement &s, int first, const Attachment &a)
{
    s.bind(first, a.fileName).bind(first + 1, a.mimeType).bind(first + 2, a.size);
    s.bind(first + 3, a.url).bindOrNull(first + 4, a.localPath);
    s.bindOrNull(first + 5, a.description).bind(first + 6, a.width).bind(first + 7, a.height);
    s.bind(first + 8, a.durationMs);
    if (a.sha256.isEmpty())
        s.bindNull(first + 9);
    else
        s.bindBlob(first + 9, a.sha256);
    if (a.thumbnail.isEmpty())
        s.bindNull(first + 10);
    else
        s.bindBlob(first + 10, a.thumbnail);
    s.bindOrNull(first + 11, a.thumbnailMimeType).bind(first + 12, int(a.transfer));
    s.bindOrNull(first + 13, a.errorText);
    return first + 14;
}
} // namespace

Attachment AttachmentRows::read(const Statement &s)
{
    Attachment a;
    a.id = s.int64(0);
    a.messageId = s.int64(1);
    a.fileName = s.text(2);
    a.mimeType = s.text(3);
    a.size = s.int64(4);
    a.url = s.text(5);
    a.localPath = s.text(6);
    a.description = s.text(7);
    a.width = s.int32(8);
    a.height = s.int32(9);
    a.durationMs = s.int64(10);
    a.sha256 = s.blob(11);
    a.thumbnail = s.blob(12);
    a.thumbnailMimeType = s.text(13);
    a.transfer = storedState(s.int64(14));
    a.errorText = s.text(15);
    return a;
}

QList<Attachment> AttachmentRows::ofMessage(qint64 messageId)
{
    Statement s = m_c.prepare(
        "SELECT " NATTER_ATTACHMENT_COLUMNS " FROM attachments WHERE message_id = ? ORDER BY id");
    s.bind(1, messageId);
    QList<Attachment> attachments;
    while (s.step() == SQLITE_ROW)
        attachments.append(read(s));
    return attachments;
}

Attachment AttachmentRows::byId(qint64 attachmentId)
{
    Statement s = m_c.prepare("SELECT " NATTER_ATTACHMENT_COLUMNS " FROM attachments WHERE id = ?");
    s.bind(1, attachmentId);
    return s.step() == SQLITE_ROW ? read(s) : Attachment();
}

bool AttachmentRows::insert(qint64 chatId, qint64 messageId, const Attachment &a)
{
    Statement s = m_c.prepare("INSERT INTO attachments (chat_id, message_id, file_name, "
                              "mime_type, size, url, local_path, description, width, height, "
                              "duration_ms, sha256, thumbnail, thumbnail_mime, transfer, error) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, chatId).bind(2, messageId);
    bindFields(s, 3, a);
    return m_c.check(s.step()) == SQLITE_DONE;
}

bool AttachmentRows::update(const Attachment &a)
{
    Statement s = m_c.prepare("UPDATE attachments SET file_name = ?, mime_type = ?, size = ?, "
                              "url = ?, local_path = ?, description = ?, width = ?, height = ?, "
                              "duration_ms = ?, sha256 = ?, thumbnail = ?, thumbnail_mime = ?, "
                              "transfer = ?, error = ? WHERE id = ?");
    const int idIndex = bindFields(s, 1, a);
    s.bind(idIndex, a.id);
    return m_c.check(s.step()) == SQLITE_DONE && m_c.changes() > 0;
}

QList<qint64> AttachmentRows::mediaMessageIds(qint64 chatId, int count, qint64 beforeMessageId)
{
    // Few messages carry files, so ordering the chat's attachments by their message is cheap.
    Statement s = m_c.prepare(
        "SELECT DISTINCT m.id, m.timestamp FROM attachments a JOIN messages m ON m.id = "
        "a.message_id WHERE a.chat_id = ?1 AND (?2 = 0 OR (m.timestamp, m.id) < (SELECT "
        "timestamp, id FROM messages WHERE id = ?2)) ORDER BY m.timestamp DESC, m.id DESC LIMIT "
        "?3");
    s.bind(1, chatId).bind(2, beforeMessageId).bind(3, count);
    QList<qint64> ids;
    while (s.step() == SQLITE_ROW)
        ids.append(s.int64(0));
    return ids;
}

} // namespace Natter
