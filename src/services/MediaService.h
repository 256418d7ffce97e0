#pragma once

#include "Message.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Natter {

class AppSettings;
class ContactService;
class Download;
class FileUpload;
class HistoryService;
class MessagingService;
class PinnedNetworkAccess;
class Session;
class UploadSync;

// Files in chats. Sending: the file is copied into the profile's media cache, described
// (type, size, dimensions, duration, SHA-256, thumbnail) and stored as a pending message before
// anything goes on the wire; then it is uploaded (XEP-0363) and the message goes out with its
// link. Receiving: the thumbnail shows at once; images within the auto-download limit fetch
// by themselves from the account's own upload service or a roster contact over https, anything
// else on a click. Every transfer's state is kept in the store, so nothing is lost on a crash.
class MediaService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool uploadAvailable READ uploadAvailable NOTIFY uploadAvailableChanged)
    // Bytes a file may have to be sent: the server's limit or 100 MB, whichever is lower.
    Q_PROPERTY(qint64 sizeLimit READ sizeLimit NOTIFY uploadAvailableChanged)

public:
    MediaService(Session *session, HistoryService *history, MessagingService *messaging,
        ContactService *contacts, AppSettings *settings, const QString &cacheDir,
        QObject *parent = nullptr);
    ~MediaService() override;

    bool uploadAvailable() const;
    qint64 sizeLimit() const;
    UploadSync *uploads() const { return m_uploads; }

    // Empty when the file can be sent, else why not, for the person ("larger than …").
    Q_INVOKABLE QString checkFile(const QUrl &file) const;
    // Sends one file as its own message with an optional caption. Images go as the original,
    // without GPS data, unless compress asks for a smaller copy. Resolves with the stored
    // message, or an empty list when the file was refused (see failed()).
    QFuture<QList<Message>> sendFile(
        const QString &peer, const QUrl &file, const QString &caption, bool compress);
    // Fetches the file of an attachment: a click, or a retry after a failure.
    Q_INVOKABLE void download(qint64 attachmentId);
    // Stops an upload or download; an upload stays retryable, a download returns to remote.
    Q_INVOKABLE void cancel(qint64 attachmentId);
    Q_INVOKABLE void retryUpload(qint64 attachmentId);
    // Copies a downloaded file to where the person chose; false, with failed(), on error.
    Q_INVOKABLE bool saveAs(qint64 attachmentId, const QUrl &target);
    // Opens a downloaded file with the system's application.
    Q_INVOKABLE void openExternally(qint64 attachmentId);

    // The progress of a running transfer in [0, 1], or -1 when none runs for the attachment.
    double progress(qint64 attachmentId) const;

Q_SIGNALS:
    void uploadAvailableChanged();
    // At most a few times a second per transfer.
    void progressChanged(qint64 attachmentId, double progress);
    // Something the person asked for did not work; text says what and what to do.
    void failed(const QString &text);

private:
    Session *m_session;
    HistoryService *m_history;
    MessagingService *m_messaging;
    ContactService *m_contacts;
    AppSettings *m_settings;
    QString m_cacheDir;
    PinnedNetworkAccess *m_network;
    UploadSync *m_uploads;
    QHash<qint64, QPointer<FileUpload>> m_uploadsRunning; // attachment id →
    QHash<qint64, QPointer<Download>> m_downloadsRunning;
    QHash<qint64, double> m_progress;
};

} // namespace Natter
