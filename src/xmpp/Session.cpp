#include "Session.h"

#include "XmppLogging.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslError>
#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppStreamError.h>

namespace Natter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Session", text);
}

QString describeSocketError(QAbstractSocket::SocketError error)
{
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

QString describeAuthError(const QXmpp::AuthenticationError &error)
{
    switch (error.type) {
    case QXmpp::AuthenticationError::NotAuthorized:
        return tr("Wrong address or password.");
    case QXmpp::AuthenticationError::AccountDisabled:
        return tr("This account is disabled on the server.");
    case QXmpp::AuthenticationError::CredentialsExpired:
        return tr("The password has expired.");
    case QXmpp::AuthenticationError::MechanismMismatch:
        return tr("The server offers no secure way to sign in.");
    default:
        return tr("Signing in failed.");
    }
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new QXmppClient(QXmppClient::NoExtensions, this))
{
    m_client->setLogger(nullptr);
    connect(m_client, &QXmppClient::connected, this, [this] {
        setErrorText({});
        setState(ConnectionState::Connected);
        Q_EMIT connected();
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        setState(ConnectionState::Offline);
        Q_EMIT disconnected();
    });
    connect(m_client, &QXmppClient::errorOccurred, this, &Session::handleError);
    connect(m_client, &QXmppClient::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Verification failed against the system store and the pins. Never ignore it here:
        // only an explicit decision by the person (a new pin) lets the next attempt through.
        const QSslError first = errors.value(0);
        qCWarning(lcXmpp) << "TLS verification failed:" << first.errorString();
        setErrorText(tr("The server's certificate is not trusted: %1").arg(first.errorString()));
        Q_EMIT untrustedCertificate(first.certificate(), first.errorString());
    });
}

Session::~Session() = default;

void Session::connectToServer(const ConnectionSettings &settings)
{
    m_settings = settings;
    QXmppConfiguration config;
    config.setJid(settings.jid.bare());
    config.setPassword(settings.password);
    config.setResource(settings.resource);
    if (!settings.host.isEmpty())
        config.setHost(settings.host);
    config.setPort(settings.port != 0 ? settings.port
                                      : (settings.tlsMode == TlsMode::DirectTls ? 5223 : 5222));
    config.setStreamSecurityMode(settings.tlsMode == TlsMode::DirectTls
            ? QXmppConfiguration::LegacySSL
            : QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setUseNonSASLAuthentication(false);
    // QXmpp replaces the CA list when one is given, so keep the system's and add the pins.
    if (!settings.pinnedCertificates.isEmpty())
        config.setCaCertificates(
            QSslConfiguration::systemCaCertificates() + settings.pinnedCertificates);
    config.setAutoReconnectionEnabled(false);

    setErrorText({});
    setState(ConnectionState::Connecting);
    qCInfo(lcXmpp) << "connecting as" << settings.jid.bare();
    m_client->connectToServer(config);
}

void Session::disconnectFromServer()
{
    m_client->disconnectFromServer();
    setState(ConnectionState::Offline);
}

QString Session::boundJid() const
{
    return m_client->configuration().jid();
}

void Session::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void Session::handleError(const QXmppError &error)
{
    QString text;
    if (auto socketError = error.value<QAbstractSocket::SocketError>())
        text = describeSocketError(*socketError);
    else if (auto authError = error.value<QXmpp::AuthenticationError>())
        text = describeAuthError(*authError);
    else if (error.holdsType<QXmpp::TimeoutError>())
        text = tr("The server stopped answering.");
    else if (error.holdsType<QXmpp::StreamError>())
        text = tr("The server ended the session.");
    else
        text = tr("The connection failed.");
    // An SSL error already explained itself more precisely.
    if (m_errorText.isEmpty())
        setErrorText(text);
    qCWarning(lcXmpp) << "connection error:" << error.description;
    setState(ConnectionState::Offline);
}

} // namespace Natter
