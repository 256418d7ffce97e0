#pragma once

#include "Attachment.h"

#include <QByteArray>
#include <QString>

namespace Natter::ForwardedFile {

// The SHA-256 of the file at path, read in slices so a large file never sits in memory; empty
// when it cannot be read or, with size >= 0, is not size bytes long.
QByteArray sha256(const QString &path, qint64 size = -1);

enum class Copy {
    Absent, // not on this machine: the link and the metadata go on as they are
    Unchanged, // on this machine and still the bytes the hash names (or no hash to check)
    Changed, // on this machine and not what was sent or received: it must not go on
};
// Whether the local copy of a's file is still the file a describes.
Copy check(const Attachment &a);

// A copy of path for a new message of ours, in a folder of its own under outgoingDir: a hard
// link when the disk allows one, else a copy. Deleting either message then leaves the other's
// file alone. Empty when neither can be made.
QString share(const QString &path, const QString &outgoingDir);

} // namespace Natter::ForwardedFile
