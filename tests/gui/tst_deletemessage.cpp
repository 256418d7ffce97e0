// Deleting a message in the real window, light and dark: a message deleted for everyone reads
// "This message was deleted" in italics (also to a screen reader); the message menu offers
// "Delete for me" on any message and "Delete for everyone" on ours; Delete on a focused message
// asks first; deleting for me hides it at once with an Undo toast, and Undo brings it back.
// With NATTER_SCREENSHOTS set, the bubble, the menu and the toast are saved in each theme.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageStore.h"
#include "ProfilePaths.h"
#include "RetractionStore.h"

#include <QAccessible>
#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@example.org"_s;

// Alice wrote twice (the first since deleted for everyone), and we answered.
bool seedChat(const QString &dir, qint64 accountId)
{
    HistoryService history(ProfilePaths(dir).database());
    const qint64 chatId = history.chats().ensureChat(accountId, Alice).result();
    if (chatId == 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Message> messages;
    const QStringList bodies
        = { u"the code for the door is 4711"_s, u"ignore that"_s, u"Got it, thanks!"_s };
    for (int i = 0; i < bodies.size(); ++i) {
        Message m;
        m.accountId = accountId;
        m.chatId = chatId;
        m.peer = Alice;
        m.direction = i == 2 ? Direction::Outgoing : Direction::Incoming;
        m.body = bodies[i];
        m.timestamp = now - (3 - i) * 60'000;
        m.originId = m.messageId = u"o-%1"_s.arg(i);
        m.deliveryState = i == 2 ? DeliveryState::Delivered : DeliveryState::Delivered;
        m.read = true;
        messages.append(m);
    }
    const QList<Message> stored = history.messages().insertMessages(messages).result();
    if (stored.size() != messages.size())
        return false;
    RetractionStore retractions(history.database(), history.messages());
    return retractions.retract(stored.first().id, RetractionStore::Outbox::None)
        .result()
        .has_value();
}
// The visible item named objectName under root, if there is one (every bubble has the line).
QQuickItem *visibleItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName && root->isVisible())
        return root;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = visibleItem(child, objectName))
            return found;
    }
    return nullptr;
}
} // namespace

class TestDeleteMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void deleteFromTheMenuAndUndo_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void deleteFromTheMenuAndUndo()
    {
        QFETCH(const bool, dark);
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId
            = Test::prepareProfile(dir.path(), { { Alice, u"Alice Liddell"_s } });
        QVERIFY(accountId > 0);
        QVERIFY(seedChat(dir.path(), accountId));
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(
            QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Alice), Q_ARG(int, 0)));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(main, u"messageList"_s)));
        QTRY_COMPARE(list->property("count").toInt(), 3);

        // The deleted message: in italics, in words a screen reader says too, no text left.
        QQuickItem *deleted = nullptr;
        QTRY_VERIFY((deleted = visibleItem(list, u"bubbleDeleted"_s)));
        QVERIFY(deleted->property("text").toString().endsWith(u"This message was deleted"_s));
        QVERIFY(deleted->property("font").value<QFont>().italic());
        QQuickItem *deletedBubble = deleted;
        while (deletedBubble
            && deletedBubble->parentItem() != list->property("contentItem").value<QQuickItem *>())
            deletedBubble = deletedBubble->parentItem();
        QVERIFY(deletedBubble);
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(deletedBubble);
        QVERIFY(spoken);
        QCOMPARE(spoken->text(QAccessible::Name), u"This message was deleted"_s);
        QAccessibleInterface *line = QAccessible::queryAccessibleInterface(deleted);
        QVERIFY(line);
        QCOMPARE(line->text(QAccessible::Name), u"This message was deleted"_s);
        Test::saveScreenshot(window, dark ? u"deleted-bubble-dark"_s : u"deleted-bubble"_s);

        // Ours (row 0): both entries. Theirs (row 1): only "Delete for me".
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        auto *forMe = window->findChild<QQuickItem *>(u"deleteForMeItem"_s);
        auto *forEveryone = window->findChild<QQuickItem *>(u"deleteForEveryoneItem"_s);
        QVERIFY(menu && forMe && forEveryone);
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 0)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_VERIFY(forMe->isVisible() && forEveryone->isVisible());
        Test::saveScreenshot(window, dark ? u"delete-menu-dark"_s : u"delete-menu"_s);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 1)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_VERIFY(forMe->isVisible());
        QVERIFY(!forEveryone->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());

        // Delete on the focused message asks; Cancel has the focus, so nothing happens by accident.
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Delete);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QObject *>(u"deleteMessageDialog"_s)));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *everyoneButton = window->findChild<QQuickItem *>(u"deleteForEveryoneButton"_s);
        auto *meButton = window->findChild<QQuickItem *>(u"deleteForMeButton"_s);
        QVERIFY(everyoneButton && meButton);
        QVERIFY(!everyoneButton->isVisible());
        QVERIFY(meButton->isVisible());
        QVERIFY(QMetaObject::invokeMethod(meButton, "clicked"));
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QQuickItem *toast = Test::findItem(window->contentItem(), u"undoToast"_s);
        QVERIFY(toast);
        QTRY_VERIFY(toast->isVisible());
        QTRY_VERIFY(!dialog->property("visible").toBool());
        Test::saveScreenshot(window, dark ? u"undo-toast-dark"_s : u"undo-toast"_s);
        QQuickItem *undo = Test::findItem(toast, u"undoButton"_s);
        QVERIFY(undo);
        QVERIFY(QMetaObject::invokeMethod(undo, "clicked"));
        QTRY_COMPARE(list->property("count").toInt(), 3);
        QTRY_VERIFY(!toast->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestDeleteMessage)
#include "tst_deletemessage.moc"
