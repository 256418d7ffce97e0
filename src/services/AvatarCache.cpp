#include "AvatarCache.h"

#include "ServiceLogging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

namespace Natter {

namespace {
// lupdate files tr() in free functions here under "Natter"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter", text);
}

bool isHash(const QString &hash)
{
    static const QString hex = QStringLiteral("0123456789abcdef");
    if (hash.size() != 40)
        return false;
    for (QChar c : hash)
        if (!hex.contains(c))
            return false;
    return true;
}

// Reads the header only, then decodes straight to a square of side, cropping the centre.
QImage decodeSquare(QImageReader &reader, int maxDeclaredSide, int side, QString *error)
{
    const QSize declared = reader.size();
    if (!reader.canRead() || !declared.isValid() || declared.isEmpty()) {
        *error = tr("This is not an image.");
        return {};
    }
    if (declared.width() > maxDeclaredSide || declared.height() > maxDeclaredSide) {
        *error
            = tr("The image is too large (%1 × %2).").arg(declared.width()).arg(declared.height());
        return {};
    }
    const int shorter = qMin(declared.width(), declared.height());
    const int target = qMin(side, shorter);
    const QSize scaled = declared.scaled(target, target, Qt::KeepAspectRatioByExpanding);
    if (reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("The image could not be read: %1").arg(reader.errorString());
        return {};
    }
    if (image.size() != scaled)
        image = image.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRect square(
        (scaled.width() - target) / 2, (scaled.height() - target) / 2, target, target);
    return image.copy(square).convertToFormat(QImage::Format_ARGB32);
}

QByteArray toPng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
} // namespace

AvatarCache::AvatarCache(const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_dir(cacheDir)
{
    QDir().mkpath(m_dir);
}

bool AvatarCache::acceptsDeclared(const AvatarInfo &info)
{
    return info.bytes >= 0 && info.bytes <= MaxBytes && info.width >= 0
        && info.width <= MaxDeclaredSide && info.height >= 0 && info.height <= MaxDeclaredSide;
}

QString AvatarCache::pathFor(const QString &hash) const
{
    if (!isHash(hash))
        return {};
    const QString path = m_dir + u'/' + hash + QStringLiteral(".png");
    return QFile::exists(path) ? path : QString();
}

QString AvatarCache::store(const QString &hash, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (!error)
        error = &reason;
    if (!isHash(hash)
        || QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex() != hash.toLatin1()) {
        *error = tr("The avatar does not match its announced hash.");
        return {};
    }
    if (bytes.size() > MaxBytes) {
        *error = tr("The avatar is too large (%1 bytes).").arg(bytes.size());
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QImage image = decodeSquare(reader, MaxDeclaredSide, StoredSide, error);
    if (image.isNull()) {
        qCInfo(lcServices) << "avatar" << hash << "refused:" << *error;
        return {};
    }
    // Re-encoded, so what we keep and show is exactly the checked image.
    QString path = m_dir + u'/' + hash + QStringLiteral(".png");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toPng(image)) < 0 || !file.commit()) {
        *error = tr("The avatar could not be saved: %1").arg(file.errorString());
        return {};
    }
    return path;
}

std::optional<std::pair<QByteArray, AvatarInfo>> AvatarCache::prepareOwn(
    const QString &filePath, QString *error) const
{
    QString reason;
    if (!error)
        error = &reason;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file could not be opened: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxOwnFileBytes) {
        *error = tr("The file is too large for a profile picture.");
        return std::nullopt;
    }
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QImage image = decodeSquare(reader, MaxOwnDeclaredSide, StoredSide, error);
    if (image.isNull())
        return std::nullopt;
    const QByteArray png = toPng(image);
    AvatarInfo info;
    info.hash
        = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
    info.bytes = png.size();
    info.width = image.width();
    info.height = image.height();
    info.type = QStringLiteral("image/png");
    return std::make_pair(png, info);
}

} // namespace Natter
