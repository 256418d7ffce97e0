#pragma once

#include "Enums.h"
#include "Thumbnail.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Natter {

// A file the person chose to send, copied into the media cache and described for the message:
// the copy is what gets uploaded, so moving or editing the original changes nothing.
struct OutgoingFile
{
    QString path; // the copy in the cache; empty on failure
    QString fileName; // the name the peer sees
    QString mimeType; // by content
    MediaKind kind = MediaKind::Document;
    qint64 size = 0;
    QByteArray sha256;
    QSize pixelSize; // images and video: as shown
    qint64 durationMs = 0; // audio and video, filled in by the caller's probe
    Thumbnail thumbnail; // images only; video posters are added by the caller
    QString error; // human text on failure

    bool isValid() const { return !path.isEmpty(); }

    // Blocks for up to a second on a large file: run it off the UI thread. Images are stripped
    // of their location (or compressed, if asked); every other file is copied as it is.
    static OutgoingFile prepare(const QString &source, const QString &outgoingDir, bool compress);
};

} // namespace Natter
