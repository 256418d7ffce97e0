#include "AttachmentRoles.h"

#include "FileNameSanitizer.h"
#include "MediaService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace Natter {

namespace {
bool transferRuns(TransferState state)
{
    return state == TransferState::Downloading || state == TransferState::Uploading;
}

// Short enough for a bubble's meta line: "PDF", "JPEG", "DOCX"; the suffix is what people know.
QString typeText(const Attachment &a)
{
    const QString suffix = QFileInfo(a.fileName).suffix();
    if (!suffix.isEmpty() && suffix.size() <= 5
        && std::all_of(
            suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return suffix.toUpper();
    const QString subtype = a.mimeType.section(u'/', 1).section(u';', 0, 0).trimmed();
    if (!subtype.isEmpty() && subtype.size() <= 8 && !subtype.contains(u'.'))
        return subtype.toUpper();
    return QCoreApplication::translate("AttachmentRoles", "File");
}

// The sender's name as it is saved, so no bidi override makes "…fdp.exe" read as a PDF.
QString shownFileName(const QString &name)
{
    return name.isEmpty() ? QString() : FileNameSanitizer::sanitizedFileName(name);
}
} // namespace

void AttachmentRoles::setMedia(MediaService *media)
{
    m_media = media;
    m_progress.clear();
}

void AttachmentRoles::setProgress(qint64 attachmentId, double progress)
{
    m_progress.insert(attachmentId, progress);
}

void AttachmentRoles::forgetProgress(const Message &message)
{
    for (const Attachment &a : message.attachments) {
        if (!transferRuns(a.transfer))
            m_progress.remove(a.id);
    }
}

void AttachmentRoles::download(qint64 attachmentId)
{
    if (m_media)
        m_media->download(attachmentId);
}

void AttachmentRoles::cancelTransfer(qint64 attachmentId)
{
    if (m_media)
        m_media->cancel(attachmentId);
}

void AttachmentRoles::retryUpload(qint64 attachmentId)
{
    if (m_media)
        m_media->retryUpload(attachmentId);
}

void AttachmentRoles::openExternally(qint64 attachmentId)
{
    if (m_media)
        m_media->openExternally(attachmentId);
}

bool AttachmentRoles::saveAs(qint64 attachmentId, const QUrl &target)
{
    return m_media && m_media->saveAs(attachmentId, target);
}

QString AttachmentRoles::previewText(const QString &mimeType, const QString &fileName)
{
    Attachment file;
    file.mimeType = mimeType;
    file.fileName = fileName;
    switch (file.kind()) {
    case MediaKind::Image:
        return QCoreApplication::translate("AttachmentRoles", "Photo");
    case MediaKind::Video:
        return QCoreApplication::translate("AttachmentRoles", "Video");
    case MediaKind::Audio:
        return file.isVoiceMessage()
            ? QCoreApplication::translate("AttachmentRoles", "Voice message")
            : QCoreApplication::translate("AttachmentRoles", "Audio");
    case MediaKind::Document:
        break;
    }
    return fileName.isEmpty() ? QCoreApplication::translate("AttachmentRoles", "File")
                              : shownFileName(fileName);
}

QString AttachmentRoles::previewIcon(const QString &mimeType)
{
    if (mimeType.isEmpty())
        return {};
    Attachment file;
    file.mimeType = mimeType;
    static const QString names[] = { QStringLiteral("photo"), QStringLiteral("video"),
        QStringLiteral("audio"), QStringLiteral("document") };
    return names[int(file.kind())];
}

qint64 AttachmentRoles::firstId(const Message &message)
{
    return message.attachments.isEmpty() ? 0 : message.attachments.constFirst().id;
}

int AttachmentRoles::rowWithFile(const QList<Message> &rows, qint64 attachmentId)
{
    const auto at = std::find_if(
        rows.cbegin(), rows.cend(), [&](const Message &m) { return firstId(m) == attachmentId; });
    return at == rows.cend() ? -1 : int(at - rows.cbegin());
}

double AttachmentRoles::progressOf(const Attachment &a) const
{
    if (!transferRuns(a.transfer))
        return -1;
    const double known = m_media ? m_media->progress(a.id) : -1;
    return known >= 0 ? known : m_progress.value(a.id, -1);
}

QVariant AttachmentRoles::data(const Message &message, int role) const
{
    if (role == AttachmentCountRole)
        return int(message.attachments.size());
    // A message without a file still answers with typed empty values: delegates declare them.
    static const Attachment none;
    const Attachment &a = message.attachments.isEmpty() ? none : message.attachments.constFirst();
    switch (role) {
    case AttachmentIdRole:
        return a.id;
    case MediaKindRole:
        return message.attachments.isEmpty() ? -1 : int(a.kind());
    case FileNameRole:
        return shownFileName(a.fileName);
    case MimeTypeRole:
        return a.mimeType;
    case FileSizeRole:
        return a.size;
    case FileSizeTextRole:
        return a.size > 0 ? QLocale().formattedDataSize(a.size, 1, QLocale::DataSizeSIFormat)
                          : QString();
    case FileTypeTextRole:
        return message.attachments.isEmpty() ? QString() : typeText(a);
    case MediaWidthRole:
        return a.width;
    case MediaHeightRole:
        return a.height;
    case DurationMsRole:
        return a.durationMs;
    case DurationTextRole:
        return a.durationText();
    case CaptionRole:
        return a.description;
    case TransferStateRole:
        return int(a.transfer);
    case TransferProgressRole:
        return progressOf(a);
    case TransferErrorRole:
        return a.errorText;
    case LocalUrlRole:
        // Ours is on this machine from the start, while it uploads too.
        return !a.localPath.isEmpty()
                && (a.transfer == TransferState::Ready || a.transfer == TransferState::Uploading
                    || a.transfer == TransferState::UploadFailed)
            ? QUrl::fromLocalFile(a.localPath)
            : QUrl();
    case ThumbnailUrlRole:
        return a.thumbnail.isEmpty() ? QString() : QStringLiteral("image://thumbnail/%1").arg(a.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentRoles::roleNames()
{
    return {
        { AttachmentIdRole, "attachmentId" },
        { MediaKindRole, "mediaKind" },
        { FileNameRole, "fileName" },
        { MimeTypeRole, "mimeType" },
        { FileSizeRole, "fileSize" },
        { FileSizeTextRole, "fileSizeText" },
        { FileTypeTextRole, "fileTypeText" },
        { MediaWidthRole, "mediaWidth" },
        { MediaHeightRole, "mediaHeight" },
        { DurationMsRole, "durationMs" },
        { DurationTextRole, "durationText" },
        { CaptionRole, "caption" },
        { TransferStateRole, "transferState" },
        { TransferProgressRole, "transferProgress" },
        { TransferErrorRole, "transferError" },
        { LocalUrlRole, "localUrl" },
        { ThumbnailUrlRole, "thumbnailUrl" },
        { AttachmentCountRole, "attachmentCount" },
    };
}

} // namespace Natter
