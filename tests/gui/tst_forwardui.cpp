// Forwarding in the window (issue 19): "Forward…" in a message's menu and Ctrl+Shift+F on a
// selected message open the forward dialog; searching, ticking two chats from the keyboard and
// Ctrl+Enter store a forwarded copy in each; a forwarded bubble says "Forwarded", in its
// accessible name too. Screenshots of the dialog and of a forwarded bubble, light and dark, go
// to $NATTER_SCREENSHOTS.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ChatStore.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageStore.h"
#include "ProfilePaths.h"

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
using Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
const QString Romeo = QStringLiteral("romeo@example.org");
const QString Mercutio = QStringLiteral("mercutio@example.org");
const QString Ours = QStringLiteral("The ferry leaves at nine");

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name) : QString();
}

template <typename T> T result(QFuture<T> future)
{
    (void)QTest::qWaitFor([&future] { return future.isFinished(); }, 10000);
    return future.isFinished() ? future.result() : T();
}

// The messages of account's chat with peer, as its own store holds them now.
QList<Message> chatWith(AccountSession &session, const QString &peer)
{
    for (const Chat &chat : result(session.history()->chats().chats(session.accountId()))) {
        if (chat.peer == peer)
            return result(session.history()->messages().newest(chat.id, 50));
    }
    return {};
}
} // namespace

class TestForwardUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(m_dir.path(),
            { { Juliet, u"Juliet"_s }, { Romeo, u"Romeo"_s }, { Mercutio, u"Mercutio"_s } });
        QVERIFY(account > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto message = [&](const QString &peer, Direction direction, const QString &body,
                           const QString &id, qint64 minutesAgo) {
            Message m;
            m.accountId = account;
            m.peer = peer;
            m.sender = direction == Direction::Incoming ? peer : QString();
            m.direction = direction;
            m.body = body;
            m.messageId = m.originId = id;
            m.timestamp = now - minutesAgo * 60'000;
            m.deliveryState = DeliveryState::Read;
            m.read = true;
            return m;
        };
        Message passedOn = message(
            Juliet, Direction::Incoming, u"Masks are required at the ball tonight"_s, u"j1"_s, 3);
        passedOn.forwarded = true;
        HistoryService history(ProfilePaths(m_dir.path()).database());
        auto stored = history.messages().insertMessages({
            message(Romeo, Direction::Incoming, u"See you in Verona"_s, u"r1"_s, 10),
            passedOn,
            message(Juliet, Direction::Outgoing, Ours, u"o1"_s, 1),
        });
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 3);
    }

    void forwardFromKeyboardAndMenu()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *main = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (main = findItem(window->contentItem(), u"mainPage"_s)); }));
        QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0));
        auto *messages = window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
        QVERIFY(messages);
        QTRY_COMPARE(messages->rowCount(), 2);
        QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
        QVERIFY(list);

        // The forwarded bubble says so, to the eye and to a screen reader.
        QQuickItem *label = nullptr;
        QTRY_VERIFY((label = findItem(list, u"bubbleForwarded"_s)));
        QVERIFY(label->isVisible());
        QVERIFY(label->property("text").toString().endsWith(u"Forwarded"_s));
        QQuickItem *bubble = label;
        while (bubble && !accessibleName(bubble).startsWith(u"Forwarded, "_s))
            bubble = bubble->parentItem();
        QVERIFY2(bubble, "no bubble's accessible name starts with \"Forwarded, \"");
        QVERIFY(accessibleName(bubble).contains(u"Masks are required"_s));
        // Light and dark pictures of what is on screen, then back to light.
        const auto shoot = [&](const QString &name) {
            for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
                session.appSettings()->setTheme(theme);
                QTest::qWait(200); // the theme's repaint, for the picture only
                Test::saveScreenshot(
                    window, name + (theme == AppSettings::Theme::Light ? u"-light"_s : u"-dark"_s));
            }
            session.appSettings()->setTheme(AppSettings::Theme::Light);
        };
        shoot(u"forwarded-bubble"_s);

        // Ctrl+Shift+F on our selected message opens the dialog, its search field focused.
        QQuickItem *field = findItem(window->contentItem(), u"composerField"_s);
        QVERIFY(field);
        field->forceActiveFocus();
        QMetaObject::invokeMethod(list, "selectLastOwn");
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = window->findChild<QObject *>(u"forwardDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QQuickItem *search = findItem(window->contentItem(), u"forwardSearch"_s);
        QVERIFY(search);
        QTRY_VERIFY(search->hasActiveFocus());
        QCOMPARE(accessibleName(search), u"Search chats and contacts"_s);
        QQuickItem *targets = findItem(window->contentItem(), u"forwardTargets"_s);
        QVERIFY(targets);
        // Romeo and Juliet have chats, Mercutio is a contact without one.
        QTRY_COMPARE(targets->property("count").toInt(), 3);

        // "rom", Down, Space ticks Romeo; Up back to the search, "merc", Down, Space.
        Test::typeText(window, u"rom"_s);
        QTRY_COMPARE(targets->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_VERIFY(targets->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QQuickItem *picked = findItem(window->contentItem(), u"forwardPicked"_s);
        QVERIFY(picked);
        QTRY_COMPARE(picked->property("text").toString(), u"To: Romeo"_s);
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_VERIFY(search->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        Test::typeText(window, u"merc"_s);
        QTRY_COMPARE(targets->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Down);
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(picked->property("text").toString(), u"To: Romeo, Mercutio"_s);
        QTest::keyClick(window, Qt::Key_Up);
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        QTRY_COMPARE(targets->property("count").toInt(), 3);
        QQuickItem *send = findItem(window->contentItem(), u"forwardSend"_s);
        QVERIFY(send);
        QVERIFY(send->property("enabled").toBool());
        QCOMPARE(accessibleName(send), u"Forward to 2 chats"_s);
        shoot(u"forward-dialog"_s);

        // Ctrl+Enter sends: one forwarded copy of our message in each chat, in the outbox.
        QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->property("opened").toBool());
        for (const QString &peer : { Romeo, Mercutio }) {
            QTRY_VERIFY2(!chatWith(session, peer).isEmpty()
                    && chatWith(session, peer).constLast().body == Ours,
                qPrintable(peer));
            const Message copy = chatWith(session, peer).constLast();
            QVERIFY(copy.forwarded);
            QCOMPARE(copy.direction, Direction::Outgoing);
            QCOMPARE(copy.deliveryState, DeliveryState::Pending); // offline: it waits to go out
        }

        // Our own copy in Romeo's chat is labelled too.
        QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Romeo), Q_ARG(int, 0));
        QTRY_COMPARE(messages->rowCount(), 2);
        QQuickItem *ownLabel = nullptr;
        QTRY_VERIFY((ownLabel = findItem(list, u"bubbleForwarded"_s)) && ownLabel->isVisible());
        shoot(u"forwarded-own-bubble"_s);
        QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0));
        QTRY_COMPARE(messages->rowCount(), 2);

        // "Forward…" in the menu of Juliet's message opens the same dialog, nothing ticked.
        QMetaObject::invokeMethod(list, "select", Q_ARG(int, 1));
        QTRY_VERIFY(list->hasActiveFocus());
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *forwardItem = window->findChild<QQuickItem *>(u"forwardMessageItem"_s);
        QVERIFY(forwardItem && forwardItem->isVisible());
        QCOMPARE(forwardItem->property("text").toString(), u"Forward…"_s);
        Test::click(window, forwardItem);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_COMPARE(picked->property("text").toString(), u"Choose up to 5 chats"_s);
        QVERIFY(!send->property("enabled").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("opened").toBool());

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestForwardUi)
#include "tst_forwardui.moc"
