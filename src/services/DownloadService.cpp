#include "DownloadService.h"

#include "AppSettings.h"
#include "ContactService.h"
#include "Download.h"
#include "FileNameSanitizer.h"
#include "HistoryService.h"
#include "MediaClassifier.h"
#include "MediaLimits.h"
#include "MessageRequests.h"
#include "ServiceLogging.h"
#include "TransferProgress.h"
#include "UploadSync.h"
#include "UrlPolicy.h"

#include <QDir>
#include <QFileInfo>

namespace Natter {

DownloadService::DownloadService(HistoryService *history, ContactService *contacts,
    AppSettings *settings, UploadSync *uploads, QNetworkAccessManager *network,
    TransferProgress *progress, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_uploads(uploads)
    , m_network(network)
    , m_progress(progress)
    , m_cacheDir(cacheDir)
{ }

DownloadService::~DownloadService()
{
    // Part files of running downloads are removed; the attachments stay remote.
    for (const auto &download : std::as_const(m_running)) {
        if (download)
            download->cancel();
    }
}

bool DownloadService::cancel(qint64 attachmentId)
{
    const auto download = m_running.value(attachmentId);
    if (download)
        download->cancel();
    return download;
}

void DownloadService::finish(qint64 attachmentId)
{
    if (const auto download = m_running.take(attachmentId))
        download->deleteLater();
    m_progress->finish(attachmentId);
}

void DownloadService::download(qint64 attachmentId)
{
    fetch(attachmentId, true);
}

void DownloadService::fetch(qint64 attachmentId, bool userInitiated)
{
    if (m_running.contains(attachmentId))
        return;
    m_running.insert(attachmentId, nullptr);
    m_history->messages()
        .attachment(attachmentId)
        .then(this, [this, userInitiated](const Attachment &a) {
            m_history->messages()
                .message(a.messageId)
                .then(this, [this, a, userInitiated](const Message &m) {
                    startDownload(a, m.sender, userInitiated);
                });
        });
}

void DownloadService::startDownload(const Attachment &a, const QString &sender, bool userInitiated)
{
    if (a.id == 0 || a.url.isEmpty()
        || (a.transfer == TransferState::Ready && QFileInfo::exists(a.localPath))) {
        m_running.remove(a.id);
        return;
    }
    if (a.size > MediaLimits::MaxFileBytes)
        return downloadFailed(a, tr("The file is larger than Natter downloads (max 100 MB)."));
    FetchContext context;
    context.ownUploadHosts = m_uploads->hosts();
    context.senderInRoster = m_contacts->view(sender).inRoster;
    context.userInitiated = userInitiated;
    if (const UrlDecision decision = UrlPolicy::allowUrl(QUrl(a.url), context); !decision.allowed) {
        if (!userInitiated) {
            m_running.remove(a.id); // not fetched by itself; a click may still
            return;
        }
        return downloadFailed(a, decision.reason);
    }
    QDir().mkpath(m_cacheDir);
    const QString name = FileNameSanitizer::sanitizedFileName(a.fileName, a.mimeType);
    // Download claims this name, or a free one beside it, when it starts.
    const QString target = QDir(m_cacheDir).filePath(name);
    auto *get = new Download(m_network, this);
    m_running.insert(a.id, get);
    Attachment running = a;
    running.transfer = TransferState::Downloading;
    running.errorText.clear();
    m_history->messages().updateAttachment(running);
    m_progress->report(a.id, 0, true);
    connect(get, &Download::progress, this, [this, a](qint64 received, qint64 total) {
        m_progress->report(a.id, total > 0 ? double(received) / double(total) : 0);
    });
    connect(
        get, &Download::failed, this, [this, a](const QString &text) { downloadFailed(a, text); });
    connect(get, &Download::cancelled, this, [this, a] {
        finish(a.id);
        Attachment back = a;
        back.transfer = TransferState::Remote;
        m_history->messages().updateAttachment(back);
    });
    connect(get, &Download::finished, this, [this, a](const QString &path) {
        finish(a.id);
        Attachment done = a;
        done.localPath = path;
        done.transfer = TransferState::Ready;
        done.errorText.clear();
        // A file that claims to be a picture but is not one is shown as a document.
        if (done.kind() != MediaClassifier::displayKind(done.mimeType, path))
            done.mimeType = MediaClassifier::detectedMimeType(path);
        m_history->messages().updateAttachment(done);
    });
    DeclaredFile declared;
    declared.size = a.size > 0 ? a.size : -1;
    declared.sha256 = a.sha256;
    get->start(QUrl(a.url), target, declared, context);
}

void DownloadService::downloadFailed(const Attachment &attachment, const QString &text)
{
    finish(attachment.id);
    qCInfo(lcServices) << "download of attachment" << attachment.id << "failed:" << text;
    Attachment failedOne = attachment;
    failedOne.transfer = TransferState::DownloadFailed;
    failedOne.errorText = text;
    m_history->messages().updateAttachment(failedOne);
}

void DownloadService::autoDownload(const QList<Message> &messages)
{
    const qint64 limit = qint64(m_settings->autoDownloadImagesMb()) * 1024 * 1024;
    if (limit <= 0)
        return;
    for (const Message &m : messages) {
        // A stranger's files wait for a click, until the person accepts the request.
        if (m.direction != Direction::Incoming
            || (m_contacts && m_contacts->messageRequests()->isRequestChat(m.chatId)))
            continue;
        for (const Attachment &a : m.attachments) {
            // Only pictures of a declared, small size; anything else waits for a click.
            if (a.kind() == MediaKind::Image && a.size > 0 && a.size <= limit)
                fetch(a.id, false);
        }
    }
}

} // namespace Natter
