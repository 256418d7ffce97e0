#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QStringList>

namespace Natter {

// The account's HTTP client for upload and download. TLS is verified as usual; a certificate the
// person pinned for the account is accepted too, but only on the account's own hosts, and only
// when the server presents exactly that certificate.
class PinnedNetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit PinnedNetworkAccess(QObject *parent = nullptr);

    void setPinnedCertificates(const QList<QSslCertificate> &certificates);
    // Host names (the XMPP domain, the upload service's hosts) on which the pins apply.
    void setOwnHosts(const QStringList &hosts);

    const QList<QSslCertificate> &pinnedCertificates() const { return m_pins; }
    const QStringList &ownHosts() const { return m_ownHosts; }

private:
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    QList<QSslCertificate> m_pins;
    QStringList m_ownHosts;
};

} // namespace Natter
