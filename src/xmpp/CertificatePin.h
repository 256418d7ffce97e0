#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QXmppClient;

namespace Natter {

// Decides whether a failed TLS verification may be overlooked: only when the server's own
// certificate, the one whose key the handshake proves, is byte for byte one the person pinned.
// A certificate elsewhere in the chain, or named by some error, proves nothing: anyone can send a
// copy of it behind a certificate of their own.
class CertificatePin
{
public:
    explicit CertificatePin(QList<QSslCertificate> pins);

    // The server's own (leaf) certificate on the client's socket; null before one arrived.
    static QSslCertificate serverCertificate(const QXmppClient &client);
    // Why verification failed, told of the server's own certificate where an error names it.
    static QString reason(const QList<QSslError> &errors, const QSslCertificate &server);

    bool accepts(const QSslCertificate &server) const;

private:
    QList<QSslCertificate> m_pins;
};

} // namespace Natter
