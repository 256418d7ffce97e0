// The tray icon: its count, its menu, and the close button, which quits as usual where no tray
// can show the icon (offscreen here, like Xvfb and trayless desktops).
#include "AccountSession.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "ProfilePaths.h"
#include "TrayIcon.h"
#include "UnreadCounter.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeStaysLegibleAtPanelSizes()
    {
        QCOMPARE(TrayIcon::badgeLabel(7, 22), u"7"_s);
        QCOMPARE(TrayIcon::badgeLabel(10, 22), u"9+"_s);
        QCOMPARE(TrayIcon::badgeLabel(10, 48), u"10"_s);
        QCOMPARE(TrayIcon::badgeLabel(99, 64), u"99"_s);
        QCOMPARE(TrayIcon::badgeLabel(1000, 64), u"99+"_s);
    }

    void countMenuAndClose()
    {
        QTemporaryDir dir;
        const ProfilePaths profile(dir.path());
        QVERIFY(profile.ensureExists());
        QSettings(profile.settings(), QSettings::IniFormat)
            .setValue(u"account/jid"_s, u"me@example.org"_s);
        AccountSession session(profile);
        QTRY_VERIFY(session.accountId() != 0);
        TrayIcon tray(session.unreadCounter());
        QCOMPARE(tray.toolTip(), u"Natter"_s);

        Message m;
        m.accountId = session.accountId();
        m.peer = m.sender = u"alice@example.org"_s;
        m.body = u"hello"_s;
        m.stanzaId = u"s1"_s;
        m.timestamp = 1;
        session.history()->messages().insertMessages({ m });
        QTRY_COMPARE(session.unreadCounter()->unreadCount(), 1);
        QVERIFY(tray.toolTip().contains(u'1'));
        // Drawn for each size a panel or a dock asks for, not scaled down from one.
        const auto *systemTray = tray.findChild<QSystemTrayIcon *>();
        QVERIFY(systemTray);
        QVERIFY(systemTray->icon().availableSizes().contains(QSize(22, 22)));
        QVERIFY(systemTray->icon().availableSizes().contains(QSize(64, 64)));

        const QList<QAction *> actions = tray.menu()->actions();
        QAction *open = tray.menu()->findChild<QAction *>(u"trayOpen"_s);
        QAction *quit = tray.menu()->findChild<QAction *>(u"trayQuit"_s);
        QVERIFY(open && quit);
        QVERIFY(actions.contains(open) && actions.contains(quit));

        QWindow window;
        tray.setWindow(&window);
        open->trigger();
        QTRY_VERIFY(window.isVisible());

        // No tray to come back from: even with close-to-tray on, closing closes.
        QVERIFY(!TrayIcon::isAvailable());
        tray.setCloseToTray(true);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
