// Chat-level actions in the real window (issue 19), light and dark: the chat row's menu and the
// conversation header's menu offer mark unread or read, clear and delete, every one reached by
// the keyboard; marking unread shows a badge on the row and counts in the unread counter;
// clearing asks first (this computer only) and empties the chat; deleting takes its row away.
// With NATTER_SCREENSHOTS set, the row menu and the dialog are saved in each theme.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageStore.h"
#include "ProfilePaths.h"
#include "UnreadCounter.h"

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
const QString Bob = u"bob@example.org"_s;

// The chat row of peer in the list, if it is shown (asked of the view: a removed row's delegate
// may linger for reuse).
QQuickItem *rowOf(QQuickItem *list, const QString &peer)
{
    for (int i = 0; i < list->property("count").toInt(); ++i) {
        QQuickItem *row = nullptr;
        QMetaObject::invokeMethod(
            list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, i));
        if (row && row->property("peer").toString() == peer)
            return row;
    }
    return nullptr;
}

// Moves through the open menu with Down until item is highlighted, then triggers it by Return.
bool chooseByKeyboard(QQuickWindow *window, QQuickItem *item)
{
    for (int i = 0; i < 12 && !item->property("highlighted").toBool(); ++i)
        QTest::keyClick(window, Qt::Key_Down);
    if (!item->property("highlighted").toBool())
        return false;
    QTest::keyClick(window, Qt::Key_Return);
    return true;
}

// The visible item named objectName in window: of the open dialog, not of the closed one.
QQuickItem *shown(QQuickWindow *window, const QString &objectName)
{
    for (QQuickItem *item : window->findChildren<QQuickItem *>(objectName)) {
        if (item->isVisible())
            return item;
    }
    return nullptr;
}

// The chat action dialog that is open: the list and the conversation page have one each.
QObject *openedDialog(QQuickWindow *window)
{
    for (QObject *dialog : window->findChildren<QObject *>(u"chatActionDialog"_s)) {
        if (dialog->property("opened").toBool())
            return dialog;
    }
    return nullptr;
}

int stored(AccountSession &session, const QString &peer)
{
    const qint64 chatId = session.history()->chats().chatId(session.accountId(), peer).result();
    return chatId ? int(session.history()->messages().newest(chatId, 100).result().size()) : -1;
}
} // namespace

class TestChatActionsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void rowAndHeaderMenus_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void rowAndHeaderMenus()
    {
        QFETCH(const bool, dark);
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId = Test::prepareProfile(
            dir.path(), { { Alice, u"Alice Liddell"_s }, { Bob, u"Bob Builder"_s } });
        QVERIFY(accountId > 0);
        QCOMPARE(Test::storeMessages(dir.path(), accountId,
                     { { Bob, Direction::Incoming, u"can we fix it?"_s },
                         { Alice, Direction::Incoming, u"down the rabbit hole"_s },
                         { Alice, Direction::Outgoing, u"curiouser and curiouser"_s } }),
            3);
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(window->contentItem(), u"chatList"_s)));
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QCOMPARE(session.unreadCounter()->unreadCount(), 0);

        // Alice's chat is on top; the Menu key on the focused row opens its menu.
        list->forceActiveFocus();
        QTRY_VERIFY(list->hasActiveFocus());
        QVERIFY(list->setProperty("currentIndex", 0));
        QQuickItem *alice = nullptr;
        QTRY_VERIFY((alice = rowOf(list, Alice)));
        QObject *menu = alice->findChild<QObject *>(u"chatMenu"_s);
        QVERIFY(menu);
        QTest::keyClick(window, Qt::Key_Menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *markItem = alice->findChild<QQuickItem *>(u"markReadItem"_s);
        auto *clearItem = alice->findChild<QQuickItem *>(u"clearChatItem"_s);
        auto *deleteItem = alice->findChild<QQuickItem *>(u"deleteChatItem"_s);
        QVERIFY(markItem && clearItem && deleteItem);
        QCOMPARE(markItem->property("text").toString(), u"Mark as unread"_s);
        QCOMPARE(clearItem->property("text").toString(), u"Clear messages…"_s);
        QCOMPARE(deleteItem->property("text").toString(), u"Delete chat…"_s);
        Test::saveScreenshot(window, dark ? u"chat-row-menu-dark"_s : u"chat-row-menu"_s);

        // Mark as unread: a badge on the row, and one more in the unread counter.
        QVERIFY(chooseByKeyboard(window, markItem));
        QTRY_VERIFY(!menu->property("visible").toBool());
        QQuickItem *badge = Test::findItem(alice, u"unreadBadge"_s);
        QVERIFY(badge);
        QTRY_VERIFY(badge->isVisible());
        QTRY_COMPARE(session.unreadCounter()->unreadCount(), 1);
        Test::saveScreenshot(window, dark ? u"chat-marked-unread-dark"_s : u"chat-marked-unread"_s);

        // Shift+F10 opens the menu too; now it offers Mark as read, which takes the badge away.
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_COMPARE(markItem->property("text").toString(), u"Mark as read"_s);
        QVERIFY(chooseByKeyboard(window, markItem));
        QTRY_VERIFY(!badge->isVisible());
        QTRY_COMPARE(session.unreadCounter()->unreadCount(), 0);

        // Clear asks first: this computer only, the chat stays; Cancel has the focus.
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        QVERIFY(chooseByKeyboard(window, clearItem));
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = openedDialog(window)));
        QQuickItem *text = nullptr;
        QTRY_VERIFY((text = shown(window, u"chatActionText"_s)));
        QVERIFY(text);
        QVERIFY(text->property("text").toString().contains(u"from this computer only"_s));
        QQuickItem *cancel = shown(window, u"chatActionCancel"_s);
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->hasActiveFocus());
        Test::saveScreenshot(window, dark ? u"clear-chat-dialog-dark"_s : u"clear-chat-dialog"_s);
        QCOMPARE(stored(session, Alice), 2);
        QQuickItem *confirm = shown(window, u"chatActionConfirm"_s);
        QVERIFY(confirm);
        QVERIFY(QMetaObject::invokeMethod(confirm, "clicked"));
        QTRY_COMPARE(stored(session, Alice), 0);
        QCOMPARE(stored(session, Bob), 1);
        QTRY_VERIFY(rowOf(list, Alice)); // the chat stays
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // The header's menu: Bob's chat, marked unread and then deleted, all by keyboard.
        QQuickItem *main = Test::findItem(window->contentItem(), u"mainPage"_s);
        QVERIFY(main);
        QVERIFY(QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Bob), Q_ARG(int, 0)));
        QQuickItem *menuButton = nullptr;
        QTRY_VERIFY(
            (menuButton = Test::findItem(window->contentItem(), u"conversationMenuButton"_s)));
        QObject *headerMenu = window->findChild<QObject *>(u"conversationMenu"_s);
        QVERIFY(headerMenu);
        menuButton->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(menuButton->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(headerMenu->property("opened").toBool());
        auto *headerMark = headerMenu->findChild<QQuickItem *>(u"markReadItem"_s);
        auto *headerDelete = headerMenu->findChild<QQuickItem *>(u"deleteChatItem"_s);
        QVERIFY(headerMark && headerDelete);
        QVERIFY(headerMenu->findChild<QQuickItem *>(u"clearChatItem"_s));
        QVERIFY(headerMenu->findChild<QQuickItem *>(u"findInChatItem"_s));
        QCOMPARE(headerMark->property("text").toString(), u"Mark as unread"_s);
        QVERIFY(chooseByKeyboard(window, headerMark));
        QTRY_COMPARE(session.unreadCounter()->unreadCount(), 1);
        QQuickItem *bob = nullptr;
        QTRY_VERIFY((bob = rowOf(list, Bob)));
        QTRY_VERIFY(Test::findItem(bob, u"unreadBadge"_s)->isVisible());

        menuButton->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(headerMenu->property("opened").toBool());
        QVERIFY(chooseByKeyboard(window, headerDelete));
        QObject *headerDialog = nullptr;
        QTRY_VERIFY((headerDialog = openedDialog(window)));
        QCOMPARE(headerDialog->property("action").toString(), u"delete"_s);
        QQuickItem *headerConfirm = nullptr;
        QTRY_VERIFY((headerConfirm = shown(window, u"chatActionConfirm"_s)));
        QCOMPARE(headerConfirm->property("text").toString(), u"Delete chat"_s);
        QVERIFY(QMetaObject::invokeMethod(headerConfirm, "clicked"));
        QTRY_VERIFY(!rowOf(list, Bob));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QTRY_COMPARE(main->property("currentPeer").toString(), QString());
        QTRY_COMPARE(session.unreadCounter()->unreadCount(), 0);
        QCOMPARE(stored(session, Bob), 0);

        // Deleting a group asks whether to leave it too, and says so on the button.
        QObject *listDialog = window->findChildren<QObject *>(u"chatActionDialog"_s).value(0);
        QVERIFY(listDialog);
        QVERIFY(QMetaObject::invokeMethod(listDialog, "ask", Q_ARG(QString, u"delete"_s),
            Q_ARG(QVariant, 0), Q_ARG(QString, u"Family"_s), Q_ARG(bool, true)));
        QTRY_VERIFY(listDialog->property("opened").toBool());
        QQuickItem *leave = shown(window, u"leaveGroupBox"_s);
        QVERIFY(leave);
        QVERIFY(leave->property("checked").toBool());
        QCOMPARE(shown(window, u"chatActionConfirm"_s)->property("text").toString(),
            u"Leave and delete"_s);
        leave->setProperty("checked", false);
        QCOMPARE(
            shown(window, u"chatActionConfirm"_s)->property("text").toString(), u"Delete chat"_s);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!listDialog->property("visible").toBool());
        QCOMPARE(list->property("count").toInt(), 1);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestChatActionsUi)
#include "tst_chatactionsui.moc"
