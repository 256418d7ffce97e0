#pragma once

#include "Jid.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Natter {

enum class TlsMode {
    StartTls, // plain TCP upgraded with STARTTLS, which is required
    DirectTls, // TLS from the first byte (XEP-0368 style, usually port 5223)
};

// Everything needed to open the account's connection. The password never leaves memory here.
struct ConnectionSettings
{
    Jid jid;
    QString password;
    QString host; // empty: resolve the JID's domain through DNS SRV
    quint16 port = 0; // 0: the default for the TLS mode
    TlsMode tlsMode = TlsMode::StartTls;
    // Certificates the person decided to trust although the system store does not.
    QList<QSslCertificate> pinnedCertificates;
    QString resource = QStringLiteral("natter");
};

} // namespace Natter
