#pragma once

#include "Notifier.h"

namespace Natter {

class TrayIcon;

// The fallback where the desktop has no notification service: the tray icon's message balloon
// (Windows, macOS, older X11 trays).
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(TrayIcon *tray, QObject *parent = nullptr);

    void show(const Notification &notification) override;

private:
    TrayIcon *m_tray;
    QString m_lastPeer; // a balloon at a time: a click belongs to the last one shown
};

} // namespace Natter
