#include "MediaService.h"

#include "PinnedNetworkAccess.h"
#include "Session.h"
#include "UploadSync.h"

namespace Natter {

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
{
    connect(m_uploads, &UploadSync::availableChanged, this, &MediaService::uploadAvailableChanged);
    connect(m_uploads, &UploadSync::hostsChanged, this,
        [this] { m_network->setOwnHosts(m_uploads->hosts()); });
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

QString MediaService::checkFile(const QUrl &) const
{
    return {};
}

QFuture<QList<Message>> MediaService::sendFile(const QString &, const QUrl &, const QString &, bool)
{
    return QtFuture::makeReadyFuture(QList<Message>());
}

void MediaService::download(qint64)
{ }

void MediaService::cancel(qint64)
{ }

void MediaService::retryUpload(qint64)
{ }

bool MediaService::saveAs(qint64, const QUrl &)
{
    return false;
}

void MediaService::openExternally(qint64)
{ }

double MediaService::progress(qint64 attachmentId) const
{
    return m_progress.value(attachmentId, -1.0);
}

} // namespace Natter
