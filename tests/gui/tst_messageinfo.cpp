// "Message info" in the real window, light and dark: from the message menu of our own message
// in a private group, the dialog shows its first line, when it was sent and who has read it,
// newest read first with names as plain text; an incoming message offers no such entry. With
// NATTER_SCREENSHOTS set, each theme's dialog is saved for a person to see. Also the header of a
// private chat through the group's room.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "GroupStore.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageStore.h"
#include "ProfilePaths.h"

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
const QString Family = u"family@groups.example.org"_s;

// A private group where Alice asked, we answered, and Alice and Bob have read our answer.
bool seedGroup(const QString &dir, qint64 accountId)
{
    HistoryService history(ProfilePaths(dir).database());
    Group family;
    family.accountId = accountId;
    family.room = Family;
    family.name = u"Family"_s;
    family.nick = u"me"_s;
    const qint64 chatId = history.groups().saveGroup(family).result().chatId;
    if (chatId == 0)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Message> messages;
    for (const bool mine : { false, true }) {
        Message m;
        m.accountId = accountId;
        m.chatId = chatId;
        m.peer = Family;
        m.sender = mine ? u"me"_s : u"Alice"_s;
        m.direction = mine ? Direction::Outgoing : Direction::Incoming;
        m.body = mine ? u"Yes, and I'll bring <b>the salad</b>\nand a cake"_s
                      : u"Are you coming on Sunday?"_s;
        m.timestamp = now - (mine ? 600'000 : 900'000);
        m.stanzaId = m.messageId = mine ? u"s-mine"_s : u"s-alice"_s;
        m.deliveryState = DeliveryState::Sent;
        m.read = true;
        messages.append(m);
    }
    if (history.messages().insertMessages(messages).result().size() != messages.size())
        return false;
    const auto read = [&](const QString &jid, qint64 at) {
        return history.groups().recordRead(chatId, u"s-mine"_s, jid, at).result().size() == 1;
    };
    return read(u"alice@example.org"_s, now - 300'000) && read(u"bob@example.org"_s, now - 60'000);
}

bool openChat(QQuickItem *main, const QString &peer)
{
    return QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, peer), Q_ARG(int, 0));
}

} // namespace

class TestMessageInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void messageInfoFromTheMenu_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void messageInfoFromTheMenu()
    {
        QFETCH(const bool, dark);
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId = Test::prepareProfile(dir.path(),
            { { u"alice@example.org"_s, u"Alice Liddell"_s },
                { u"bob@example.org"_s, u"Bob Marley"_s } });
        QVERIFY(accountId > 0);
        QVERIFY(seedGroup(dir.path(), accountId));
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        // The keyboard reaches the window only once it is active (Xvfb has no window manager).
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(openChat(main, Family));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(main, u"messageList"_s)));
        QTRY_COMPARE(list->property("count").toInt(), 2);

        // Alice's message (row 1): no info entry; ours (row 0): there, by the keyboard alone.
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 1)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *infoItem = window->findChild<QQuickItem *>(u"messageInfoItem"_s);
        QVERIFY(infoItem);
        QVERIFY(!infoItem->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 0)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_VERIFY(infoItem->isVisible());
        QVERIFY(QMetaObject::invokeMethod(infoItem, "triggered"));

        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QObject *>(u"messageInfoDialog"_s)));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *content = Test::findItem(window->contentItem(), u"messageInfoReaders"_s);
        QTRY_VERIFY(content && content->isVisible());
        QTRY_COMPARE(content->property("count").toInt(), 2);
        QQuickItem *overlay = content->parentItem();
        QCOMPARE(Test::findItem(overlay, u"messageInfoPreview"_s)->property("text").toString(),
            u"Yes, and I'll bring <b>the salad</b>"_s);
        QCOMPARE(Test::findItem(overlay, u"messageInfoPreview"_s)->property("textFormat").toInt(),
            int(Qt::PlainText));
        QVERIFY(Test::findItem(overlay, u"messageInfoSent"_s)
                    ->property("text")
                    .toString()
                    .startsWith(u"Sent Today "_s));
        // Offline, the room has not shown its member list: how many, not of how many.
        QCOMPARE(Test::findItem(overlay, u"messageInfoReadBy"_s)->property("text").toString(),
            u"Read by 2"_s);
        QVERIFY(!Test::findItem(overlay, u"messageInfoState"_s)->isVisible());
        // The list has the keyboard; its rows read out who read and when, newest first.
        QTRY_VERIFY(content->hasActiveFocus());
        QQuickItem *first = nullptr;
        QTRY_VERIFY((first = content->property("currentItem").value<QQuickItem *>()));
        const QString spoken = first->property("accessibleName").toString();
        QVERIFY2(spoken.startsWith(u"Bob Marley, read today at "_s), qPrintable(spoken));
        Test::saveScreenshot(window, dark ? u"message-info-dark"_s : u"message-info"_s);

        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<QObject *>(u"messageInfoDialog"_s));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // A private chat through Family with someone whose nickname is a contact's address: its
    // header names the nickname and the room, never the contact, and offers no contact page.
    void privateChatHeaderNamesTheRoom()
    {
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId
            = Test::prepareProfile(dir.path(), { { u"bob@example.org"_s, u"Bob Marley"_s } });
        QVERIFY(accountId > 0);
        QVERIFY(seedGroup(dir.path(), accountId));
        const QString peer = Family + u"/bob@example.org"_s;
        {
            HistoryService history(ProfilePaths(dir.path()).database());
            QVERIFY(history.chats().ensureChat(accountId, peer, ChatKind::GroupPrivate).result());
        }
        AccountSession session { ProfilePaths(dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(session.groups()->isGroup(Family));
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // "Message Alice privately" from her message's menu opens the chat with her nickname.
        QVERIFY(openChat(main, Family));
        QQuickItem *conversation = Test::findItem(main, u"conversationPage"_s);
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(main, u"messageList"_s)));
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 1)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *privately = window->findChild<QQuickItem *>(u"privateMessageItem"_s);
        QVERIFY(privately && privately->isVisible());
        QCOMPARE(privately->property("text").toString(), u"Message Alice privately"_s);
        QVERIFY(QMetaObject::invokeMethod(privately, "triggered"));
        QTRY_COMPARE(main->property("currentPeer").toString(), Family + u"/Alice"_s);
        QTRY_COMPARE(Test::findItem(conversation, u"conversationName"_s)->property("text"),
            u"Alice (Family)"_s);

        QVERIFY(openChat(main, peer));
        QTRY_COMPARE(Test::findItem(conversation, u"conversationName"_s)->property("text"),
            u"bob@example.org (Family)"_s);
        QCOMPARE(Test::findItem(conversation, u"conversationStatus"_s)->property("text"),
            u"Private message through Family"_s);
        QQuickItem *header = Test::findItem(conversation, u"conversationHeader"_s);
        QVERIFY(!header->property("activeFocusOnTab").toBool());
        // Its menu mutes it, and offers neither an info page nor leaving a group.
        auto *conversationMenu = window->findChild<QObject *>(u"conversationMenu"_s);
        QVERIFY(conversationMenu && QMetaObject::invokeMethod(conversationMenu, "open"));
        QTRY_VERIFY(conversationMenu->property("opened").toBool());
        auto *groupInfoItem = window->findChild<QQuickItem *>(u"groupInfoItem"_s);
        QVERIFY(groupInfoItem && groupInfoItem->parentItem());
        QTRY_VERIFY(groupInfoItem->parentItem()->isVisible());
        QVERIFY(!groupInfoItem->isVisible());
        QVERIFY(!window->findChild<QQuickItem *>(u"leaveGroupItem"_s)->isVisible());
        QVERIFY(QMetaObject::invokeMethod(conversationMenu, "close"));
        QTRY_VERIFY(!conversationMenu->property("opened").toBool());
        QVERIFY(Test::findItem(conversation, u"composerField"_s)->isVisible());
        Test::saveScreenshot(window, u"private-chat"_s);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestMessageInfo)
#include "tst_messageinfo.moc"
