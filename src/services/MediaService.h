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
class DownloadService;
class FileUpload;
class HistoryService;
class MessagingService;
struct OutgoingFile;
class PinnedNetworkAccess;
class Session;
class TransferProgress;
class UploadSync;
class VoiceRecorder;
class AudioPlayer;
class WaveformCache;

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
    // One recorder for voice notes and one player that every audio bubble shares.
    Q_PROPERTY(Natter::VoiceRecorder *recorder READ recorder CONSTANT)
    Q_PROPERTY(Natter::AudioPlayer *player READ player CONSTANT)
    // The bars of the audio bubbles, computed from the downloaded files.
    Q_PROPERTY(Natter::WaveformCache *waveforms READ waveforms CONSTANT)
    Q_MOC_INCLUDE("VoiceRecorder.h")
    Q_MOC_INCLUDE("AudioPlayer.h")
    Q_MOC_INCLUDE("WaveformCache.h")

public:
    MediaService(Session *session, HistoryService *history, MessagingService *messaging,
        ContactService *contacts, AppSettings *settings, const QString &cacheDir,
        QObject *parent = nullptr);
    ~MediaService() override;

    bool uploadAvailable() const;
    qint64 sizeLimit() const;
    UploadSync *uploads() const { return m_uploads; }
    VoiceRecorder *recorder();
    AudioPlayer *player();
    WaveformCache *waveforms();

    // Empty when the file can be sent, else why not, for the person ("larger than …").
    Q_INVOKABLE QString checkFile(const QUrl &file) const;
    // Sends one file as its own message with an optional caption. Images go as the original,
    // without GPS data, unless compress asks for a smaller copy. Resolves with the stored
    // message, or an empty list when the file was refused (see failed()).
    QFuture<QList<Message>> sendFile(
        const QString &peer, const QUrl &file, const QString &caption, bool compress);
    // Records a voice note for the chat with peer; when the recorder stops, the note is sent
    // like any file (a cancelled one is not). False, with recorder.errorText, if it cannot start.
    Q_INVOKABLE bool startVoiceNote(const QString &peer);
    // Fetches the file of an attachment: a click, or a retry after a failure.
    Q_INVOKABLE void download(qint64 attachmentId);
    // Stops an upload or download; an upload stays retryable, a download returns to remote.
    Q_INVOKABLE void cancel(qint64 attachmentId);
    Q_INVOKABLE void retryUpload(qint64 attachmentId);
    // Copies a downloaded file to where the person chose; false, with failed(), on error.
    Q_INVOKABLE bool saveAs(qint64 attachmentId, const QUrl &target);
    // Opens a downloaded file with the system's application; a program or script (see
    // ExecutableType) is not opened but announced with openConfirmationNeeded().
    Q_INVOKABLE void openExternally(qint64 attachmentId);
    // Opens it although it may run: the person answered the question.
    Q_INVOKABLE void openConfirmed(qint64 attachmentId);

    // The progress of a running transfer in [0, 1], or -1 when none runs for the attachment.
    double progress(qint64 attachmentId) const;

Q_SIGNALS:
    void uploadAvailableChanged();
    // At most a few times a second per transfer.
    void progressChanged(qint64 attachmentId, double progress);
    // Something the person asked for did not work; text says what and what to do.
    void failed(const QString &text);
    // Opening the file would run it; question names what it really is.
    void openConfirmationNeeded(qint64 attachmentId, const QString &question);

private:
    static Attachment attachmentFor(const OutgoingFile &prepared, const QString &caption);
    QFuture<QList<Message>> store(
        const QString &peer, const OutgoingFile &prepared, const QString &caption);
    void sendVoiceNote(const QString &path);
    void open(qint64 attachmentId, bool confirmed);
    void upload(const Attachment &attachment);
    void uploadFailed(const Attachment &attachment, const QString &text);
    void resumeUploads();
    void finishUpload(qint64 attachmentId);

    Session *m_session;
    HistoryService *m_history;
    MessagingService *m_messaging;
    ContactService *m_contacts;
    AppSettings *m_settings;
    QString m_cacheDir;
    PinnedNetworkAccess *m_network;
    UploadSync *m_uploads;
    VoiceRecorder *m_recorder = nullptr;
    AudioPlayer *m_player = nullptr;
    WaveformCache *m_waveforms = nullptr;
    QString m_voicePeer; // the chat the note being recorded is for
    // Attachment id → its upload; null while the slot is being requested.
    QHash<qint64, QPointer<FileUpload>> m_uploadsRunning;
    TransferProgress *m_progress;
    DownloadService *m_downloads;
};

} // namespace Natter
