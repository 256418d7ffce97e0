// Every page in the light and the dark theme: no QML warning, and no banner left in light
// colours on a dark window. With NATTER_SCREENSHOTS set, each page is saved for a person to see.
#include "AccountSession.h"
#include "AppSettings.h"
#include "FocusChain.h"
#include "HistoryService.h"
#include "LinkService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "Translations.h"

#include <QColor>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::findItem;
using Test::FocusFixture;

namespace {
// Every visible item below root whose name ends in "Banner", e.g. "addContactBanner".
QList<QQuickItem *> visibleBanners(QQuickItem *root)
{
    QList<QQuickItem *> found;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (child->objectName().endsWith(u"Banner"_s) || child->objectName().endsWith(u"banner"_s))
            found.append(child);
        found += visibleBanners(child);
    }
    return found;
}

// What is wrong with the banners on screen for the theme: a light one in dark, or the reverse.
QString bannerProblems(QQuickItem *root, bool dark)
{
    QString problems;
    for (QQuickItem *banner : visibleBanners(root)) {
        const qreal lightness = banner->property("color").value<QColor>().lightnessF();
        if ((lightness < 0.5) != dark)
            problems += u"%1 has lightness %2\n"_s.arg(banner->objectName()).arg(lightness);
    }
    return problems;
}
} // namespace

class TestThemes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_fixture.prepare());
    }

    void cleanup() { m_fixture.close(); }

    void everyPage_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void everyPage()
    {
        QFETCH(const bool, dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        Test::QmlWarnings::clear();
        QQuickWindow *window = m_fixture.show();
        QVERIFY(window);
        AccountSession *session = m_fixture.session();
        session->appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(findItem(main, u"chatRow"_s));
        // Every banner at once: the connection (offline here), a stranger's link, the history.
        QVERIFY(session->links()->open(u"xmpp:nurse@example.org"_s));
        Q_EMIT session->history()->database().errorOccurred(
            Database::Error::DiskFull, u"database or disk is full"_s);
        QQuickItem *history = findItem(main, u"historyBanner"_s);
        QVERIFY(history);
        QTRY_VERIFY(history->isVisible());
        QQuickItem *conversation = findItem(main, u"conversationPage"_s);
        QQuickItem *composer = findItem(conversation, u"composerField"_s);
        QVERIFY(composer);
        QTRY_VERIFY(composer->isVisible());
        QString problems = bannerProblems(window->contentItem(), dark);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        Test::saveScreenshot(window, u"main-%1"_s.arg(theme));

        window->resize(480, 760);
        QTRY_VERIFY(!findItem(main, u"chatListPage"_s)->isVisible());
        problems = bannerProblems(window->contentItem(), dark);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        Test::saveScreenshot(window, u"main-narrow-%1"_s.arg(theme));
        window->resize(1100, 760);

        const std::pair<QString, QString> pages[] = { { u"contactsMenuItem"_s, u"contacts"_s },
            { u"settingsMenuItem"_s, u"settings"_s } };
        for (const auto &[menuItem, name] : pages) {
            const QString pageName = name + u"Page"_s;
            auto *item = window->findChild<QObject *>(menuItem);
            QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
            QQuickItem *page = Test::pushedPage(window, pageName);
            QVERIFY(page);
            problems = bannerProblems(page, dark);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            Test::saveScreenshot(window, u"%1-%2"_s.arg(pageName, theme));
            Test::click(window, findItem(page, name + u"BackButton"_s));
            QVERIFY(Test::pushedPage(window, u"mainPage"_s));
        }
        QVERIFY(QMetaObject::invokeMethod(
            conversation, "contactInfoRequested", Q_ARG(QString, FocusFixture::Juliet)));
        QVERIFY(Test::pushedPage(window, u"contactInfoPage"_s));
        Test::saveScreenshot(window, u"contactInfoPage-%1"_s.arg(theme));
        session->appSettings()->setTheme(AppSettings::Theme::System);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void signInAndRegister_data() { everyPage_data(); }

    // Before there is an account: the sign-in page and the sign-up page it leads to.
    void signInAndRegister()
    {
        QFETCH(const bool, dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(ProfilePaths(dir.path()).ensureExists());
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *signIn = Test::pushedPage(window, u"signInPage"_s);
        QVERIFY(signIn);
        Test::saveScreenshot(window, u"signInPage-%1"_s.arg(theme));
        QVERIFY(QMetaObject::invokeMethod(signIn, "registerRequested"));
        QVERIFY(Test::pushedPage(window, u"registerPage"_s));
        Test::saveScreenshot(window, u"registerPage-%1"_s.arg(theme));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void everyLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const Language &language : availableLanguages()) {
            if (language.code != u"en"_s)
                QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }

    // Each translation in the running window: the settings page, whose labels are the longest
    // in every language, shows every text whole, and the main page and the settings page are
    // saved for a person to look at.
    void everyLanguage()
    {
        QFETCH(const QString, code);
        Test::QmlWarnings::clear();
        Translations translations;
        translations.setLanguage(code);
        QQuickWindow *window = m_fixture.show();
        QVERIFY(window);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(findItem(main, u"chatRow"_s));
        Test::saveScreenshot(window, u"main-%1"_s.arg(code));
        auto *item = window->findChild<QObject *>(u"settingsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = Test::pushedPage(window, u"settingsPage"_s);
        QVERIFY(page);
        const QStringList cut = truncatedTexts(page);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        Test::saveScreenshot(window, u"settingsPage-%1"_s.arg(code));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    // The visible texts below root that are elided or cut off at their line limit.
    static QStringList truncatedTexts(QQuickItem *root)
    {
        QStringList found;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children) {
            if (!child->isVisible())
                continue;
            if (child->property("truncated").toBool())
                found << child->property("text").toString();
            found += truncatedTexts(child);
        }
        return found;
    }

    FocusFixture m_fixture;
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
