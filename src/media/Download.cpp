#include "Download.h"

#include "MediaLogging.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Natter {

namespace {
// Bounds what Qt buffers ahead of us; a hostile server cannot fill memory faster than we write.
constexpr qint64 ReadBufferSize = 1024 * 1024;
constexpr qint64 ChunkSize = 256 * 1024;

// Errors before any HTTP answer, after which the host's next address may still work.
bool isUnreachable(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::UnknownNetworkError
        || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

Download::Download(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

Download::~Download()
{
    if (m_running)
        stop();
}

void Download::start(const QUrl &url, const QString &targetPath, const DeclaredFile &declared,
    const FetchContext &context)
{
    Q_ASSERT(!m_running);
    m_target = targetPath;
    m_declared = declared;
    m_context = context;
    m_max = declared.size >= 0 ? declared.size : DefaultMaxSize;
    m_redirects = 0;
    m_running = true;
    m_part.setFileName(targetPath + QStringLiteral(".part"));
    // Checked on the next turn of the event loop, so a refusal reaches connected slots.
    QMetaObject::invokeMethod(
        this, [this, url] { check(url); }, Qt::QueuedConnection);
}

void Download::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void Download::check(const QUrl &url)
{
    if (!m_running)
        return;
    m_url = url;
    const UrlDecision decision = UrlPolicy::allowUrl(url, m_context);
    if (!decision.allowed)
        return fail(decision.reason);
    const QHostAddress literal(url.host());
    if (!literal.isNull()) {
        m_addresses = { literal };
        return fetch();
    }
    m_lookupId = QHostInfo::lookupHost(url.host(), this, &Download::resolved);
}

void Download::resolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (!m_running)
        return;
    const UrlDecision decision = UrlPolicy::allowAddresses(m_url, info.addresses(), m_context);
    if (!decision.allowed)
        return fail(decision.reason);
    m_addresses = info.addresses();
    fetch();
}

void Download::fetch()
{
    const QHostAddress address = m_addresses.takeFirst();
    QNetworkRequest request(m_url);
    if (QHostAddress(m_url.host()).isNull()) {
        // Connect to the address just checked rather than the name, so a second DNS answer
        // cannot point the connection elsewhere; TLS still verifies (and SNI names) the host.
        QUrl direct = m_url;
        direct.setHost(address.toString());
        request.setUrl(direct);
        QByteArray host = m_url.host(QUrl::FullyEncoded).toUtf8();
        if (m_url.port() != -1)
            host += ':' + QByteArray::number(m_url.port());
        request.setRawHeader("Host", host);
        request.setPeerVerifyName(m_url.host());
    }
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 would name the address, not the host, as the authority.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // The bytes as stored, so Content-Length, size and hash speak of the same thing (and no
    // compressed body expands behind our back).
    request.setRawHeader("Accept-Encoding", "identity");

    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("The file could not be saved: %1").arg(m_part.errorString()));
    m_hash.reset();
    m_received = 0;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(ReadBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Download::readHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &Download::replyFinished);
}

void Download::readHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 announced = length.toLongLong();
    if (announced > m_max || (m_declared.size >= 0 && announced != m_declared.size))
        fail(tr("The file on the server is not the one that was sent (its size differs), so it "
                "was not downloaded."));
}

void Download::readBody()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299) {
        m_reply->skip(m_reply->bytesAvailable()); // an error page or a redirect's body
        return;
    }
    while (m_running && m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(ChunkSize);
        if (m_received + chunk.size() > m_max)
            return fail(tr("The file on the server is larger than announced, so it was not "
                           "downloaded."));
        if (m_part.write(chunk) != chunk.size())
            return fail(tr("The file could not be saved: %1").arg(m_part.errorString()));
        m_hash.addData(chunk);
        m_received += chunk.size();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 total = m_declared.size >= 0 ? m_declared.size
            : length.isValid()                    ? length.toLongLong()
                                                  : -1;
        Q_EMIT progress(m_received, total);
    }
}

void Download::replyFinished()
{
    if (!m_running || !m_reply || sender() != m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() == QNetworkReply::NoError && isRedirect(status)) {
        const QUrl location = m_reply->header(QNetworkRequest::LocationHeader).toUrl();
        m_reply->deleteLater();
        m_reply.clear();
        m_part.close();
        if (!location.isValid() || location.isEmpty())
            return fail(tr("The server sent an invalid redirect."));
        if (++m_redirects > MaxRedirects)
            return fail(tr("The link redirects too often, so the file was not downloaded."));
        // Every hop is checked like the first: scheme, trigger, and resolved addresses.
        return check(m_url.resolved(location));
    }
    if (status == 0 && isUnreachable(m_reply->error()) && !m_addresses.isEmpty()) {
        qCDebug(lcMedia) << "trying the next address after" << m_reply->errorString();
        m_reply->deleteLater();
        m_reply.clear();
        m_part.close();
        return fetch();
    }
    if (m_reply->error() != QNetworkReply::NoError || status < 200 || status > 299)
        return fail(errorText());
    readBody();
    if (m_running)
        complete();
}

void Download::complete()
{
    m_reply->deleteLater();
    m_reply.clear();
    m_part.close();
    if (m_declared.size >= 0 && m_received != m_declared.size)
        return fail(tr("The file on the server is not the one that was sent (its size differs), "
                       "so it was removed."));
    if (!m_declared.sha256.isEmpty() && m_hash.result() != m_declared.sha256)
        return fail(tr("The file on the server is not the one that was sent (its checksum "
                       "differs), so it was removed."));
    QFile::remove(m_target);
    if (!m_part.rename(m_target))
        return fail(tr("The file could not be saved: %1").arg(m_part.errorString()));
    m_running = false;
    qCDebug(lcMedia) << "downloaded" << m_received << "bytes";
    Q_EMIT finished(m_target);
}

QString Download::errorText() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 || status == 410)
        return tr("The file is no longer on the server (HTTP %1).").arg(status);
    if (status >= 400)
        return tr("The server refused the download (HTTP %1). Try again later.").arg(status);
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError: // the manager's transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return tr("The download stalled and was stopped. Check your connection and try again.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 could not be found.").arg(m_url.host());
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The server's certificate is not trusted, so the file was not downloaded.");
    case QNetworkReply::NoError:
        return tr("The server sent an unexpected answer (HTTP %1).").arg(status);
    default:
        return tr("The server could not be reached (%1). Check your connection and try again.")
            .arg(m_reply->errorString());
    }
}

void Download::fail(const QString &text)
{
    if (!m_running)
        return;
    stop();
    qCInfo(lcMedia) << "download failed:" << text;
    Q_EMIT failed(text);
}

void Download::stop()
{
    m_running = false;
    if (m_lookupId != -1)
        QHostInfo::abortHostLookup(std::exchange(m_lookupId, -1));
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_part.close();
    m_part.remove();
}

} // namespace Natter
