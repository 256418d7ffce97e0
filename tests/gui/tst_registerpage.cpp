// The registration page inside the real Main.qml: reached from sign-in, checks its input before
// any network traffic, and goes back. Any QML warning fails the test.
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "RegistrationService.h"

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

using Test::findItem;

void typeText(QWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}
} // namespace

class TestRegisterPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_profileDir.isValid());
    }

    void init() { Test::QmlWarnings::clear(); }

    void createAccountOpensTheRegisterPage()
    {
        ProfilePaths profile(m_profileDir.path());
        QVERIFY(profile.ensureExists());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);

        auto *createAccount
            = window->findChild<QQuickItem *>(QStringLiteral("createAccountButton"));
        QVERIFY(createAccount);
        QVERIFY(!window->findChild<QQuickItem *>(QStringLiteral("registerPage")));
        QVERIFY(QMetaObject::invokeMethod(createAccount, "clicked"));

        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(QStringLiteral("registerPage"))));
        QTRY_VERIFY(page->isVisible());
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        QTRY_COMPARE(stack->property("busy").toBool(), false);
        QCOMPARE(stack->property("currentItem").value<QQuickItem *>(), page);

        auto *continueButton = page->findChild<QQuickItem *>(QStringLiteral("continueButton"));
        auto *createButton = page->findChild<QQuickItem *>(QStringLiteral("createButton"));
        QVERIFY(continueButton && createButton);
        QVERIFY2(!continueButton->isEnabled(), "no server typed yet");
        QVERIFY2(!createButton->isVisible(), "no form fetched yet");
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void invalidServerIsExplainedWithoutConnecting()
    {
        ProfilePaths profile(m_profileDir.path());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        auto *createAccount
            = window->findChild<QQuickItem *>(QStringLiteral("createAccountButton"));
        QVERIFY(createAccount);
        QVERIFY(QMetaObject::invokeMethod(createAccount, "clicked"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(QStringLiteral("registerPage"))));

        auto *serverField = page->findChild<QQuickItem *>(QStringLiteral("serverField"));
        auto *continueButton = page->findChild<QQuickItem *>(QStringLiteral("continueButton"));
        auto *error = page->findChild<QQuickItem *>(QStringLiteral("errorLabel"));
        QVERIFY(serverField && continueButton && error);
        serverField->forceActiveFocus();
        typeText(window, "someone@example.org");
        QTRY_VERIFY(continueButton->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(continueButton, "clicked"));

        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->property("text").toString(),
            QStringLiteral("Enter only the server's name, such as example.org."));
        QVERIFY2(continueButton->isEnabled(), "nothing is in progress");

        auto *back = page->findChild<QQuickItem *>(QStringLiteral("backButton"));
        QVERIFY(back);
        QVERIFY(QMetaObject::invokeMethod(back, "clicked"));
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->property("currentItem").value<QQuickItem *>()->objectName(),
            QStringLiteral("signInPage"));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void rendersEveryFieldTypeOfADataForm()
    {
        ProfilePaths profile(m_profileDir.path());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        auto *createAccount
            = window->findChild<QQuickItem *>(QStringLiteral("createAccountButton"));
        QVERIFY(createAccount);
        QVERIFY(QMetaObject::invokeMethod(createAccount, "clicked"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(QStringLiteral("registerPage"))));
        auto *service = page->findChild<RegistrationService *>();
        QVERIFY(service);

        service->showForm(Test::formWithEveryFieldType());

        auto *create = page->findChild<QQuickItem *>(QStringLiteral("createButton"));
        QVERIFY(create);
        QTRY_VERIFY(create->isVisible() && create->isEnabled());
        for (const char *key :
            { "intro", "username", "password", "tos", "color", "topics", "about", "ocr" }) {
            auto *item = findItem(page, QStringLiteral("field_") + QLatin1String(key));
            QVERIFY2(item, key);
            QVERIFY2(item->isVisible(), key);
        }
        QVERIFY(!findItem(page, QStringLiteral("field_FORM_TYPE")));

        auto *password = findItem(page, QStringLiteral("input_password"));
        QVERIFY(password && password->isVisible());
        QCOMPARE(password->property("echoMode").toInt(), 2); // TextInput.Password
        auto *username = findItem(page, QStringLiteral("input_username"));
        QVERIFY(username);
        username->forceActiveFocus();
        typeText(window, "ann");
        QCOMPARE(service->form().fields.at(2).value.toString(), QStringLiteral("ann"));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_profileDir;
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
