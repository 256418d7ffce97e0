#pragma once

#include "DisplayKind.h"

#include <QString>

class QIODevice;

namespace Natter {

// Decides what a file is from its bytes, not from what the sender claims.
class MediaClassifier
{
public:
    // The MIME type from the content first; the file name only refines it when it names a
    // subtype of what the content shows (a .docx is a zip). application/octet-stream if unknown.
    static QString detectedMimeType(const QString &path);

    // How to show a downloaded file that was announced as claimedMimeType. A file claiming
    // image/* that Natter cannot decode as an image (or whose size is refused) is a Document;
    // audio and video need content that is audio or video.
    static DisplayKind displayKind(const QString &claimedMimeType, const QString &path);

    // The kind to show before the download, from the claim alone (the thumbnail decides more).
    static DisplayKind claimedKind(const QString &claimedMimeType);
};

} // namespace Natter
