#pragma once

#include "AvatarInfo.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Natter {

// The avatar cache on disk, keyed by SHA-1, and the judge of what may enter it. Nothing a
// contact sends is decoded before its size, format and declared dimensions are checked, and it
// is decoded straight to the small size we show, so no avatar costs more than a few MB.
class AvatarCache : public QObject
{
    Q_OBJECT

public:
    // Bytes we accept at all, the largest declared side we decode, and the side we keep.
    static constexpr qint64 MaxBytes = qint64 { 1024 } * 1024;
    static constexpr int MaxDeclaredSide = 1024;
    static constexpr int StoredSide = 256;
    // Own pictures come from the person's disk: larger, but still bounded.
    static constexpr qint64 MaxOwnFileBytes = qint64 { 32 } * 1024 * 1024;
    static constexpr int MaxOwnDeclaredSide = 12000;

    explicit AvatarCache(const QString &cacheDir, QObject *parent = nullptr);

    // False when XEP-0084 metadata already shows an avatar we would refuse.
    static bool acceptsDeclared(const AvatarInfo &info);

    // Checks bytes and stores a re-encoded copy under hash; returns its path, or empty with the
    // reason in error.
    QString store(const QString &hash, const QByteArray &bytes, QString *error = nullptr);
    // The cached file for hash, or empty when it is not cached.
    QString pathFor(const QString &hash) const;

    // The person's own picture from a file: scaled, cropped to a centred square, as PNG, with
    // its metadata. Empty with a reason when the file is not a usable image.
    std::optional<std::pair<QByteArray, AvatarInfo>> prepareOwn(
        const QString &filePath, QString *error = nullptr) const;

private:
    QString m_dir;
};

} // namespace Natter
