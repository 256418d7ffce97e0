#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Natter {

// Whether the person is using Natter: any key, mouse or touch input in its windows counts as
// activity. Qt gives no portable system-wide idle time, so this is what "the platform can tell"
// means here; a platform backend can call reportActivity() from its own source.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(QObject *parent = nullptr);

    bool isIdle() const { return m_idle; }
    qint64 lastActiveMs() const { return m_lastActiveMs; }

    void reportActivity();
    // For tests and platform backends: the person has been idle since sinceMs.
    void reportIdleSince(qint64 sinceMs);

Q_SIGNALS:
    void idleChanged(bool idle, qint64 lastActiveMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer m_timer;
    std::chrono::milliseconds m_threshold;
    qint64 m_lastActiveMs;
    bool m_idle = false;
};

} // namespace Natter
