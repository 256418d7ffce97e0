#include "FileShareCodec.h"

#include "MediaLimits.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QXmppBitsOfBinaryContentId.h>
#include <QXmppBitsOfBinaryData.h>
#include <QXmppBitsOfBinaryDataList.h>
#include <QXmppFileMetadata.h>
#include <QXmppFileShare.h>
#include <QXmppHash.h>
#include <QXmppHttpFileSource.h>
#include <QXmppMessage.h>
#include <QXmppOutOfBandUrl.h>
#include <QXmppThumbnail.h>

#include <algorithm>

namespace Natter {

namespace {
using namespace MediaLimits;

bool isFetchableUrl(const QString &text)
{
    if (text.isEmpty() || text.size() > MaxUrlLength)
        return false;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

int checkedEdge(std::optional<uint32_t> edge, int limit)
{
    return edge && *edge > 0 && *edge <= uint32_t(limit) ? int(*edge) : 0;
}

QString clipped(const QString &text, int limit)
{
    return text.size() > limit ? text.left(limit) : text;
}

// The name in a URL's path, for a file that came without metadata.
QString nameFromUrl(const QString &url)
{
    return QUrl(url).fileName(QUrl::FullyDecoded);
}

QXmppFileShare fileShare(const Attachment &a, QXmppBitsOfBinaryDataList &bob)
{
    QXmppFileMetadata metadata;
    // QXmpp 1.10 writes the hash's namespace onto <file> itself (a duplicate xmlns that servers
    // reject as not well-formed) unless another child precedes it; <date> always does.
    metadata.setLastModified(QDateTime::currentDateTimeUtc());
    metadata.setFilename(a.fileName);
    const QMimeType type = QMimeDatabase().mimeTypeForName(a.mimeType);
    if (type.isValid())
        metadata.setMediaType(type);
    if (a.size > 0)
        metadata.setSize(uint64_t(a.size));
    if (a.width > 0 && a.height > 0) {
        metadata.setWidth(uint32_t(a.width));
        metadata.setHeight(uint32_t(a.height));
    }
    if (a.durationMs > 0)
        metadata.setLength(uint32_t(a.durationMs));
    if (!a.description.isEmpty())
        metadata.setDescription(a.description);
    if (a.sha256.size() == 32) {
        QXmppHash hash;
        hash.setAlgorithm(QXmpp::HashAlgorithm::Sha256);
        hash.setHash(a.sha256);
        metadata.setHashes({ hash });
    }
    if (!a.thumbnail.isEmpty()) {
        QXmppBitsOfBinaryData data = QXmppBitsOfBinaryData::fromByteArray(a.thumbnail);
        data.setContentType(QMimeDatabase().mimeTypeForName(a.thumbnailMimeType));
        QXmppThumbnail thumbnail;
        thumbnail.setUri(data.cid().toCidUrl());
        thumbnail.setMediaType(data.contentType());
        bob.append(data);
        metadata.setThumbnails({ thumbnail });
    }
    QXmppFileShare share;
    share.setDisposition(QXmppFileShare::Inline);
    share.setMetadata(metadata);
    share.setHttpSources({ QXmppHttpFileSource(QUrl(a.url)) });
    return share;
}

// The first thumbnail whose bytes travel in the stanza and whose declared size is sane.
void readThumbnail(
    const QXmppFileMetadata &metadata, const QXmppBitsOfBinaryDataList &bob, Attachment &attachment)
{
    for (const QXmppThumbnail &thumbnail : metadata.thumbnails()) {
        const int width = checkedEdge(thumbnail.width(), MaxThumbnailEdge);
        const int height = checkedEdge(thumbnail.height(), MaxThumbnailEdge);
        if ((thumbnail.width() && width == 0) || (thumbnail.height() && height == 0))
            continue; // declares more than a thumbnail may be
        const auto cid = QXmppBitsOfBinaryContentId::fromCidUrl(thumbnail.uri());
        if (!cid.isValid())
            continue;
        for (const QXmppBitsOfBinaryData &data : bob) {
            if (data.cid() == cid && !data.data().isEmpty()
                && data.data().size() <= MaxThumbnailBytes) {
                attachment.thumbnail = data.data();
                attachment.thumbnailMimeType = data.contentType().name();
                return;
            }
        }
    }
}

Attachment attachmentFrom(const QXmppFileShare &share, const QXmppBitsOfBinaryDataList &bob)
{
    Attachment a;
    for (const QXmppHttpFileSource &source : share.httpSources()) {
        if (isFetchableUrl(source.url().toString())) {
            a.url = source.url().toString();
            break;
        }
    }
    if (a.url.isEmpty())
        return a;
    const QXmppFileMetadata &metadata = share.metadata();
    a.fileName = clipped(metadata.filename().value_or(nameFromUrl(a.url)), MaxFileNameLength);
    if (metadata.mediaType() && metadata.mediaType()->isValid())
        a.mimeType = metadata.mediaType()->name();
    if (const auto size = metadata.size(); size && *size <= uint64_t(MaxFileBytes) * 1024)
        a.size = qint64(*size);
    a.width = checkedEdge(metadata.width(), MaxDeclaredEdge);
    a.height = checkedEdge(metadata.height(), MaxDeclaredEdge);
    if (a.width == 0 || a.height == 0)
        a.width = a.height = 0;
    if (const auto length = metadata.length(); length && qint64(*length) <= MaxDurationMs)
        a.durationMs = qint64(*length);
    a.description = clipped(metadata.description().value_or(QString()), MaxDescriptionLength);
    for (const QXmppHash &hash : metadata.hashes()) {
        if (hash.algorithm() == QXmpp::HashAlgorithm::Sha256 && hash.hash().size() == 32)
            a.sha256 = hash.hash();
    }
    readThumbnail(metadata, bob, a);
    return a;
}
} // namespace

void FileShareCodec::write(QXmppMessage &stanza, const QList<Attachment> &attachments)
{
    if (attachments.isEmpty())
        return;
    QVector<QXmppFileShare> shares;
    QVector<QXmppOutOfBandUrl> oob;
    QXmppBitsOfBinaryDataList bob;
    for (const Attachment &a : attachments) {
        shares.append(fileShare(a, bob));
        QXmppOutOfBandUrl url;
        url.setUrl(a.url);
        if (!a.description.isEmpty())
            url.setDescription(a.description);
        oob.append(url);
    }
    stanza.setBody(attachments.first().url);
    stanza.setSharedFiles(shares);
    stanza.setOutOfBandUrls(oob);
    stanza.setBitsOfBinaryData(bob);
}

QList<Attachment> FileShareCodec::read(const QXmppMessage &stanza)
{
    QList<Attachment> attachments;
    for (const QXmppFileShare &share : stanza.sharedFiles()) {
        if (attachments.size() >= MaxFilesPerMessage)
            break;
        Attachment a = attachmentFrom(share, stanza.bitsOfBinaryData());
        if (!a.url.isEmpty())
            attachments.append(a);
    }
    if (!attachments.isEmpty())
        return attachments;
    // Clients without file sharing metadata send the URL out of band, usually also as body.
    for (const QXmppOutOfBandUrl &oob : stanza.outOfBandUrls()) {
        if (attachments.size() >= MaxFilesPerMessage || !isFetchableUrl(oob.url()))
            continue;
        Attachment a;
        a.url = oob.url();
        a.fileName = clipped(nameFromUrl(a.url), MaxFileNameLength);
        a.mimeType
            = QMimeDatabase().mimeTypeForFile(a.fileName, QMimeDatabase::MatchExtension).name();
        a.description = clipped(oob.description().value_or(QString()), MaxDescriptionLength);
        attachments.append(a);
    }
    return attachments;
}

bool FileShareCodec::bodyIsOnlyUrls(const QString &body, const QList<Attachment> &attachments)
{
    if (attachments.isEmpty())
        return false;
    const QStringList words
        = body.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return std::any_of(attachments.begin(), attachments.end(),
            [&](const Attachment &a) { return a.url == word; });
    });
}

} // namespace Natter
