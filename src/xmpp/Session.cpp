#include "Session.h"

#include "CertificatePin.h"
#include "ReadCoalescer.h"
#include "SocketErrorText.h"
#include "XmppLogging.h"

#include <QCoreApplication>
#include <QSslError>
#include <QSslSocket>
#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppPresence.h>
#include <QXmppStreamError.h>

namespace Natter {

namespace {
// lupdate files tr() in free functions here under "Natter"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter", text);
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
    // QXmpp keeps its socket to itself; it is the client's one QSslSocket.
    if (auto *socket = m_client->findChild<QSslSocket *>())
        new ReadCoalescer(socket, this);
    else
        qCWarning(lcXmpp) << "no socket found; incoming bursts will not be coalesced";
    connect(m_client, &QXmppClient::connected, this, [this] {
        setErrorText({});
        setState(ConnectionState::Connected);
        // A resumed stream keeps its presence; the server will not echo it again.
        if (resumed() && !m_available) {
            m_available = true;
            Q_EMIT availableChanged();
        }
        Q_EMIT connected();
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        m_closing = false;
        startPendingConnect();
        Q_EMIT disconnected();
    });
    connect(m_client, &QXmppClient::stateChanged, this, [this](QXmppClient::State state) {
        if (state != QXmppClient::DisconnectedState)
            return;
        if (m_pendingConnect) {
            if (!m_closing)
                startPendingConnect();
            return;
        }
        if (m_state == ConnectionState::Offline)
            return;
        setState(ConnectionState::Offline);
        if (m_userDisconnect)
            return;
        // Queued: the error that explains the drop may be reported just after the state change.
        QMetaObject::invokeMethod(
            this,
            [this, attempt = m_attempt] {
                if (attempt != m_attempt)
                    return;
                if (m_lastError == SessionError::None)
                    m_lastError = SessionError::Network;
                if (m_errorText.isEmpty())
                    setErrorText(tr("The connection was lost."));
                Q_EMIT connectionFailed(m_lastError);
            },
            Qt::QueuedConnection);
    });
    connect(m_client, &QXmppClient::errorOccurred, this, &Session::handleError);
    connect(m_client, &QXmppClient::presenceReceived, this, [this](const QXmppPresence &p) {
        if (!m_available && p.type() == QXmppPresence::Available
            && p.from() == m_client->configuration().jid()) {
            m_available = true;
            Q_EMIT availableChanged();
        }
    });
    // Direct connection: QXmpp reads ignoreSslErrors() right after emitting, in the same call.
    connect(
        m_client, &QXmppClient::sslErrors, this, &Session::handleSslErrors, Qt::DirectConnection);
}

Session::~Session() = default;

void Session::connectToServer(const ConnectionSettings &settings)
{
    if (m_closing || m_client->state() != QXmppClient::DisconnectedState) {
        // Let the previous connection finish tearing down; its end must not count as this one's.
        m_pendingConnect = settings;
        setState(ConnectionState::Connecting);
        if (!m_closing) {
            m_userDisconnect = true;
            m_closing = m_client->state() == QXmppClient::ConnectedState;
            m_client->disconnectFromServer();
        }
        return;
    }
    m_settings = settings;
    ++m_attempt;
    m_userDisconnect = false;
    m_lastError = SessionError::None;
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
    // Pins are matched exactly in handleSslErrors(); the system store is used as it is, so the
    // start-up does not parse every system certificate into a list of its own.
    // Reconnecting is the services' decision (backoff, network changes). A ping after 30 s of
    // silence and 20 s to answer it find a dead connection within a minute; QXmpp's default
    // (60 + 20 s) would not.
    config.setAutoReconnectionEnabled(false);
    config.setKeepAliveInterval(30);
    config.setKeepAliveTimeout(20);

    setErrorText({});
    setState(ConnectionState::Connecting);
    qCInfo(lcXmpp) << "connecting as" << settings.jid.bare();
    qCDebug(lcXmpp) << "via" << settings.host << settings.port
                    << (settings.tlsMode == TlsMode::DirectTls ? "direct TLS" : "STARTTLS");
    m_client->connectToServer(config);
}

void Session::startPendingConnect()
{
    if (!m_pendingConnect)
        return;
    const ConnectionSettings next = *std::exchange(m_pendingConnect, std::nullopt);
    QMetaObject::invokeMethod(
        this, [this, next] { connectToServer(next); }, Qt::QueuedConnection);
}

void Session::disconnectFromServer()
{
    m_userDisconnect = true;
    m_pendingConnect.reset();
    if (m_client->state() == QXmppClient::ConnectedState)
        m_closing = true;
    m_client->disconnectFromServer();
    setState(ConnectionState::Offline);
    setErrorText({});
}

QString Session::boundJid() const
{
    return m_client->configuration().jid();
}

bool Session::resumed() const
{
    return m_client->streamManagementState() == QXmppClient::ResumedStream;
}

bool Session::streamManaged() const
{
    return m_client->streamManagementState() != QXmppClient::NoStreamManagement;
}

void Session::setActive(bool active)
{
    m_client->setActive(active);
}

bool Session::isActive() const
{
    return m_client->isActive();
}

void Session::handleSslErrors(const QList<QSslError> &errors)
{
    // Judge and show the certificate the server proves it holds, never the one an error names.
    const QSslCertificate server = CertificatePin::serverCertificate(*m_client);
    // A pin trusts exactly one certificate, byte for byte, whatever the errors (self-signed,
    // wrong host, expired): that is what the person looked at and accepted.
    if (CertificatePin(m_settings.pinnedCertificates).accepts(server)) {
        m_client->configuration().setIgnoreSslErrors(true);
        QMetaObject::invokeMethod(
            this, [this] { m_client->configuration().setIgnoreSslErrors(false); },
            Qt::QueuedConnection);
        return;
    }
    const QString reason = CertificatePin::reason(errors, server);
    qCWarning(lcXmpp) << "TLS verification failed:" << reason;
    m_lastError = SessionError::Certificate;
    setErrorText(tr("The server's certificate is not trusted: %1").arg(reason));
    Q_EMIT untrustedCertificate(server, reason);
}

void Session::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != ConnectionState::Connected && m_available) {
        m_available = false;
        Q_EMIT availableChanged();
    }
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
    SessionError kind = SessionError::Network;
    if (auto socketError = error.value<QAbstractSocket::SocketError>()) {
        text = describeSocketError(*socketError);
    } else if (auto authError = error.value<QXmpp::AuthenticationError>()) {
        text = describeAuthError(*authError);
        kind = SessionError::Authentication;
    } else if (error.holdsType<QXmpp::TimeoutError>()) {
        text = tr("The server stopped answering.");
    } else if (auto streamError = error.value<QXmpp::StreamError>()) {
        if (*streamError == QXmpp::StreamError::Conflict) {
            text = tr("This account was signed in from another place with the same device name.");
            kind = SessionError::Conflict;
        } else {
            text = tr("The server ended the session.");
        }
    } else {
        text = tr("The connection failed.");
    }
    // A certificate problem already explained itself more precisely.
    if (m_lastError != SessionError::Certificate) {
        m_lastError = kind;
        setErrorText(text);
    }
    qCWarning(lcXmpp) << "connection error:" << error.description;
}

} // namespace Natter
