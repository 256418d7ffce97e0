#pragma once

#include "Message.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Natter {

class AppSettings;
class ContactService;
class Download;
class HistoryService;
class TransferProgress;
class UploadSync;

// Files that arrive in messages: pictures within the auto-download limit fetch by themselves,
// from the account's own upload service or a roster contact over https; anything else on a
// click. Downloads go into the media cache under safe names and must match what was declared.
class DownloadService : public QObject
{
    Q_OBJECT

public:
    DownloadService(HistoryService *history, ContactService *contacts, AppSettings *settings,
        UploadSync *uploads, QNetworkAccessManager *network, TransferProgress *progress,
        const QString &cacheDir, QObject *parent = nullptr);
    ~DownloadService() override;

    // A click, or a retry after a failure.
    void download(qint64 attachmentId);
    // Fetches what the policy allows without a click, from newly stored messages.
    void autoDownload(const QList<Natter::Message> &messages);
    // False when no download runs for the attachment.
    bool cancel(qint64 attachmentId);

private:
    void fetch(qint64 attachmentId, bool userInitiated);
    void startDownload(const Attachment &attachment, const QString &sender, bool userInitiated);
    void downloadFailed(const Attachment &attachment, const QString &text);
    void finish(qint64 attachmentId);

    HistoryService *m_history;
    ContactService *m_contacts;
    AppSettings *m_settings;
    UploadSync *m_uploads;
    QNetworkAccessManager *m_network;
    TransferProgress *m_progress;
    QString m_cacheDir;
    // Attachment id → its download; null while it is being set up.
    QHash<qint64, QPointer<Download>> m_running;
};

} // namespace Natter
