#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QString>

namespace Natter {

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
    // How the timeline shows the file, from its declared type alone; a file that turns out not
    // to be an image when it is decoded is shown as a document instead.
    MediaKind kind() const;
    // A recorded voice note: our recorder and other clients name them "voice-…" or "Voice…".
    bool isVoiceMessage() const;
    // The length as a clock shows it ("0:12", "1:02:03"); empty when unknown.
    QString durationText() const;
};

} // namespace Natter
