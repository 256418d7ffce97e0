#include "DesktopNotifier.h"

#include "DesktopLogging.h"
#include "TrayIcon.h"
#include "TrayNotifier.h"

#ifdef NATTER_HAVE_DBUS
#include "DBusNotifier.h"
#endif

namespace Natter {

std::unique_ptr<Notifier> createDesktopNotifier(TrayIcon *tray)
{
#ifdef NATTER_HAVE_DBUS
    if (DBusNotifier::isAvailable())
        return std::make_unique<DBusNotifier>();
#endif
    if (tray && tray->isVisible())
        return std::make_unique<TrayNotifier>(tray);
    // Quiet on purpose (a debug line): the unread counts in the window still tell the person.
    qCDebug(lcDesktop) << "no notification service or system tray here; notifications are off";
    return nullptr;
}

} // namespace Natter
