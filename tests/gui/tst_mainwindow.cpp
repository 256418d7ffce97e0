// Loads the real Main.qml the way main.cpp does and checks what a person sees first.
#include "AccountSession.h"
#include "ProfilePaths.h"

#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void typeText(QWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    g_previousHandler(type, context, message);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        g_previousHandler = qInstallMessageHandler(collectWarnings);
    }

    void init()
    {
        g_warnings.clear();
        QVERIFY(m_profileDir.isValid());
    }

    void showsSignInWithoutWarnings()
    {
        ProfilePaths profile(m_profileDir.path());
        QVERIFY(profile.ensureExists());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties(
            { { QStringLiteral("session"), QVariant::fromValue(&session) } });
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);

        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("signInPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    void invalidJidShowsErrorAndStaysOffline()
    {
        ProfilePaths profile(m_profileDir.path());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties(
            { { QStringLiteral("session"), QVariant::fromValue(&session) } });
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

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
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

private:
    QTemporaryDir m_profileDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
