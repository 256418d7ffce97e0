#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

using namespace std::chrono_literals;

namespace Natter {

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
    , m_threshold(5min)
    , m_lastActiveMs(QDateTime::currentMSecsSinceEpoch())
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(15s);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    m_timer.start();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        reportActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::reportActivity()
{
    m_lastActiveMs = QDateTime::currentMSecsSinceEpoch();
    if (m_idle) {
        m_idle = false;
        Q_EMIT idleChanged(false, m_lastActiveMs);
    }
}

void IdleMonitor::reportIdleSince(qint64 sinceMs)
{
    m_lastActiveMs = sinceMs;
    m_idle = false;
    check();
}

void IdleMonitor::check()
{
    const bool idle = m_threshold.count() > 0
        && QDateTime::currentMSecsSinceEpoch() - m_lastActiveMs >= m_threshold.count();
    if (idle == m_idle)
        return;
    m_idle = idle;
    Q_EMIT idleChanged(idle, m_lastActiveMs);
}

} // namespace Natter
