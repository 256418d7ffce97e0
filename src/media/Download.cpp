#include "Download.h"

#include "FileNameSanitizer.h"
#include "ForwardedFile.h"
#include "MediaLogging.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <filesystem>

namespace Natter {

namespace {
// Bounds what Qt buffers ahead of us; a hostile server cannot fill memory faster than we write.
constexpr qint64 ReadBufferSize = qint64 { 1024 } * 1024;
constexpr qint64 ChunkSize = qint64 { 256 } * 1024;

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
    m_declared = declared;
    m_context = context;
    m_max = declared.size >= 0 ? declared.size : DefaultMaxSize;
    m_redirects = 0;
    m_running = true;
    // At once, so downloads started in the same turn already see each other's names.
    const QString error = reserve(targetPath);
    // Checked on the next turn of the event loop, so a refusal reaches connected slots.
    QMetaObject::invokeMethod(
        this, [this, url, error] { error.isEmpty() ? check(url) : fail(error); },
        Qt::QueuedConnection);
}

QString Download::reserve(const QString &wanted)
{
    const QFileInfo info(wanted);
    QStringList skipped; // placeholders we created whose part file someone else holds
    QString error = tr("The file could not be saved: there are too many files named %1.")
                        .arg(info.fileName());
    for (int attempt = 0; attempt < MaxNameAttempts && !m_reserved; ++attempt) {
        const QString candidate = FileNameSanitizer::uniqueFilePath(info.path(), info.fileName());
        QFile placeholder(candidate);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(candidate))
                continue; // taken since uniqueFilePath looked
            error = tr("The file could not be saved: %1").arg(placeholder.errorString());
            break;
        }
        placeholder.close();
        m_part.setFileName(candidate + QStringLiteral(".part"));
        if (m_part.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_target = candidate;
            m_reserved = true;
            break;
        }
        skipped.append(candidate);
        if (!QFileInfo::exists(m_part.fileName())) {
            error = tr("The file could not be saved: %1").arg(m_part.errorString());
            break;
        }
    }
    for (const QString &path : std::as_const(skipped))
        QFile::remove(path);
    return m_reserved ? QString() : error;
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

    // Another address or a redirect starts the body again, in the part file we already hold.
    if (!m_part.seek(0) || !m_part.resize(0))
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
    if (const QString error = saveVerified(); !error.isEmpty())
        return fail(error);
    m_running = false;
    m_reserved = false; // the file is the user's now
    qCDebug(lcMedia) << "downloaded" << m_received << "bytes";
    Q_EMIT finished(m_target);
}

// Renames the part file over our placeholder once what is on disk is what was sent.
QString Download::saveVerified()
{
    if (!m_part.flush())
        return tr("The file could not be saved: %1").arg(m_part.errorString());
    m_part.close();
    if (m_declared.size >= 0 && m_received != m_declared.size)
        return tr("The file on the server is not the one that was sent (its size differs), so "
                  "it was removed.");
    const QByteArray received = m_hash.result();
    if (!m_declared.sha256.isEmpty() && received != m_declared.sha256)
        return tr("The file on the server is not the one that was sent (its checksum differs), "
                  "so it was removed.");
    // Read back: the bytes kept are those on disk, which another program may have changed.
    const QByteArray expected = m_declared.sha256.isEmpty() ? received : m_declared.sha256;
    if (ForwardedFile::sha256(m_part.fileName(), m_received) != expected)
        return tr("The saved file is not the one that was sent (it changed on disk), so it was "
                  "removed.");
    if (!holdsPlaceholder())
        return tr("The file could not be saved: another program took the name %1.")
            .arg(QFileInfo(m_target).fileName());
    // Replaces only our empty placeholder, in one step, so the name is never free meanwhile.
    std::error_code error;
    std::filesystem::rename(
        m_part.filesystemFileName(), QFile(m_target).filesystemFileName(), error);
    if (error)
        return tr("The file could not be saved: %1")
            .arg(QString::fromLocal8Bit(error.message().c_str()));
    return {};
}

// Still the empty file we created; anything else under that name is not ours to replace.
bool Download::holdsPlaceholder() const
{
    const QFileInfo placeholder(m_target);
    return placeholder.isFile() && !placeholder.isSymLink() && placeholder.size() == 0;
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
    if (std::exchange(m_reserved, false)) {
        m_part.remove();
        if (holdsPlaceholder())
            QFile::remove(m_target);
    }
}

} // namespace Natter
