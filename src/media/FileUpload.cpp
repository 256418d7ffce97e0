#include "FileUpload.h"

#include "MediaLogging.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Natter {

FileUpload::FileUpload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

FileUpload::~FileUpload()
{
    if (m_running)
        stop();
}

void FileUpload::start(const QString &path, qint64 size, const QString &mimeType,
    const QUrl &putUrl, const Headers &headers)
{
    Q_ASSERT(!m_running);
    m_running = true;
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString reason = file->errorString();
        delete file;
        // Queued, so a failure at start reaches slots connected after start() returns.
        QMetaObject::invokeMethod(
            this, [this, reason] { fail(tr("The file could not be read: %1").arg(reason)); },
            Qt::QueuedConnection);
        return;
    }
    if (file->size() != size) {
        delete file;
        QMetaObject::invokeMethod(
            this,
            [this] { fail(tr("The file changed while it was being sent. Please send it again.")); },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(putUrl);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
        mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, size);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->put(request, file);
    file->setParent(m_reply); // streamed from disk, closed with the reply
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt reports 0/0 once the body is out; the last real figure stays.
        if (total > 0)
            Q_EMIT progress(sent, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &FileUpload::replyFinished);
}

void FileUpload::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void FileUpload::replyFinished()
{
    if (!m_running || !m_reply || sender() != m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || (status != 200 && status != 201))
        return fail(errorText());
    m_running = false;
    m_reply->deleteLater();
    m_reply.clear();
    Q_EMIT finished();
}

QString FileUpload::errorText() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 413)
        return tr("The server refused the file as too large (HTTP 413).");
    if (status >= 400)
        return tr("The server refused the upload (HTTP %1). Try again later.").arg(status);
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError: // the manager's transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return tr("The upload stalled and was stopped. Check your connection and try again.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The upload server's certificate is not trusted, so nothing was sent.");
    case QNetworkReply::NoError:
        return tr("The upload server sent an unexpected answer (HTTP %1).").arg(status);
    default:
        return tr("The upload server could not be reached (%1). Check your connection and try "
                  "again.")
            .arg(m_reply->errorString());
    }
}

void FileUpload::fail(const QString &text)
{
    if (!m_running)
        return;
    stop();
    qCInfo(lcMedia) << "upload failed:" << text;
    Q_EMIT failed(text);
}

void FileUpload::stop()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

} // namespace Natter
