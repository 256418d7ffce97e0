// The contacts page inside the real Main.qml: reached from the account menu, lists the stored
// roster, explains a bad address, and loads without a single QML warning.
#include "AccountSession.h"
#include "ContactService.h"
#include "ContactStore.h"
#include "HistoryService.h"
#include "ProfilePaths.h"

#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The keychain is absent on a headless box; that is the account layer's notice, not QML's.
    if (type != QtDebugMsg && type != QtInfoMsg
        && !QString::fromUtf8(context.category).startsWith(u"natter."))
        g_warnings << message;
    g_previousHandler(type, context, message);
}
} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        g_previousHandler = qInstallMessageHandler(collectWarnings);
        QVERIFY(m_dir.isValid());
        ProfilePaths profile(m_dir.path());
        QVERIFY(profile.ensureExists());
        const QString me = QStringLiteral("me@example.org");
        QSettings(profile.settings(), QSettings::IniFormat)
            .setValue(QStringLiteral("account/jid"), me);
        HistoryService history(profile.database());
        auto id = history.ensureAccount(me);
        id.waitForFinished();
        Contact juliet;
        juliet.jid = QStringLiteral("juliet@example.org");
        juliet.name = QStringLiteral("Juliet Capulet");
        juliet.subscription = Subscription::Both;
        auto saved = ContactStore(history.database())
                         .saveRoster(id.result(), { juliet }, {}, true, QStringLiteral("1"));
        saved.waitForFinished();
        QVERIFY(saved.result());
    }

    void reachedFromAccountMenuWithoutWarnings()
    {
        g_warnings.clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties(
            { { QStringLiteral("session"), QVariant::fromValue(&session) } });
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
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
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
