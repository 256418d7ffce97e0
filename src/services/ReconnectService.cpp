#include "ReconnectService.h"

#include "Session.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace Natter {

ReconnectService::ReconnectService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    m_countdown.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReconnectService::retryNow);
    connect(&m_countdown, &QTimer::timeout, this, &ReconnectService::secondsLeftChanged);
    connect(session, &Session::connectionFailed, this, &ReconnectService::handleFailure);
    connect(session, &Session::connected, this, [this] { m_backoff.reset(); });

    // Where the platform can tell (NetworkManager, Windows, macOS), a returning network means
    // trying now rather than at the end of a long backoff.
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    handleNetworkReachable();
            });
    }
}

int ReconnectService::secondsLeft() const
{
    return m_timer.isActive() ? (m_timer.remainingTime() + 999) / 1000 : 0;
}

void ReconnectService::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && m_timer.isActive()) {
        m_timer.stop();
        m_countdown.stop();
        Q_EMIT pendingChanged();
    }
    if (!enabled)
        m_backoff.reset();
}

void ReconnectService::retryNow()
{
    const bool wasPending = m_timer.isActive();
    m_timer.stop();
    m_countdown.stop();
    if (wasPending)
        Q_EMIT pendingChanged();
    if (m_enabled && m_session->state() == ConnectionState::Offline)
        m_session->connectToServer(m_session->settings());
}

void ReconnectService::handleFailure(SessionError error)
{
    if (!m_enabled)
        return;
    if (error != SessionError::Network) {
        m_backoff.reset();
        return;
    }
    schedule();
}

void ReconnectService::handleNetworkReachable()
{
    if (m_timer.isActive())
        retryNow();
}

void ReconnectService::schedule()
{
    const int delay = m_backoff.nextDelayMs(QRandomGenerator::global()->generateDouble());
    m_timer.start(delay);
    m_countdown.start();
    Q_EMIT pendingChanged();
    Q_EMIT secondsLeftChanged();
}

} // namespace Natter
