// Loads the real Main.qml the way main.cpp does and checks what a person sees first.
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
void typeText(QWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void init()
    {
        Test::QmlWarnings::clear();
        QVERIFY(m_profileDir.isValid());
    }

    void showsSignInWithoutWarnings()
    {
        ProfilePaths profile(m_profileDir.path());
        QVERIFY(profile.ensureExists());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QCOMPARE(engine.rootObjects().size(), 1);
        QVERIFY(window);
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("signInPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void invalidJidShowsErrorAndStaysOffline()
    {
        ProfilePaths profile(m_profileDir.path());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);

        auto *jidField = window->findChild<QQuickItem *>(QStringLiteral("jidField"));
        auto *passwordField = window->findChild<QQuickItem *>(QStringLiteral("passwordField"));
        auto *button = window->findChild<QQuickItem *>(QStringLiteral("signInButton"));
        auto *error = window->findChild<QQuickItem *>(QStringLiteral("errorLabel"));
        QVERIFY(jidField && passwordField && button && error);
        QVERIFY2(!button->isEnabled(), "nothing to submit yet");

        jidField->forceActiveFocus();
        typeText(window, "not a jid@");
        passwordField->forceActiveFocus();
        typeText(window, "secret");
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));

        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->property("text").toString().isEmpty());
        QCOMPARE(session.state(), ConnectionState::Offline);
        QVERIFY(!session.hasAccount());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_profileDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
