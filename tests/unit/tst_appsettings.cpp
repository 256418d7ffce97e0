// The person's preferences: defaults, validation, and that they live in their own profile only.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ContactService.h"
#include "ProfilePaths.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.profileName().isEmpty());
        QVERIFY(settings.notificationsEnabled());
        QVERIFY(settings.notificationPreviews());
        QVERIFY(!settings.closeToTray());
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.autoDownloadImagesMb(), 5);
        QVERIFY(!settings.sendImagesCompressed()); // originals unless the person asks
    }

    void changesAreSignalledOnce()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QSignalSpy theme(&settings, &AppSettings::themeChanged);
        QSignalSpy previews(&settings, &AppSettings::notificationPreviewsChanged);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setNotificationPreviews(true); // already the default
        settings.setNotificationPreviews(false);
        settings.setNotificationPreviews(false);
        QCOMPARE(theme.count(), 1);
        QCOMPARE(previews.count(), 1);
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            settings.setProfileName(QStringLiteral("  Romeo  "));
            settings.setNotificationsEnabled(false);
            settings.setNotificationPreviews(false);
            settings.setCloseToTray(true);
            settings.setTheme(AppSettings::Theme::Light);
            settings.setAutoDownloadImagesMb(12);
            settings.setSendImagesCompressed(true);
        }
        AppSettings again(path);
        QCOMPARE(again.profileName(), QStringLiteral("Romeo"));
        QVERIFY(!again.notificationsEnabled());
        QVERIFY(!again.notificationPreviews());
        QVERIFY(again.closeToTray());
        QCOMPARE(again.theme(), AppSettings::Theme::Light);
        QCOMPARE(again.autoDownloadImagesMb(), 12);
        QVERIFY(again.sendImagesCompressed());
        // Reading back from the file must not count as a change.
        QSignalSpy tray(&again, &AppSettings::closeToTrayChanged);
        again.setCloseToTray(true);
        QCOMPARE(tray.count(), 0);
    }

    // Empty follows the system; only a language with a translation (or English) is kept.
    void languageIsStoredAndChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            QVERIFY(settings.language().isEmpty());
            QSignalSpy changed(&settings, &AppSettings::languageChanged);
            settings.setLanguage(QStringLiteral("pt_BR"));
            settings.setLanguage(QStringLiteral("pt_BR"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(settings.languages().first().toMap().value(QStringLiteral("name")),
                QStringLiteral("Deutsch"));
        }
        AppSettings again(path);
        QCOMPARE(again.language(), QStringLiteral("pt_BR"));
        again.setLanguage(QStringLiteral("xx"));
        QVERIFY(again.language().isEmpty());
        QSettings(path, QSettings::IniFormat)
            .setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
        QVERIFY(AppSettings(path).language().isEmpty());
    }

    // Quitting is a choice as much as the tray is: the window asks only once.
    void closeToTrayIsAskedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings(path);
            QVERIFY(!settings.closeToTrayChosen());
            QSignalSpy changed(&settings, &AppSettings::closeToTrayChanged);
            settings.setCloseToTray(false);
            QCOMPARE(changed.count(), 1);
            QVERIFY(settings.closeToTrayChosen());
        }
        AppSettings again(path);
        QVERIFY(again.closeToTrayChosen());
        QVERIFY(!again.closeToTray());
    }

    void hostileValuesAreClamped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("appearance/theme"), 42);
            raw.setValue(QStringLiteral("media/autoDownloadImagesMb"), 1 << 30);
        }
        AppSettings settings(path);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.autoDownloadImagesMb(), 100);
        settings.setAutoDownloadImagesMb(-3);
        QCOMPARE(settings.autoDownloadImagesMb(), 0);
    }

    // Through the account session, as the app uses them: per profile, kept across restarts.
    void perProfileThroughTheSession()
    {
        QTemporaryDir root;
        const QString first = root.filePath(QStringLiteral("first"));
        const QString second = root.filePath(QStringLiteral("second"));
        QVERIFY(ProfilePaths(first).ensureExists());
        QVERIFY(ProfilePaths(second).ensureExists());
        {
            AccountSession session { ProfilePaths(first) };
            session.appSettings()->setTheme(AppSettings::Theme::Dark);
            session.appSettings()->setCloseToTray(true);
            session.setReadReceipts(false);
            session.contacts()->setShareLastSeen(false);
            session.appSettings()->setAutoDownloadImagesMb(0);
            session.appSettings()->setSendImagesCompressed(true);
        }
        AccountSession restarted { ProfilePaths(first) };
        QCOMPARE(restarted.appSettings()->theme(), AppSettings::Theme::Dark);
        QVERIFY(restarted.appSettings()->closeToTray());
        QVERIFY(!restarted.readReceipts());
        QVERIFY(!restarted.contacts()->shareLastSeen());
        QCOMPARE(restarted.appSettings()->autoDownloadImagesMb(), 0);
        QVERIFY(restarted.appSettings()->sendImagesCompressed());

        AccountSession other { ProfilePaths(second) };
        QCOMPARE(other.appSettings()->theme(), AppSettings::Theme::System);
        QVERIFY(!other.appSettings()->closeToTray());
        QVERIFY(other.readReceipts());
        QVERIFY(other.contacts()->shareLastSeen());
        QCOMPARE(other.appSettings()->autoDownloadImagesMb(), 5);
        QVERIFY(!other.appSettings()->sendImagesCompressed());
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
