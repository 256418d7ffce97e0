// The contacts page inside the real Main.qml: reached from the account menu, lists the stored
// roster, opens a contact's chat, renames, asks before removing, explains a bad address, and loads
// without a single QML warning.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ContactService.h"
#include "FocusChain.h"
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
const QString Juliet = QStringLiteral("juliet@example.org");
} // namespace

class TestContactsPage : public QObject
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

    void reachedFromAccountMenuWithoutWarnings()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QTRY_VERIFY(window->findChild<QQuickItem *>(QStringLiteral("chatListPage")));

        auto *menuItem = window->findChild<QObject *>(QStringLiteral("contactsMenuItem"));
        QVERIFY(menuItem);
        QVERIFY(QMetaObject::invokeMethod(menuItem, "triggered"));
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(QStringLiteral("contactsPage"))));
        QTRY_VERIFY(page->isVisible());

        auto *list = window->findChild<QQuickItem *>(QStringLiteral("contactList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 1);

        // A bad address is refused with a reason the person can read.
        auto *field = window->findChild<QQuickItem *>(QStringLiteral("contactAddressField"));
        auto *error = window->findChild<QQuickItem *>(QStringLiteral("addContactError"));
        QVERIFY(field && error);
        QVERIFY(!session.contacts()->addContact(QStringLiteral("not a jid@")));
        QTRY_VERIFY(!error->property("text").toString().isEmpty());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // A click on a contact opens the chat; renaming asks for the name, removing asks first.
    void contactOpensChatRenamesAndRemovesAfterAsking()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *page = openContacts(window);
        QVERIFY(page);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = Test::findItem(page, QStringLiteral("contactRow"))));
        QTRY_VERIFY(row->width() > 0);
        Test::saveScreenshot(window, QStringLiteral("contacts-light"));
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        Test::saveScreenshot(window, QStringLiteral("contacts-dark"));
        session.appSettings()->setTheme(AppSettings::Theme::Light);

        Test::click(window, row);
        auto *main = window->findChild<QQuickItem *>(QStringLiteral("mainPage"));
        QVERIFY(main);
        QTRY_COMPARE(main->property("currentPeer").toString(), Juliet);
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        QTRY_COMPARE(stack->property("depth").toInt(), 1);

        // Rename: the dialog starts from the current name, ready to type over.
        QVERIFY((page = openContacts(window)));
        QTRY_VERIFY((row = Test::findItem(page, QStringLiteral("contactRow"))));
        QVERIFY(QMetaObject::invokeMethod(
            row->findChild<QObject *>(QStringLiteral("renameContactItem")), "triggered"));
        auto *rename = page->findChild<QObject *>(QStringLiteral("renameContactDialog"));
        QVERIFY(rename);
        QTRY_VERIFY(rename->property("opened").toBool());
        auto *field = window->findChild<QQuickItem *>(QStringLiteral("renameContactField"));
        QVERIFY(field);
        QCOMPARE(field->property("text").toString(), QStringLiteral("Juliet Capulet"));
        QTRY_VERIFY(field->hasActiveFocus());
        Test::typeText(window, QStringLiteral("jules"));
        QTest::keyClick(window, Qt::Key_Return);
        // Offline here: the request is refused with the reason, and the dialog stays.
        QTRY_VERIFY(!session.contacts()->errorText().isEmpty());
        QVERIFY(rename->property("visible").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!rename->property("visible").toBool());

        // Remove: nothing happens before the person confirms; Cancel has the focus.
        QVERIFY(QMetaObject::invokeMethod(
            row->findChild<QObject *>(QStringLiteral("removeContactItem")), "triggered"));
        auto *remove = page->findChild<QObject *>(QStringLiteral("removeContactDialog"));
        QVERIFY(remove);
        QTRY_VERIFY(remove->property("opened").toBool());
        QTRY_COMPARE(
            window->activeFocusItem()->objectName(), QStringLiteral("removeContactCancel"));
        Test::saveScreenshot(window, QStringLiteral("remove-contact-light"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!remove->property("visible").toBool());
        QVERIFY(session.contacts()->errorText().isEmpty());
        QVERIFY(QMetaObject::invokeMethod(
            row->findChild<QObject *>(QStringLiteral("removeContactItem")), "triggered"));
        QTRY_VERIFY(remove->property("opened").toBool());
        auto *confirm = window->findChild<QQuickItem *>(QStringLiteral("removeContactConfirm"));
        QVERIFY(confirm);
        Test::click(window, confirm);
        QTRY_VERIFY(!session.contacts()->errorText().isEmpty()); // asked the server: offline
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    // The contacts page, opened from the chat list's menu; null on failure.
    static QQuickItem *openContacts(QQuickWindow *window)
    {
        if (!QTest::qWaitFor(
                [&] { return window->findChild<QQuickItem *>(QStringLiteral("chatListPage")); }))
            return nullptr;
        auto *menuItem = window->findChild<QObject *>(QStringLiteral("contactsMenuItem"));
        if (!menuItem || !QMetaObject::invokeMethod(menuItem, "triggered"))
            return nullptr;
        return Test::pushedPage(window, QStringLiteral("contactsPage"));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
