#include "CertificatePin.h"

#include <QSslSocket>
#include <QXmppClient.h>

namespace Natter {

CertificatePin::CertificatePin(QList<QSslCertificate> pins)
    : m_pins(std::move(pins))
{ }

QSslCertificate CertificatePin::serverCertificate(const QXmppClient &client)
{
    // QXmpp keeps its socket to itself; it is the client's one QSslSocket.
    const auto *socket = client.findChild<QSslSocket *>();
    return socket ? socket->peerCertificate() : QSslCertificate();
}

QString CertificatePin::reason(const QList<QSslError> &errors, const QSslCertificate &server)
{
    for (const QSslError &error : errors) {
        if (error.certificate() == server)
            return error.errorString();
    }
    return errors.value(0).errorString();
}

bool CertificatePin::accepts(const QSslCertificate &server) const
{
    return !server.isNull() && m_pins.contains(server);
}

} // namespace Natter
