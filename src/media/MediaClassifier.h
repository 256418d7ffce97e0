#pragma once

#include "Enums.h"

#include <QString>

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
    static MediaKind displayKind(const QString &claimedMimeType, const QString &path);
};

} // namespace Natter
