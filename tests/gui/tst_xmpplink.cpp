// xmpp: links and notification clicks inside the real Main.qml: the chat opens, a stranger is
// offered as a contact, and no QML warning is printed.
#include "AccountSession.h"
#include "ContactService.h"
#include "LinkService.h"
#include "MainWindowHarness.h"
#include "NotificationService.h"
#include "Notifier.h"
#include "ProfilePaths.h"

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
using namespace Qt::StringLiterals;

namespace {
class SilentNotifier : public Notifier
{
public:
    void show(const Notification &) override { }
};
} // namespace

class TestXmppLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        QVERIFY(
            Test::prepareProfile(m_dir.path(), { { u"juliet@example.org"_s, u"Juliet Capulet"_s } })
            > 0);
    }

    void linksOpenChatsAndOfferStrangers()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = window->findChild<QQuickItem *>(u"mainPage"_s)));
        auto *banner = window->findChild<QQuickItem *>(u"addContactBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(session.contacts()->view(u"juliet@example.org"_s).inRoster);

        // A contact: the chat opens, nothing is offered.
        QVERIFY(session.links()->open(u"xmpp:juliet@example.org?message"_s));
        QTRY_COMPARE(page->property("currentPeer").toString(), u"juliet@example.org"_s);
        QVERIFY(!banner->isVisible());
        QCOMPARE(session.notifications()->openChat(), u"juliet@example.org"_s);

        // A stranger: the chat opens and the banner offers to add them.
        QVERIFY(session.links()->open(u"xmpp:romeo@example.org?message"_s));
        QTRY_COMPARE(page->property("currentPeer").toString(), u"romeo@example.org"_s);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->property("jid").toString(), u"romeo@example.org"_s);
        auto *dismiss = window->findChild<QQuickItem *>(u"dismissOfferedContact"_s);
        QVERIFY(dismiss);
        QVERIFY(QMetaObject::invokeMethod(dismiss, "clicked"));
        QTRY_VERIFY(!banner->isVisible());

        // Offline, adding explains itself instead of failing silently.
        QVERIFY(session.links()->open(u"xmpp:romeo@example.org"_s));
        QTRY_VERIFY(banner->isVisible());
        auto *add = window->findChild<QQuickItem *>(u"addOfferedContact"_s);
        QVERIFY(add);
        QVERIFY(QMetaObject::invokeMethod(add, "clicked"));
        auto *error = window->findChild<QQuickItem *>(u"addOfferedContactError"_s);
        QVERIFY(error);
        QTRY_VERIFY(!error->property("text").toString().isEmpty());

        // Not a link at all: nothing changes.
        QVERIFY(!session.links()->open(u"https://example.org"_s));
        QCOMPARE(page->property("currentPeer").toString(), u"romeo@example.org"_s);

        // A click on a notification opens its chat.
        SilentNotifier notifier;
        session.notifications()->setNotifier(&notifier);
        Q_EMIT notifier.activated(u"juliet@example.org"_s);
        QTRY_COMPARE(page->property("currentPeer").toString(), u"juliet@example.org"_s);

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestXmppLink)
#include "tst_xmpplink.moc"
