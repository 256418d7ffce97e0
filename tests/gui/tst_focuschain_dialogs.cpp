// Dialogs and menus from the keyboard: while one is open, Tab stays inside it (it is modal to
// the keyboard too), reaches every control in it, and every stop has a name a screen reader can
// say; Esc closes it and the focus goes back to where the person was.
#include "AccountSession.h"
#include "FocusChain.h"
#include "MainWindowHarness.h"
#include "Session.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::findItem;
using Test::FocusFixture;
using Test::typeText;

namespace {
// A throw-away self-signed certificate (CN=chat.example.org), as a server might present.
const QByteArray SelfSigned = "-----BEGIN CERTIFICATE-----\n"
                              "MIIBjTCCATOgAwIBAgIUdz1IScGbKdc7h5D4L3yUSY2BSHEwCgYIKoZIzj0EAwIw\n"
                              "GzEZMBcGA1UEAwwQY2hhdC5leGFtcGxlLm9yZzAgFw0yNjExMjgxOTM3MjZaGA8y\n"
                              "MTI2MTEwNDE5MzcyNlowGzEZMBcGA1UEAwwQY2hhdC5leGFtcGxlLm9yZzBZMBMG\n"
                              "ByqGSM49AgEGCCqGSM49AwEHA0IABOwpB0QN8zVbDzNhYb4ZsqFjixRuk5lry/IQ\n"
                              "BKvjb2BaZIuyS+ymzyqSZ36bmLkS5usJR5Gd+eXyqkz5YnrvLaujUzBRMB0GA1Ud\n"
                              "DgQWBBRcqZlobB/FbU8O5ehI8gceYcdEyDAfBgNVHSMEGDAWgBRcqZlobB/FbU8O\n"
                              "5ehI8gceYcdEyDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCICly\n"
                              "rWz7g04HpJCt09u3kjFAmphVDzjPBCxB/8ciY6kqAiEAkr2kWvd6lws32Mcmet3n\n"
                              "JxofeICKTJajdtOjM4Y8pq8=\n"
                              "-----END CERTIFICATE-----\n";
} // namespace

