#include "AccountSession.h"

#include "Jid.h"
#include "MessageSync.h"
#include "Session.h"

#include <QCoreApplication>

namespace Natter {

namespace {
const QString JidKey = QStringLiteral("account/jid");
const QString HostKey = QStringLiteral("account/host");
const QString PortKey = QStringLiteral("account/port");
const QString DirectTlsKey = QStringLiteral("account/directTls");
} // namespace

AccountSession::AccountSession(const ProfilePaths &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(profile.settings(), QSettings::IniFormat)
    , m_session(new Session(this))
    , m_messages(new MessageSync(m_session, this))
    , m_jid(m_settings.value(JidKey).toString())
{
    connect(m_session, &Session::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && m_jid != m_session->settings().jid.bare()) {
            // The first successful sign-in makes this the profile's account.
            m_jid = m_session->settings().jid.bare();
            m_settings.setValue(JidKey, m_jid);
            m_settings.setValue(HostKey, m_session->settings().host);
            m_settings.setValue(PortKey, m_session->settings().port);
            m_settings.setValue(DirectTlsKey, m_session->settings().tlsMode == TlsMode::DirectTls);
            m_settings.sync();
            Q_EMIT accountChanged();
        }
        if (state == ConnectionState::Connected)
            Q_EMIT signedIn();
        Q_EMIT stateChanged();
    });
    connect(m_session, &Session::errorTextChanged, this, &AccountSession::errorTextChanged);
    connect(this, &AccountSession::stateChanged, this, &AccountSession::statusTextChanged);
    connect(this, &AccountSession::errorTextChanged, this, &AccountSession::statusTextChanged);
}

AccountSession::~AccountSession() = default;

ConnectionState AccountSession::state() const
{
    return m_session->state();
}

QString AccountSession::errorText() const
{
    return m_localError.isEmpty() ? m_session->errorText() : m_localError;
}

QString AccountSession::statusText() const
{
    switch (state()) {
    case ConnectionState::Connected:
        return QCoreApplication::translate("AccountSession", "Online");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("AccountSession", "Connecting…");
    case ConnectionState::Retrying:
        return QCoreApplication::translate("AccountSession", "Connection lost. Retrying…");
    case ConnectionState::Offline:
        break;
    }
    const QString reason = errorText();
    return reason.isEmpty()
        ? QCoreApplication::translate("AccountSession", "Offline")
        : QCoreApplication::translate("AccountSession", "Offline: %1").arg(reason);
}

void AccountSession::signIn(
    const QString &jid, const QString &password, const QString &host, int port, bool directTls)
{
    QString reason;
    const auto parsed = Jid::parse(jid, &reason);
    if (!parsed) {
        setLocalError(reason);
        return;
    }
    if (password.isEmpty()) {
        setLocalError(QCoreApplication::translate("AccountSession", "Enter your password."));
        return;
    }
    if (port < 0 || port > 65535) {
        setLocalError(
            QCoreApplication::translate("AccountSession", "The port must be 1 to 65535."));
        return;
    }
    setLocalError({});
    ConnectionSettings settings;
    settings.jid = parsed->toBare();
    settings.password = password;
    settings.host = host.trimmed();
    settings.port = static_cast<quint16>(port);
    settings.tlsMode = directTls ? TlsMode::DirectTls : TlsMode::StartTls;
    m_session->connectToServer(settings);
}

void AccountSession::signOut()
{
    m_session->disconnectFromServer();
    m_settings.remove(QStringLiteral("account"));
    m_settings.sync();
    m_jid.clear();
    Q_EMIT accountChanged();
}

void AccountSession::setLocalError(const QString &text)
{
    if (m_localError == text)
        return;
    m_localError = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
