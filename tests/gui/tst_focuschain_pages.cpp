// The whole app from the keyboard: on the chat list, an open conversation, the settings, the
// contact info page, the sign-in page and the registration page, Tab walks a chain that wraps
// around (no trap), reaches every control a mouse can operate there, and every stop has a name
// a screen reader can say.
#include "FocusChain.h"
#include "MainWindowHarness.h"
#include "RegistrationService.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::findItem;
using Test::FocusFixture;
using Test::typeText;

class TestFocusChainPages : public QObject
{
    Q_OBJECT

private:
    // The signed-in window with its chat list loaded.
    bool showMain()
    {
        m_window = m_fixture.show();
        return m_window && QTest::qWaitFor([&] {
            m_main = findItem(m_window->contentItem(), u"mainPage"_s);
            return m_main && findItem(m_main, u"chatRow"_s);
        });
    }

    // A window on a profile without an account: the sign-in page.
    QQuickItem *showSignIn()
    {
        m_window = m_fixture.show(m_noAccount.path());
        return m_window ? Test::pushedPage(m_window, u"signInPage"_s) : nullptr;
    }

    // The registration page, from the sign-in page's Create account.
    QQuickItem *showRegister()
    {
        QQuickItem *signIn = showSignIn();
        QQuickItem *button = signIn ? findItem(signIn, u"createAccountButton"_s) : nullptr;
        if (!button || !QMetaObject::invokeMethod(button, "clicked"))
            return nullptr;
        return Test::pushedPage(m_window, u"registerPage"_s);
    }

    // Tab from the focused item to the check box named objectName, and Space ticks it.
    bool tickWithKeyboard(QQuickItem *page, const QString &objectName)
    {
        QQuickItem *box = findItem(page, objectName);
        if (!Test::tabTo(m_window, box))
            return false;
        QTest::keyClick(m_window, Qt::Key_Space);
        return box->property("checked").toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_fixture.prepare());
    }

    void init() { Test::QmlWarnings::clear(); }

    void cleanup()
    {
        m_fixture.close();
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void chatList()
    {
        QVERIFY(showMain());
        const QString problems = Test::focusChainProblems(m_window, m_main);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The chat list is one stop: the arrows move along it and Enter opens the chat.
    void chatListWorksFromTheKeyboard()
    {
        QVERIFY(showMain());
        auto *list = findItem(m_main, u"chatList"_s);
        QVERIFY(list);
        for (int i = 0; i < 10 && !list->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(list->hasActiveFocus());
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_main->property("currentPeer").toString(), FocusFixture::Juliet);
        // The chat opens ready to type into; Esc closes it and the list has the focus again,
        // on the chat that was open.
        QQuickItem *field = findItem(m_main, u"composerField"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasActiveFocus());
        typeText(m_window, u"hi"_s);
        QCOMPARE(field->property("text").toString(), u"hi"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(m_main->property("currentPeer").toString(), QString());
        QVERIFY(list->hasActiveFocus());
        QCOMPARE(list->property("currentIndex").toInt(), 1);
    }

    void openConversation()
    {
        QVERIFY(showMain());
        QVERIFY(QMetaObject::invokeMethod(
            m_main, "openChat", Q_ARG(QString, FocusFixture::Juliet), Q_ARG(int, 0)));
        auto *messages = m_window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
        QTRY_COMPARE(messages->rowCount(), 5);
        QTRY_VERIFY(findItem(m_main, u"retryButton"_s));
        const QString problems = Test::focusChainProblems(m_window, m_main);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void settingsPage()
    {
        QVERIFY(showMain());
        auto *item = m_window->findChild<QObject *>(u"settingsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = Test::pushedPage(m_window, u"settingsPage"_s);
        QVERIFY(page);
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void contactInfoPage()
    {
        QVERIFY(showMain());
        QVERIFY(QMetaObject::invokeMethod(
            m_main, "openChat", Q_ARG(QString, FocusFixture::Juliet), Q_ARG(int, 0)));
        auto *header = findItem(m_main, u"conversationHeader"_s);
        QTRY_VERIFY(header && header->isVisible() && header->width() > 0);
        Test::click(m_window, header);
        QQuickItem *page = Test::pushedPage(m_window, u"contactInfoPage"_s);
        QVERIFY(page);
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The first field has the focus; filled in, Sign in is enabled, and the advanced settings
    // open from the keyboard.
    void signInPage()
    {
        QQuickItem *page = showSignIn();
        QVERIFY(page);
        QQuickItem *jid = findItem(page, u"jidField"_s);
        QTRY_VERIFY(jid && jid->hasActiveFocus());
        typeText(m_window, u"me@example.org"_s);
        QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(findItem(page, u"passwordField"_s)->hasActiveFocus());
        typeText(m_window, u"secret"_s);
        QVERIFY(findItem(page, u"signInButton"_s)->isEnabled());
        QVERIFY(tickWithKeyboard(page, u"advancedSettings"_s));
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Before a form is fetched: the server, its advanced settings, Back and Continue. Back
    // returns to the sign-in page with the focus in its first field.
    void registerPage()
    {
        QQuickItem *page = showRegister();
        QVERIFY(page);
        QQuickItem *server = findItem(page, u"serverField"_s);
        QTRY_VERIFY(server && server->hasActiveFocus());
        typeText(m_window, u"example.org"_s);
        QVERIFY(findItem(page, u"continueButton"_s)->isEnabled());
        QVERIFY(tickWithKeyboard(page, u"advancedSettings"_s));
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        QVERIFY(Test::tabTo(m_window, findItem(page, u"backButton"_s)));
        QTest::keyClick(m_window, Qt::Key_Space);
        QQuickItem *signIn = Test::pushedPage(m_window, u"signInPage"_s);
        QVERIFY(signIn);
        QTRY_VERIFY(findItem(signIn, u"jidField"_s)->hasActiveFocus());
    }

    // A fetched form with a field of every type, and Create account.
    void registrationForm()
    {
        QQuickItem *page = showRegister();
        QVERIFY(page);
        auto *service = page->findChild<RegistrationService *>();
        QVERIFY(service);
        service->showForm(Test::formWithEveryFieldType());
        QQuickItem *create = findItem(page, u"createButton"_s);
        QTRY_VERIFY(create && create->isVisible() && create->isEnabled());
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

private:
    FocusFixture m_fixture;
    QTemporaryDir m_noAccount;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_main = nullptr;
};

QTEST_MAIN(TestFocusChainPages)
#include "tst_focuschain_pages.moc"
