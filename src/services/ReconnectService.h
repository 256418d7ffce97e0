#pragma once

#include "Backoff.h"

#include <QObject>
#include <QTimer>

namespace Natter {

class Session;
enum class SessionError;

// Decides when a lost connection is tried again: exponential backoff with jitter up to about a
// minute, and at once when the network comes back. Never retries what only the person can fix
// (a wrong password, an untrusted certificate).
class ReconnectService : public QObject
{
    Q_OBJECT

public:
    explicit ReconnectService(Session *session, QObject *parent = nullptr);

    bool isPending() const { return m_timer.isActive(); }
    int secondsLeft() const;
    // Enables retrying; the person signed in or the app started with an account.
    void setEnabled(bool enabled);
    void retryNow();

Q_SIGNALS:
    void pendingChanged();
    void secondsLeftChanged();

private:
    void handleFailure(SessionError error);
    void handleNetworkReachable();
    void schedule();

    Session *m_session;
    Backoff m_backoff;
    QTimer m_timer;
    QTimer m_countdown;
    bool m_enabled = false;
};

} // namespace Natter
