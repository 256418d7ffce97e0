#include "PinnedNetworkAccess.h"

#include "MediaLogging.h"

#include <QNetworkReply>
#include <QSslError>

namespace Natter {

namespace {
// A stalled transfer (no byte either way for this long) ends with a timeout error.
constexpr int StallTimeoutMs = 30000;
} // namespace

PinnedNetworkAccess::PinnedNetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setTransferTimeout(StallTimeoutMs);
    // Direct: ignoreSslErrors() only counts when called before the signal returns.
    connect(this, &QNetworkAccessManager::sslErrors, this, &PinnedNetworkAccess::handleSslErrors,
        Qt::DirectConnection);
}

void PinnedNetworkAccess::setPinnedCertificates(const QList<QSslCertificate> &certificates)
{
    m_pins = certificates;
}

void PinnedNetworkAccess::setOwnHosts(const QStringList &hosts)
{
    m_ownHosts.clear();
    for (const QString &host : hosts)
        m_ownHosts.append(host.toLower());
}

void PinnedNetworkAccess::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    // A download that connects to a resolved address names the real host as the verify name.
    const QNetworkRequest request = reply->request();
    const QString host
        = (request.peerVerifyName().isEmpty() ? request.url().host() : request.peerVerifyName())
              .toLower();
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() && m_ownHosts.contains(host) && m_pins.contains(peer)) {
        // Exactly the errors reported for this certificate, as the person accepted it.
        reply->ignoreSslErrors(errors);
        return;
    }
    qCWarning(lcMedia) << "TLS verification failed for" << host << ":"
                       << errors.value(0).errorString();
}

} // namespace Natter
