#pragma once

#include <QString>

namespace Natter {

// Turns a file name that arrived from someone else (a message, a URL) into one that is safe to
// create in our media cache on Windows, macOS and Linux.
class FileNameSanitizer
{
public:
    // Only the last path component survives; control, format and Windows-invalid characters,
    // leading dots and trailing dots/spaces go; reserved device names are renamed; the result
    // has at most MediaLimits::MaxFileNameBytes UTF-8 bytes, extension kept. When nothing usable
    // is left the name is "file" with an extension for mimeType.
    static QString sanitizedFileName(const QString &proposed, const QString &mimeType = {});

    // dir/name, or dir/"base (2).ext", "base (3).ext", … when that file exists. Create the file
    // with QIODevice::NewOnly: another writer may take the name between this call and yours.
    static QString uniqueFilePath(const QString &dir, const QString &name);

private:
    static QString lastComponent(const QString &path);
    static QString withoutUnsafeCharacters(const QString &name);
    static QString trimmedDotsAndSpaces(QString name);
    static bool isReservedDeviceName(const QString &name);
    static QString limitedLength(const QString &name, int maxBytes);
    static QString extensionFor(const QString &mimeType);
};

} // namespace Natter
