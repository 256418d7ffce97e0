#include "TrayIcon.h"

#include "UnreadCounter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWindow>

namespace Natter {

namespace {
// Panels ask for 16–24 px, docks and task switchers for more: each size gets its own drawing.
constexpr int IconSizes[] = { 16, 22, 24, 32, 48, 64 };

// The app icon at size with the count in a red disc in its corner, as docks and phones show it.
// At panel sizes the disc takes most of the icon so that the label stays legible.
QPixmap badgedPixmap(const QIcon &base, int count, int size)
{
    QPixmap pixmap = base.pixmap(size, size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal share = size < 32 ? 0.75 : 0.6;
    const QRectF disc(size * (1 - share), 0, size * share, size * share);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(disc);
    const QString label = TrayIcon::badgeLabel(count, size);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(7, int(disc.height() * (label.size() > 2 ? 0.4 : 0.6))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, label);
    return pixmap;
}

QIcon badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : IconSizes)
        icon.addPixmap(badgedPixmap(base, count, size));
    return icon;
}
} // namespace

TrayIcon::TrayIcon(UnreadCounter *unread, QObject *parent)
    : QObject(parent)
    , m_unread(unread)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_baseIcon(QStringLiteral(":/natter/icons/64.png"))
{
    QAction *open = m_menu->addAction(tr("Open Natter"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](auto reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(unread, &UnreadCounter::unreadCountChanged, this, &TrayIcon::updateCount);
    updateCount();
    if (isAvailable())
        m_icon->show();
}

QString TrayIcon::badgeLabel(int count, int iconSize)
{
    const int most = iconSize < 32 ? 9 : 99;
    return count > most ? QString::number(most) + u'+' : QString::number(count);
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu has no QObject parent here: it is a top-level widget
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::setWindow(QWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

QString TrayIcon::toolTip() const
{
    const int count = m_unread->unreadCount();
    return count > 0 ? tr("Natter — %n unread message(s)", nullptr, count)
                     : QStringLiteral("Natter");
}

void TrayIcon::updateCount()
{
    m_icon->setIcon(badged(m_baseIcon, m_unread->unreadCount()));
    m_icon->setToolTip(toolTip());
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->windowStates() & Qt::WindowMinimized)
        m_window->setWindowStates(m_window->windowStates() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    // Without a visible tray icon there is no way back to a hidden window: closing quits then.
    if (watched == m_window && event->type() == QEvent::Close && m_closeToTray
        && m_icon->isVisible()) {
        event->ignore();
        m_window->hide();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Natter