class TestFocusChainDialogs : public QObject
{
    Q_OBJECT

private:
    // Opens Juliet's chat and puts the focus in its composer, which it returns.
    QQuickItem *composeToJuliet()
    {
        QMetaObject::invokeMethod(
            m_main, "openChat", Q_ARG(QString, FocusFixture::Juliet), Q_ARG(int, 0));
        auto *messages = m_window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
        QQuickItem *field = findItem(m_main, u"composerField"_s);
        if (!messages || !field || !QTest::qWaitFor([&] { return messages->rowCount() == 5; }))
            return nullptr;
        field->forceActiveFocus();
        return field->hasActiveFocus() ? field : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_fixture.prepare());
    }

    void init()
    {
        Test::QmlWarnings::clear();
        QVERIFY((m_window = m_fixture.show()));
        QTRY_VERIFY((m_main = findItem(m_window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(findItem(m_main, u"chatRow"_s));
    }

    void cleanup()
    {
        m_fixture.close();
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Ctrl+N from the search field: the address field has the focus; the contacts are one stop.
    void newChatDialog()
    {
        QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        QQuickItem *search = findItem(m_main, u"chatSearchField"_s);
        QTRY_VERIFY(search->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_window->findChild<QObject *>(u"newChatDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(findItem(Test::popupItem(dialog), u"newChatAddress"_s)->hasActiveFocus());
        // A full address enables Chat and keeps the matching contact in the list.
        typeText(m_window, FocusFixture::Juliet);
        QTRY_VERIFY(findItem(Test::popupItem(dialog), u"newChatStart"_s)->isEnabled());
        QTRY_COMPARE(findItem(Test::popupItem(dialog), u"newChatContacts"_s)->property("count"), 1);
        const QString problems = Test::popupFocusProblems(m_window, dialog, search);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Down from the address field goes to the contacts, the arrows move, Enter starts the chat.
    void newChatFromTheKeyboard()
    {
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = m_window->findChild<QObject *>(u"newChatDialog"_s);
        QTRY_VERIFY(dialog && dialog->property("opened").toBool());
        QQuickItem *contacts = findItem(Test::popupItem(dialog), u"newChatContacts"_s);
        QTRY_COMPARE(contacts->property("count").toInt(), 2);
        QTest::keyClick(m_window, Qt::Key_Down);
        QVERIFY(contacts->hasActiveFocus());
        QCOMPARE(contacts->property("currentIndex").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(contacts->property("currentIndex").toInt(), 1);
        const QString peer
            = contacts->property("currentItem").value<QQuickItem *>()->property("jid").toString();
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(m_main->property("currentPeer").toString(), peer);
        // The chat is ready to type into.
        QQuickItem *field = findItem(m_main, u"composerField"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasActiveFocus());
    }

    // From the contacts page's + button: with an address typed, Add joins Cancel in the chain.
    void addContactDialog()
    {
        auto *item = m_window->findChild<QObject *>(u"contactsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = Test::pushedPage(m_window, u"contactsPage"_s);
        QVERIFY(page);
        QQuickItem *add = findItem(page, u"addContactButton"_s);
        QVERIFY(Test::tabTo(m_window, add));
        QTest::keyClick(m_window, Qt::Key_Space);
        auto *dialog = page->findChild<QObject *>(u"addContactDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(findItem(Test::popupItem(dialog), u"contactAddressField"_s)->hasActiveFocus());
        typeText(m_window, u"nurse@example.org"_s);
        const QString problems = Test::popupFocusProblems(m_window, dialog, add);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // A certificate the system does not trust, while the person writes: the safe choice,
    // Reject, has the focus, and Esc rejects too.
    void certificateDialog()
    {
        QQuickItem *field = composeToJuliet();
        QVERIFY(field);
        const auto certificate = QSslCertificate::fromData(SelfSigned).value(0);
        QVERIFY(!certificate.isNull());
        Q_EMIT m_fixture.session()->session()->untrustedCertificate(
            certificate, u"The certificate is self-signed, and untrusted"_s);
        auto *dialog = m_window->findChild<QObject *>(u"certificateDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(findItem(Test::popupItem(dialog), u"rejectCertificateButton"_s)->hasActiveFocus());
        const QString problems = Test::popupFocusProblems(m_window, dialog, field);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(m_fixture.session()->certificatePrompt().isEmpty());
    }

    // A link that is not what it shows: Cancel, the safe choice, has the focus.
    void linkConfirmDialog()
    {
        QQuickItem *field = composeToJuliet();
        QVERIFY(field);
        QQuickItem *list = findItem(m_main, u"messageList"_s);
        // As a bubble reports it: the target, and the text the person saw.
        QVERIFY(QMetaObject::invokeMethod(list, "linkClicked",
            Q_ARG(QString, u"https://bank.example@phish.example/"_s),
            Q_ARG(QString, u"https://bank.example/"_s)));
        auto *dialog = m_window->findChild<QObject *>(u"linkConfirmDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(m_window->activeFocusItem()->property("text").toString(), u"Cancel"_s);
        const QString problems = Test::popupFocusProblems(m_window, dialog, field);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // Shift+F10 on the selected failed message: Copy and Retry; Esc returns to the message.
    void messageMenu()
    {
        QVERIFY(composeToJuliet());
        QQuickItem *list = findItem(m_main, u"messageList"_s);
        QTest::keyClick(m_window, Qt::Key_Up);
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_F10, Qt::ShiftModifier);
        auto *menu = m_window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        const QString problems = Test::popupFocusProblems(m_window, menu, list);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The account menu from its button, and from there the question before removing the
    // account: Cancel has the focus, and both give the focus back to the menu button.
    void accountMenuAndRemoveDialog()
    {
        QQuickItem *button = findItem(m_main, u"accountMenuButton"_s);
        QVERIFY(Test::tabTo(m_window, button));
        QTest::keyClick(m_window, Qt::Key_Space);
        auto *menu = m_window->findChild<QObject *>(u"accountMenu"_s);
        QVERIFY(menu);
        QString problems = Test::popupFocusProblems(m_window, menu, button);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *remove = m_window->findChild<QQuickItem *>(u"removeAccountItem"_s);
        for (int i = 0; i < 5 && !remove->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QVERIFY(remove->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *dialog = m_window->findChild<QObject *>(u"removeAccountDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(m_window->activeFocusItem()->property("text").toString(), u"Cancel"_s);
        problems = Test::popupFocusProblems(m_window, dialog, button);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QVERIFY(m_fixture.session()->hasAccount());
    }

    // Sign out from the account menu asks first: Cancel has the focus, Esc keeps the password.
    void signOutDialog()
    {
        QSignalSpy signedOut(m_fixture.session(), &AccountSession::stateChanged);
        QQuickItem *button = findItem(m_main, u"accountMenuButton"_s);
        QVERIFY(Test::tabTo(m_window, button));
        QTest::keyClick(m_window, Qt::Key_Space);
        auto *menu = m_window->findChild<QObject *>(u"accountMenu"_s);
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *signOut = m_window->findChild<QQuickItem *>(u"signOutItem"_s);
        QVERIFY(signOut);
        for (int i = 0; i < 5 && !signOut->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QVERIFY(signOut->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *dialog = m_window->findChild<QObject *>(u"signOutDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(m_window->activeFocusItem()->property("text").toString(), u"Cancel"_s);
        const QString problems = Test::popupFocusProblems(m_window, dialog, button);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(signedOut.count(), 0);
    }

    // Removing a contact from the contacts page asks first, with Cancel ready.
    void removeContactDialog()
    {
        auto *item = m_window->findChild<QObject *>(u"contactsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = Test::pushedPage(m_window, u"contactsPage"_s);
        QVERIFY(page);
        QQuickItem *menuButton = nullptr;
        QTRY_VERIFY((menuButton = findItem(page, u"contactMenuButton"_s)));
        QVERIFY(Test::tabTo(m_window, menuButton));
        QTest::keyClick(m_window, Qt::Key_Space);
        // The menu belongs to the row, which only the list knows.
        auto *remove
            = findItem(page, u"contactRow"_s)->findChild<QQuickItem *>(u"removeContactItem"_s);
        QVERIFY(remove);
        QTRY_VERIFY(remove->isVisible());
        for (int i = 0; i < 5 && !remove->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QVERIFY(remove->hasActiveFocus());
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *dialog = page->findChild<QObject *>(u"removeContactDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(m_window->activeFocusItem()->property("text").toString(), u"Cancel"_s);
        const QString problems = Test::popupFocusProblems(m_window, dialog, menuButton);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The menu key on the chat list: pin and archive for the current chat.
    void chatMenu()
    {
        QQuickItem *list = findItem(m_main, u"chatList"_s);
        QVERIFY(Test::tabTo(m_window, list));
        QTest::keyClick(m_window, Qt::Key_Menu);
        // The menu belongs to the row, which only the list knows.
        auto *row = list->property("currentItem").value<QQuickItem *>();
        auto *menu = row ? row->findChild<QObject *>(u"chatMenu"_s) : nullptr;
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        const QString problems = Test::popupFocusProblems(m_window, menu, list);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

private:
    FocusFixture m_fixture;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_main = nullptr;
};

QTEST_MAIN(TestFocusChainDialogs)
#include "tst_focuschain_dialogs.moc"
