#pragma once

#include <QByteArray>
#include <QString>

namespace Natter {

// Where a file is on its way between this machine and the upload service.
enum class TransferState {
    Remote, // only the link and the metadata are here: the file downloads on demand
    Downloading,
    DownloadFailed, // errorText says why; a click tries again
    Uploading, // ours, on this machine, not uploaded yet (after a restart: to upload again)
    UploadFailed, // errorText says why; the message waits for a retry
    Ready, // the file is on this machine (and, for ours, uploaded)
};

// A file sent with a message (XEP-0447 stateless file sharing, with XEP-0066 out-of-band data
// for other clients). The name is searchable; the bytes live in the profile's media cache.
struct Attachment
{
    qint64 id = 0; // local row id; 0 until stored
    qint64 messageId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0; // bytes; 0 when unknown
    QString url;
    QString localPath; // empty until downloaded (or, for ours, the copy that is uploaded)
    QString description; // the caption the sender wrote for this file
    int width = 0; // pixels of an image or video; 0 when unknown
    int height = 0;
    qint64 durationMs = 0; // of audio or video; 0 when unknown
    QByteArray sha256; // 32 raw bytes, as declared by the sender; empty when unknown
    QByteArray thumbnail; // a small encoded image (XEP-0264), checked before it is stored
    QString thumbnailMimeType;
    TransferState transfer = TransferState::Remote;
    QString errorText; // why the last transfer failed, for the person

    bool operator==(const Attachment &) const = default;
};

} // namespace Natter
