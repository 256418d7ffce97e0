// The registration page inside the real Main.qml: reached from sign-in, checks its input before
// any network traffic, and goes back. Any QML warning fails the test.
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "RegistrationFormModel.h"
#include "RegistrationService.h"

#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;

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

    // A server's sign-up website (XEP-0077 <url>) is its words: escaped, linked only when
    // https, and shown as exactly the address that opens.
    void websiteLinkShowsWhereItGoes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown"); // what the label reads, after its fixed words
        QTest::addColumn<QString>("opens"); // the href of its link; empty for none
        QTest::newRow("https") << u"https://example.org/signup"_s << u"https://example.org/signup"_s
                               << u"https://example.org/signup"_s;
        QTest::newRow("markup")
            << u"https://example.org/\"><a href=\"https://evil.example\">x"_s
            << u"https://example.org/%22%3E%3Ca%20href=%22https://evil.example%22%3Ex"_s
            << u"https://example.org/%22%3E%3Ca%20href=%22https://evil.example%22%3Ex"_s;
        QTest::newRow("look-alike host")
            << u"https://аррӏе.com/join"_s << u"https://xn--80ak6aa92e.com/join"_s
            << u"https://xn--80ak6aa92e.com/join"_s;
        QTest::newRow("http") << u"http://example.org/signup"_s << u"http://example.org/signup"_s
                              << QString();
        QTest::newRow("javascript")
            << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s << QString();
        QTest::newRow("user info") << u"https://bank.example@evil.example/"_s
                                   << u"https://bank.example@evil.example/"_s << QString();
    }

    void websiteLinkShowsWhereItGoes()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QFETCH(QString, opens);
        ProfilePaths profile(m_profileDir.path());
        AccountSession session(profile);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        auto *createAccount = window->findChild<QQuickItem *>(u"createAccountButton"_s);
        QVERIFY(createAccount && QMetaObject::invokeMethod(createAccount, "clicked"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(u"registerPage"_s)));
        auto *service = page->findChild<RegistrationService *>();
        QVERIFY(service);
        RegistrationForm form;
        form.redirectUrl = url;
        service->showForm(form);

        QQuickItem *label = nullptr;
        QTRY_VERIFY((label = findItem(page, u"signUpWebsite"_s)) && label->isVisible());
        // What the label shows and links, read back through the renderer it uses.
        QTextDocument doc;
        doc.setHtml(label->property("text").toString());
        QVERIFY2(doc.toPlainText().endsWith(u": "_s + shown), qPrintable(doc.toPlainText()));
        QStringList hrefs;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    hrefs << it.fragment().charFormat().anchorHref();
            }
        }
        QCOMPARE(hrefs, opens.isEmpty() ? QStringList() : QStringList { opens });
        auto *model = page->findChild<RegistrationFormModel *>();
        QVERIFY(model);
        QCOMPARE(model->website(), opens);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_profileDir;
};

QTEST_MAIN(TestRegisterPage)
#include "tst_registerpage.moc"
