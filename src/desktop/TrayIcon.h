#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QWindow;

namespace Natter {

class UnreadCounter;

// The icon in the system tray: shows the unread count, opens or quits Natter from its menu, and
// keeps Natter running when the window closes, if the person asked for that.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(UnreadCounter *unread, QObject *parent = nullptr);
    ~TrayIcon() override;

    // False offscreen and where no tray host runs (a bare Xvfb); then the icon never shows.
    static bool isAvailable();
    // What the red disc says for count at an icon of iconSize px: "9+" where two digits would not
    // be legible, "99+" above that.
    static QString badgeLabel(int count, int iconSize);
    bool isVisible() const;

    // The window the menu opens and whose close button may only hide it.
    void setWindow(QWindow *window);
    // From the settings; off until they are wired: closing the window quits.
    void setCloseToTray(bool enabled) { m_closeToTray = enabled; }
    bool closeToTray() const { return m_closeToTray; }

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const;

    // Shows, raises and focuses the window, also from another desktop or the tray.
    void showWindow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    UnreadCounter *m_unread;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QPointer<QWindow> m_window;
    QIcon m_baseIcon;
    bool m_closeToTray = false;
};

} // namespace Natter
