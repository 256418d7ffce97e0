// The contacts page inside the real Main.qml: reached from the account menu, lists the stored
// roster, explains a bad address, and loads without a single QML warning.
#include "AccountSession.h"
#include "ContactService.h"
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

namespace { } // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::prepareProfile(m_dir.path(),
                    { { QStringLiteral("juliet@example.org"), QStringLiteral("Juliet Capulet") } })
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
