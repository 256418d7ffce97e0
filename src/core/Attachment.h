#pragma once

#include <QString>

namespace Natter {

// A file sent with a message. The name is searchable; the bytes live in the media cache.
struct Attachment
{
    qint64 id = 0; // local row id; 0 until stored
    qint64 messageId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0; // bytes; 0 when unknown
    QString url;
    QString localPath; // empty until downloaded
};

} // namespace Natter
