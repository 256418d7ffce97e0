#include "MediaService.h"

#include "AppSettings.h"
#include "AudioPlayer.h"
#include "ContactService.h"
#include "DownloadService.h"
#include "ExecutableType.h"
#include "FileUpload.h"
#include "HistoryService.h"
#include "MediaBackend.h"
#include "MediaClassifier.h"
#include "MediaLimits.h"
#include "MediaProbe.h"
#include "MessagingService.h"
#include "OutgoingFile.h"
#include "PinnedNetworkAccess.h"
#include "ServiceLogging.h"
#include "Session.h"
#include "Thumbnailer.h"
#include "TransferProgress.h"
#include "UploadSync.h"
#include "VoiceRecorder.h"
#include "WaveformCache.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace Natter {

namespace {
QString noUploadService()
{
    return MediaService::tr("Your server does not accept files (it offers no HTTP upload).");
}
} // namespace

MediaService::MediaService(Session *session, HistoryService *history, MessagingService *messaging,
    ContactService *contacts, AppSettings *settings, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_messaging(messaging)
    , m_contacts(contacts)
    , m_settings(settings)
    , m_cacheDir(cacheDir)
    , m_network(new PinnedNetworkAccess(this))
    , m_uploads(new UploadSync(session, this))
    , m_progress(new TransferProgress(this))
    , m_downloads(new DownloadService(
          history, contacts, settings, m_uploads, m_network, m_progress, cacheDir, this))
{
    MediaBackend::select();
    connect(m_progress, &TransferProgress::changed, this, &MediaService::progressChanged);
    connect(m_uploads, &UploadSync::availableChanged, this, [this] {
        // Discovery ended: the files waiting for it go up, or fail with the reason. Only on a
        // live stream (UploadSync ignores searches that a disconnect cut short).
        if (m_session->state() == ConnectionState::Connected
            && (m_uploads->available() || m_uploads->discovered()))
            resumeUploads();
        Q_EMIT uploadAvailableChanged();
    });
    connect(m_uploads, &UploadSync::hostsChanged, this,
        [this] { m_network->setOwnHosts(m_uploads->hosts()); });
    connect(m_session, &Session::connected, this,
        [this] { m_network->setPinnedCertificates(m_session->settings().pinnedCertificates); });
    connect(
        messaging, &MessagingService::messagesStored, m_downloads, &DownloadService::autoDownload);
}

MediaService::~MediaService() = default;

bool MediaService::uploadAvailable() const
{
    return m_uploads->available();
}

qint64 MediaService::sizeLimit() const
{
    return m_uploads->sizeLimit();
}

QString MediaService::checkFile(const QUrl &file) const
{
    const QFileInfo info(file.toLocalFile());
    if (!file.isLocalFile() || !info.isFile() || !info.isReadable())
        return tr("The file cannot be read.");
    if (info.size() == 0)
        return tr("The file is empty, so there is nothing to send.");
    if (m_session->state() == ConnectionState::Connected && !m_uploads->available()
        && m_uploads->discovered())
        return noUploadService();
    return m_uploads->sizeError(info.size());
}

QFuture<QList<Message>> MediaService::sendFile(
    const QString &peer, const QUrl &file, const QString &caption, bool compress)
{
    if (const QString error = checkFile(file); !error.isEmpty()) {
        Q_EMIT failed(error);
        return QtFuture::makeReadyFuture(QList<Message>());
    }
    const QString source = file.toLocalFile();
    const QString outgoing = m_cacheDir + QStringLiteral("/outgoing");
    return QtConcurrent::run(&OutgoingFile::prepare, source, outgoing, compress)
        .then(this,
            [this, peer, caption](OutgoingFile prepared) -> QFuture<QList<Message>> {
                if (!prepared.isValid()) {
                    Q_EMIT failed(prepared.error);
                    return QtFuture::makeReadyFuture(QList<Message>());
                }
                if (prepared.kind != MediaKind::Audio && prepared.kind != MediaKind::Video)
                    return store(peer, prepared, caption);
                // Duration, and for a video its size and a poster as the thumbnail.
                return MediaProbe::probe(prepared.path)
                    .then(this,
                        [this, peer, caption, prepared](const MediaInfo &info) mutable {
                            if (info.ok()) {
                                // An MP4 or WebM container reads as video by its bytes; without
                                // a picture track it is sound (a voice note is audio/mp4).
                                if (!info.hasVideo && prepared.kind == MediaKind::Video) {
                                    prepared.kind = MediaKind::Audio;
                                    prepared.mimeType.replace(
                                        QLatin1String("video/"), QLatin1String("audio/"));
                                }
                                prepared.durationMs = info.durationMs;
                                prepared.pixelSize = info.videoSize;
                                if (!info.poster.isNull())
                                    prepared.thumbnail = Thumbnailer::fromImage(info.poster);
                            }
                            return store(peer, prepared, caption);
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<QList<Message>> MediaService::store(
    const QString &peer, const OutgoingFile &prepared, const QString &caption)
{
    if (const QString error = m_uploads->sizeError(prepared.size); !error.isEmpty()) {
        QDir(QFileInfo(prepared.path).path()).removeRecursively();
        Q_EMIT failed(error);
        return QtFuture::makeReadyFuture(QList<Message>());
    }
    return m_messaging->storeWithFiles(peer, {}, { attachmentFor(prepared, caption) })
        .then(this, [this](const QList<Message> &stored) {
            for (const Message &m : stored)
                upload(m.attachments.value(0));
            return stored;
        });
}

VoiceRecorder *MediaService::recorder()
{
    // Made on first use: Qt Multimedia and its backend cost memory and start-up time.
    if (!m_recorder) {
        m_recorder = new VoiceRecorder(this);
        connect(m_recorder, &VoiceRecorder::finished, this,
            [this](const QString &path) { sendVoiceNote(path); });
    }
    return m_recorder;
}

AudioPlayer *MediaService::player()
{
    if (!m_player)
        m_player = new AudioPlayer(this);
    return m_player;
}

WaveformCache *MediaService::waveforms()
{
    if (!m_waveforms)
        m_waveforms = new WaveformCache(this);
    return m_waveforms;
}

bool MediaService::startVoiceNote(const QString &peer)
{
    if (recorder()->isRecording())
        return false;
    const QString dir = m_cacheDir + QStringLiteral("/outgoing");
    QDir().mkpath(dir);
    const QString name
        // No spaces: Qt 6.4's FFmpeg backend writes such a path somewhere else.
        = QStringLiteral("Voice-note-%1.%2")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")),
                  VoiceRecorder::fileSuffix());
    m_voicePeer = peer;
    return recorder()->start(dir + u'/' + name);
}

void MediaService::sendVoiceNote(const QString &path)
{
    const QString peer = std::exchange(m_voicePeer, QString());
    if (peer.isEmpty())
        return;
    // The recording is copied like any file; the copy in its own folder is what is uploaded.
    sendFile(peer, QUrl::fromLocalFile(path), {}, false).then(this, [path](const QList<Message> &) {
        QFile::remove(path);
    });
}

Attachment MediaService::attachmentFor(const OutgoingFile &prepared, const QString &caption)
{
    Attachment a;
    a.fileName = prepared.fileName;
    a.mimeType = prepared.mimeType;
    a.size = prepared.size;
    a.localPath = prepared.path;
    a.description = caption.trimmed().left(MediaLimits::MaxDescriptionLength);
    a.durationMs = prepared.durationMs;
    a.width = prepared.pixelSize.width();
    a.height = prepared.pixelSize.height();
    a.sha256 = prepared.sha256;
    a.thumbnail = prepared.thumbnail.bytes;
    a.thumbnailMimeType = prepared.thumbnail.mimeType;
    a.transfer = TransferState::Uploading;
    return a;
}

void MediaService::upload(const Attachment &attachment)
{
    if (attachment.id == 0 || m_uploadsRunning.contains(attachment.id) || !m_uploads->available())
        return; // resumeUploads() starts it once the upload service is known
    m_uploadsRunning.insert(attachment.id, nullptr);
    m_progress->report(attachment.id, 0, true);
    m_uploads->requestSlot(attachment.fileName, attachment.size, attachment.mimeType)
        .then(this, [this, attachment](const UploadSlot &slot) {
            if (!m_uploadsRunning.contains(attachment.id))
                return; // cancelled while the slot was on its way
            if (!slot.isValid())
                return uploadFailed(attachment, slot.error);
            auto *put = new FileUpload(m_network, this);
            m_uploadsRunning.insert(attachment.id, put);
            connect(
                put, &FileUpload::progress, this, [this, attachment](qint64 sent, qint64 total) {
                    m_progress->report(attachment.id, total > 0 ? double(sent) / double(total) : 0);
                });
            connect(put, &FileUpload::failed, this,
                [this, attachment](const QString &text) { uploadFailed(attachment, text); });
            connect(put, &FileUpload::cancelled, this,
                [this, attachment] { uploadFailed(attachment, tr("The upload was cancelled.")); });
            connect(put, &FileUpload::finished, this, [this, attachment, slot] {
                finishUpload(attachment.id);
                Attachment done = attachment;
                done.url = slot.getUrl.toString();
                done.transfer = TransferState::Ready;
                done.errorText.clear();
                m_history->messages().updateAttachment(done).then(this, [this, done](bool ok) {
                    if (ok)
                        m_messaging->sendStored(done.messageId);
                });
            });
            put->start(attachment.localPath, attachment.size, attachment.mimeType, slot.putUrl,
                slot.putHeaders);
        });
}

void MediaService::uploadFailed(const Attachment &attachment, const QString &text)
{
    finishUpload(attachment.id);
    qCInfo(lcServices) << "upload of attachment" << attachment.id << "failed:" << text;
    Attachment failedOne = attachment;
    failedOne.transfer = TransferState::UploadFailed;
    failedOne.errorText = text;
    m_history->messages().updateAttachment(failedOne);
}

void MediaService::resumeUploads()
{
    if (m_messaging->accountId() == 0)
        return;
    // Files stored as pending before a crash, a restart or while the service was unknown; they
    // go up now, or fail with the reason when discovery found no service.
    m_history->messages()
        .outbox(m_messaging->accountId(), OutboxKind::All)
        .then(this, [this](const QList<Message> &outbox) {
            for (const Message &m : outbox) {
                for (const Attachment &a : m.attachments) {
                    if (!a.url.isEmpty() || a.transfer != TransferState::Uploading)
                        continue;
                    // A server without an upload service: say so instead of waiting forever.
                    if (m_uploads->available())
                        upload(a);
                    else
                        uploadFailed(a, noUploadService());
                }
            }
        });
}

void MediaService::retryUpload(qint64 attachmentId)
{
    m_history->messages().attachment(attachmentId).then(this, [this](Attachment a) {
        if (a.id == 0 || !a.url.isEmpty() || !QFileInfo::exists(a.localPath))
            return;
        a.transfer = TransferState::Uploading;
        a.errorText.clear();
        m_history->messages().updateAttachment(a).then(this, [this, a](bool ok) {
            if (ok)
                upload(a);
        });
    });
}

void MediaService::cancel(qint64 attachmentId)
{
    if (m_downloads->cancel(attachmentId))
        return;
    if (const auto put = m_uploadsRunning.value(attachmentId))
        put->cancel();
    else if (m_uploadsRunning.contains(attachmentId)) {
        // The slot is still on its way: the upload ends before it starts.
        m_uploadsRunning.remove(attachmentId);
        m_history->messages().attachment(attachmentId).then(this, [this](const Attachment &a) {
            uploadFailed(a, tr("The upload was cancelled."));
        });
    }
}

bool MediaService::saveAs(qint64 attachmentId, const QUrl &target)
{
    const Attachment a = m_history->messages().attachment(attachmentId).result();
    const QString path = target.toLocalFile();
    if (a.localPath.isEmpty() || !QFileInfo::exists(a.localPath) || path.isEmpty()) {
        Q_EMIT failed(tr("The file is not downloaded yet."));
        return false;
    }
    // The dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path))
        QFile::remove(path);
    if (!QFile::copy(a.localPath, path)) {
        Q_EMIT failed(tr("The file could not be saved there."));
        return false;
    }
    return true;
}

void MediaService::openExternally(qint64 attachmentId)
{
    open(attachmentId, false);
}

void MediaService::openConfirmed(qint64 attachmentId)
{
    open(attachmentId, true);
}

void MediaService::open(qint64 attachmentId, bool confirmed)
{
    m_history->messages().attachment(attachmentId).then(this, [=, this](const Attachment &a) {
        if (a.localPath.isEmpty() || !QFileInfo::exists(a.localPath)) {
            Q_EMIT failed(tr("The file is not downloaded yet."));
            return;
        }
        const QString question = ExecutableType::openQuestion(a.localPath, a.fileName);
        if (!confirmed && !question.isEmpty()) {
            Q_EMIT openConfirmationNeeded(attachmentId, question);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(a.localPath)))
            Q_EMIT failed(tr("No application on this computer opens this file."));
    });
}

double MediaService::progress(qint64 attachmentId) const
{
    return m_progress->value(attachmentId);
}

void MediaService::finishUpload(qint64 attachmentId)
{
    if (const auto put = m_uploadsRunning.take(attachmentId))
        put->deleteLater();
    m_progress->finish(attachmentId);
}

void MediaService::download(qint64 attachmentId)
{
    m_downloads->download(attachmentId);
}

} // namespace Natter
