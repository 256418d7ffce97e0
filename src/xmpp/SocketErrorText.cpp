#include "SocketErrorText.h"

#include <QCoreApplication>

namespace Natter {

QString describeSocketError(QAbstractSocket::SocketError error)
{
    // lupdate files these calls under "Natter"; the same context finds their translation.
    auto tr = [](const char *text) { return QCoreApplication::translate("Natter", text); };
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return tr("The server could not be found. Check the address and your connection.");
    case QAbstractSocket::ConnectionRefusedError:
        return tr("The server refused the connection.");
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The server closed the connection.");
    case QAbstractSocket::SocketTimeoutError:
        return tr("The server did not answer in time.");
    case QAbstractSocket::NetworkError:
        return tr("The network is unreachable.");
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("A secure connection to the server could not be established.");
    default:
        return tr("The connection failed.");
    }
}

} // namespace Natter
