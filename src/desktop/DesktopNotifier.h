#pragma once

#include <memory>

namespace Natter {

class Notifier;
class TrayIcon;

// The best way this desktop has to show notifications: its notification service over D-Bus,
// else the tray's balloons, else none (nullptr), which the log mentions once.
std::unique_ptr<Notifier> createDesktopNotifier(TrayIcon *tray);

} // namespace Natter
