// The settings and contact info pages inside the real Main.qml: settings open from the account
// menu and change the theme and read receipts; the conversation header opens contact info.
#include "AccountSession.h"
#include "AppSettings.h"
#include "FocusChain.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::prepareProfile(m_dir.path(), { { Juliet, QStringLiteral("Juliet Capulet") } })
            > 0);
    }

    void settingsFromMenuChangeThemeAndReceipts()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QTRY_VERIFY(window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));
        auto *conversation = window->findChild<QQuickItem *>(QStringLiteral("conversationPage"));
        QVERIFY(conversation);
        QVERIFY(!conversation->property("dark").toBool());

        auto *menuItem = window->findChild<QObject *>(QStringLiteral("settingsMenuItem"));
        QVERIFY(menuItem);
        QVERIFY(QMetaObject::invokeMethod(menuItem, "triggered"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(QStringLiteral("settingsPage"))));
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        QTRY_COMPARE(stack->property("busy").toBool(), false);
        QCOMPARE(stack->property("currentItem").value<QQuickItem *>(), page);
        auto *jid = Test::findItem(page, QStringLiteral("ownJid"));
        QVERIFY(jid);
        QCOMPARE(jid->property("text").toString(), QStringLiteral("me@example.org"));

        // Read receipts: a real click on the switch turns them off, and the switch follows.
        auto *receipts = Test::findItem(page, QStringLiteral("readReceiptsSwitch"));
        QVERIFY(receipts);
        QVERIFY(receipts->property("checked").toBool());
        QTRY_VERIFY(receipts->width() > 0);
        Test::click(window, receipts);
        QTRY_VERIFY(!session.readReceipts());
        QVERIFY(!receipts->property("checked").toBool());

        // Theme: the setting is stored and the whole window turns dark.
        auto *dark = Test::findItem(page, QStringLiteral("themeDark"));
        QVERIFY(dark);
        QVERIFY(QMetaObject::invokeMethod(dark, "clicked"));
        QCOMPARE(session.appSettings()->theme(), AppSettings::Theme::Dark);
        QTRY_VERIFY(dark->property("checked").toBool());
        QTRY_VERIFY(conversation->property("dark").toBool());
        session.appSettings()->setTheme(AppSettings::Theme::Light);
        QTRY_VERIFY(
            Test::findItem(page, QStringLiteral("themeLight"))->property("checked").toBool());
        QTRY_VERIFY(!conversation->property("dark").toBool());

        auto *back = Test::findItem(page, QStringLiteral("settingsBackButton"));
        QVERIFY(back);
        QCOMPARE(stack->property("depth").toInt(), 2);
        Test::click(window, back);
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
        session.setReadReceipts(true);
    }

    // The media section: the auto-download limit moves by keyboard, 0 reads "Never", and the
    // compressed-sending switch stores its choice for the profile.
    void mediaSectionChangesTheDownloadPolicy()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        session.appSettings()->setAutoDownloadImagesMb(1);
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *page = openSettings(window);
        QVERIFY(page);
        auto *spin = Test::findItem(page, QStringLiteral("autoDownloadSpinBox"));
        QVERIFY(spin);
        QCOMPARE(spin->property("value").toInt(), 1);
        // Inside its row, beside its label: a stale layout once left it 56 px below the row.
        QCOMPARE(spin->y(), 0.0);
        QCOMPARE(spin->parentItem()->height(), spin->height());
        QCOMPARE(spin->property("displayText").toString(), QStringLiteral("1 MB"));
        spin->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(session.appSettings()->autoDownloadImagesMb(), 0);
        QCOMPARE(spin->property("displayText").toString(), QStringLiteral("Never"));
        QTest::keyClick(window, Qt::Key_Up);
        QTest::keyClick(window, Qt::Key_Up);
        QCOMPARE(session.appSettings()->autoDownloadImagesMb(), 2);

        auto *compressed = Test::findItem(page, QStringLiteral("sendCompressedSwitch"));
        QVERIFY(compressed);
        QVERIFY(!compressed->property("checked").toBool());
        QVERIFY(QMetaObject::invokeMethod(compressed, "toggle"));
        QVERIFY(QMetaObject::invokeMethod(compressed, "toggled"));
        QVERIFY(session.appSettings()->sendImagesCompressed());
        // Changed elsewhere (another window of the profile), the page follows.
        session.appSettings()->setSendImagesCompressed(false);
        QTRY_VERIFY(!compressed->property("checked").toBool());
        session.appSettings()->setAutoDownloadImagesMb(16);
        QTRY_COMPARE(spin->property("value").toInt(), 16);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void focusBelowTheFoldScrollsIntoSight()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->resize(900, 420); // the page is taller than the window
        QQuickItem *page = openSettings(window);
        QVERIFY(page);
        auto *dark = Test::findItem(page, QStringLiteral("themeDark"));
        QVERIFY(dark);
        QQuickItem *flickable = dark->parentItem();
        while (flickable && !flickable->inherits("QQuickFlickable"))
            flickable = flickable->parentItem();
        QVERIFY(flickable);
        QTRY_VERIFY(flickable->height() < 420); // the resize has reached the page
        QCOMPARE(flickable->property("contentY").toReal(), 0.0);
        const auto inView = [&](QQuickItem *item) {
            const QRectF rect = item->mapRectToItem(flickable, item->boundingRect());
            return rect.top() >= 0 && rect.bottom() <= flickable->height();
        };
        QVERIFY(!inView(dark));

        dark->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(inView(dark));
        QVERIFY(flickable->property("contentY").toReal() > 0);
        // And back up to the first field.
        auto *name = Test::findItem(page, QStringLiteral("profileNameField"));
        QVERIFY(name);
        name->forceActiveFocus(Qt::BacktabFocusReason);
        QTRY_VERIFY(inView(name));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void conversationHeaderOpensContactInfo()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = window->findChild<QQuickItem *>(QStringLiteral("mainPage"))));
        QVERIFY(QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0)));

        auto *header = window->findChild<QQuickItem *>(QStringLiteral("conversationHeader"));
        QVERIFY(header);
        QTRY_VERIFY(header->isVisible() && header->width() > 0);
        Test::click(window, header);
        QQuickItem *info = nullptr;
        QTRY_VERIFY((info = window->findChild<QQuickItem *>(QStringLiteral("contactInfoPage"))));
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        QTRY_COMPARE(stack->property("busy").toBool(), false);
        QCOMPARE(stack->property("currentItem").value<QQuickItem *>(), info);
        auto *name = Test::findItem(info, QStringLiteral("contactInfoName"));
        auto *jid = Test::findItem(info, QStringLiteral("contactInfoJid"));
        auto *block = Test::findItem(info, QStringLiteral("blockToggleButton"));
        QVERIFY(name && jid && block);
        QTRY_COMPARE(name->property("text").toString(), QStringLiteral("Juliet Capulet"));
        QCOMPARE(jid->property("text").toString(), Juliet);
        QVERIFY(block->property("text").toString().startsWith(QStringLiteral("Block")));

        QCOMPARE(stack->property("depth").toInt(), 2);
        Test::click(window, Test::findItem(info, QStringLiteral("contactInfoBackButton")));
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // The chooser lists the languages in their own names and switches the open window at once.
    void languageChooserSwitchesLive()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        Translations translations;
        translations.setLanguage(QStringLiteral("en"));
        translations.follow(session.appSettings());
        QQmlApplicationEngine engine;
        // As app/main.cpp wires them.
        connect(&translations, &Translations::languageApplied, &engine, &QQmlEngine::retranslate);
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *page = openSettings(window);
        QVERIFY(page);
        auto *combo = Test::findItem(page, QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->property("count").toInt(), 1 + int(availableLanguages().size()));
        QCOMPARE(combo->property("displayText").toString(), QStringLiteral("System default"));
        const auto textAt = [combo](int index) {
            QString text;
            QMetaObject::invokeMethod(
                combo, "textAt", Q_RETURN_ARG(QString, text), Q_ARG(int, index));
            return text;
        };
        QCOMPARE(textAt(6), QStringLiteral("Русский"));

        QVERIFY(QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 1)));
        QCOMPARE(session.appSettings()->language(), QStringLiteral("de"));
        QTRY_COMPARE(textAt(0), QStringLiteral("Systemstandard"));
        QCOMPARE(combo->property("displayText").toString(), QStringLiteral("Deutsch"));

        QVERIFY(QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 0)));
        QCOMPARE(session.appSettings()->language(), QString());
        QTRY_COMPARE(textAt(0), QStringLiteral("System default"));
        QCOMPARE(combo->property("displayText").toString(), QStringLiteral("System default"));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Sign out forgets the saved password: it asks first, with Cancel ready for Enter and Esc.
    void signOutAsksFirst()
    {
        Test::QmlWarnings::clear();
        QTemporaryDir dir; // signing out changes the profile the other tests share
        QVERIFY(Test::prepareProfile(dir.path()) > 0);
        AccountSession session { ProfilePaths(dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QVERIFY(openSettings(window));
        QQuickItem *page = Test::pushedPage(window, QStringLiteral("settingsPage")); // settled
        QVERIFY(page);
        // Without a password here the session never connects: signing out is its only change.
        QSignalSpy signedOut(&session, &AccountSession::stateChanged);
        auto *button = Test::findItem(page, QStringLiteral("signOutButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->width() > 0);
        Test::click(window, button);
        // The chat list has one too, for its menu: this page's own.
        auto *dialog = page->findChild<QObject *>(QStringLiteral("signOutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("signOutCancel"));
        Test::saveScreenshot(window, QStringLiteral("signout-dialog"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(signedOut.count(), 0);

        // Again from the keyboard (a second click this soon would be a double click).
        QTRY_VERIFY(button->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *confirm = dialog->findChild<QQuickItem *>(QStringLiteral("signOutConfirm"));
        QVERIFY(confirm);
        Test::click(window, confirm);
        QTRY_COMPARE(signedOut.count(), 1);
        QVERIFY(session.needsPassword());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Only with NATTER_SCREENSHOT_DIR (run on Xvfb): a conversation and the settings page in every
    // language, light and dark, to review the translations for truncation.
    void screenshotsPerLanguage()
    {
        const QString out = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("NATTER_SCREENSHOT_DIR is not set");
        QTemporaryDir dir;
        const QString romeo = QStringLiteral("romeo@example.org");
        const qint64 account = Test::prepareProfile(dir.path(),
            { { Juliet, QStringLiteral("Juliet Capulet") }, { romeo, QStringLiteral("Romeo") } });
        QVERIFY(account > 0);
        QVERIFY(Test::storeMessages(dir.path(), account,
                    { { romeo, Direction::Incoming, QStringLiteral("Are you coming tonight?") },
                        { Juliet, Direction::Incoming, QStringLiteral("Good night") },
                        { Juliet, Direction::Outgoing, QStringLiteral("Till it be morrow"),
                            DeliveryState::Failed },
                        { Juliet, Direction::Incoming,
                            QStringLiteral("Parting is such sweet sorrow") } })
            == 4);
        AccountSession session { ProfilePaths(dir.path()) };
        Translations translations;
        translations.follow(session.appSettings());
        QQmlApplicationEngine engine;
        connect(&translations, &Translations::languageApplied, &engine, &QQmlEngine::retranslate);
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->resize(1000, 700);
        QTRY_VERIFY(window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));
        QQuickItem *chat = nullptr;
        QTRY_VERIFY((chat = Test::findItem(window->contentItem(), QStringLiteral("chatName"))));
        Test::click(window, chat);
        const auto shoot = [&](const QString &name) {
            QSignalSpy frame(window, &QQuickWindow::frameSwapped);
            window->update();
            QVERIFY(frame.wait());
            QVERIFY(window->grabWindow().save(out + u'/' + name + u".png"));
        };
        for (const Language &language : availableLanguages()) {
            session.appSettings()->setTheme(AppSettings::Theme::Light);
            session.appSettings()->setLanguage(language.code);
            shoot(language.code + u"-chat");
            QQuickItem *page = openSettings(window);
            QVERIFY(page);
            shoot(language.code + u"-settings");
            session.appSettings()->setTheme(AppSettings::Theme::Dark);
            for (QQuickItem *item : page->findChildren<QQuickItem *>()) {
                if (item->inherits("QQuickFlickable"))
                    item->setProperty(
                        "contentY", item->property("contentHeight").toReal() - item->height());
            }
            shoot(language.code + u"-settings-end");
            Test::click(window, Test::findItem(page, QStringLiteral("settingsBackButton")));
            QTRY_VERIFY(!window->findChild<QQuickItem *>(QStringLiteral("settingsPage")));
        }
        session.appSettings()->setLanguage(QString());
    }

    // Where a tray shows the icon, the first close asks what closing means; the answer sticks.
    void closeAsksOnceWhereATrayShows()
    {
        Test::QmlWarnings::clear();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        for (const bool keep : { true, false }) {
            QTemporaryDir dir;
            QVERIFY(Test::prepareProfile(dir.path()) > 0);
            AccountSession session { ProfilePaths(dir.path()) };
            QQmlApplicationEngine engine;
            auto *window = Test::loadMainWindow(
                engine, session, { { QStringLiteral("trayAvailable"), true } });
            QVERIFY(window);
            QTRY_VERIFY(window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));
            QVERIFY(!window->close());
            QVERIFY(window->isVisible());
            auto *dialog = window->findChild<QObject *>(QStringLiteral("closeQuestionDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->property("opened").toBool());
            QTRY_COMPARE(
                window->activeFocusItem()->objectName(), QStringLiteral("closeToTrayButton"));
            if (keep)
                Test::saveScreenshot(window, QStringLiteral("close-question"));
            // Esc is no answer: the window stays, and the next close asks again.
            QTest::keyClick(window, Qt::Key_Escape);
            QTRY_VERIFY(!dialog->property("visible").toBool());
            QVERIFY(!session.appSettings()->closeToTrayChosen());
            QVERIFY(!window->close());
            QTRY_VERIFY(dialog->property("opened").toBool());

            auto *answer = window->findChild<QQuickItem *>(
                keep ? QStringLiteral("closeToTrayButton") : QStringLiteral("quitOnCloseButton"));
            QVERIFY(answer);
            Test::click(window, answer);
            // No tray icon here to hide the window: either answer closes it in this test.
            QTRY_VERIFY(!window->isVisible());
            QVERIFY(session.appSettings()->closeToTrayChosen());
            QCOMPARE(session.appSettings()->closeToTray(), keep);
            window->show();
            QVERIFY(window->close()); // asked once
        }
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    // The settings page, opened from the chat list's menu as a person would; null on failure.
    static QQuickItem *openSettings(QQuickWindow *window)
    {
        if (!QTest::qWaitFor(
                [&] { return window->findChild<QQuickItem *>(QStringLiteral("chatListPage")); }))
            return nullptr;
        auto *menuItem = window->findChild<QObject *>(QStringLiteral("settingsMenuItem"));
        if (!menuItem || !QMetaObject::invokeMethod(menuItem, "triggered"))
            return nullptr;
        QQuickItem *page = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            return (page = window->findChild<QQuickItem *>(QStringLiteral("settingsPage")));
        });
        return shown ? page : nullptr;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
