#pragma once

#include "Message.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QVariant>

namespace Natter {

class MediaService;

// The roles of a message's first file, shared by the conversation and the shared-media list so
// that a bubble and a grid cell read the same names. Progress comes from the media service; the
// last reported value is kept, so a row repaints without asking the service again.
class AttachmentRoles
{
public:
    // Far above the models' own roles, so both sets fit in one roleNames().
    enum Role {
        AttachmentIdRole = Qt::UserRole + 100,
        MediaKindRole, // MediaKind, or -1 when the message has no file
        FileNameRole,
        MimeTypeRole,
        FileSizeRole, // bytes, 0 when unknown
        FileSizeTextRole, // "2.4 MB", empty when unknown
        FileTypeTextRole, // "JPEG", "PDF": what the person calls the type
        MediaWidthRole,
        MediaHeightRole,
        DurationMsRole,
        DurationTextRole, // "1:05", empty when unknown
        CaptionRole,
        TransferStateRole, // TransferState
        TransferProgressRole, // 0..1 while a transfer runs, -1 otherwise or when unknown
        TransferErrorRole,
        LocalUrlRole, // a file URL once the file is on this machine, else empty
        ThumbnailUrlRole, // "image://thumbnail/<id>" when thumbnail bytes came, else empty
        AttachmentCountRole,
    };

    void setMedia(MediaService *media);
    // A progress report from the media service, kept for data().
    void setProgress(qint64 attachmentId, double progress);
    // The transfer ended (the store says so): drops its last progress.
    void forgetProgress(const Message &message);

    // The models' actions on a file, forwarded to the media service (nothing without one).
    void download(qint64 attachmentId);
    void cancelTransfer(qint64 attachmentId);
    void retryUpload(qint64 attachmentId);
    void openExternally(qint64 attachmentId);
    bool saveAs(qint64 attachmentId, const QUrl &target);

    QVariant data(const Message &message, int role) const;
    static QHash<int, QByteArray> roleNames();
    static bool handles(int role)
    {
        return role >= AttachmentIdRole && role <= AttachmentCountRole;
    }
    // A file where a text would be, for a one-line preview: "Photo", "Video", "Voice message",
    // "Audio", or a document's name.
    static QString previewText(const QString &mimeType, const QString &fileName);
    // An icon name for that preview ("photo", "video", "audio", "document"); empty without a file.
    static QString previewIcon(const QString &mimeType);
    // The id of a message's first file, 0 when it has none.
    static qint64 firstId(const Message &message);
    // The row whose first file this is, -1 when none: where a progress report repaints.
    static int rowWithFile(const QList<Message> &rows, qint64 attachmentId);

private:
    double progressOf(const Attachment &attachment) const;

    QPointer<MediaService> m_media;
    QHash<qint64, double> m_progress; // attachment id → last report of a running transfer
};

} // namespace Natter
