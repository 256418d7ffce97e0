#include "TrayNotifier.h"

#include "TrayIcon.h"

#include <QSystemTrayIcon>

namespace Natter {

TrayNotifier::TrayNotifier(TrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(tray->icon(), &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastPeer.isEmpty())
            Q_EMIT activated(m_lastPeer);
    });
}

void TrayNotifier::show(const Notification &notification)
{
    m_lastPeer = notification.peer;
    m_tray->icon()->showMessage(
        notification.title, notification.body, QSystemTrayIcon::Information);
}

} // namespace Natter
