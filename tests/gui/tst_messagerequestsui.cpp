// Message requests in the real window, light and dark: a stranger's chat sits behind the
// "Message requests (N)" row, not among the chats, and counts in no badge; opening it shows the
// banner, whose Block and Report ask first (Report says when the server takes no reports); an
// answer in the composer accepts the request. With NATTER_SCREENSHOTS set, the list and the
// request chat are saved in each theme.
#include "AccountSession.h"
#include "AppSettings.h"
#include "Await.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageRequests.h"
#include "MessageStore.h"
#include "ProfilePaths.h"
#include "UnreadCounter.h"

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
const QString Stranger = u"prize-office@spam.example"_s;

// The visible item named objectName in window.
QQuickItem *shown(QQuickWindow *window, const QString &objectName)
{
    for (QQuickItem *item : window->findChildren<QQuickItem *>(objectName)) {
        if (item->isVisible())
            return item;
    }
    return Test::findItem(window->contentItem(), objectName);
}

Message strangersMessage(qint64 accountId, const QString &body, const QString &id)
{
    Message m;
    m.accountId = accountId;
    m.peer = Stranger;
    m.direction = Direction::Incoming;
    m.body = body;
    m.stanzaId = id;
    m.messageId = id;
    m.timestamp = QDateTime::currentMSecsSinceEpoch();
    m.deliveryState = DeliveryState::Delivered;
    return m;
}
} // namespace

class TestMessageRequestsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void requestsRowAndBanner_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void requestsRowAndBanner()
    {
        QFETCH(const bool, dark);
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId
            = Test::prepareProfile(dir.path(), { { Alice, u"Alice Liddell"_s } });
        QVERIFY(accountId > 0);
        QCOMPARE(Test::storeMessages(
                     dir.path(), accountId, { { Alice, Direction::Incoming, u"tea at five?"_s } }),
            1);
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QTRY_COMPARE(session.accountId(), accountId);
        MessageRequests *requests = session.contacts()->messageRequests();
        // As MessagingService does for a stranger's first message: the request, then the message.
        Test::await(requests->open({ Stranger }));
        QCOMPARE(
            Test::await(session.history()->messages().insertMessages(
                            { strangersMessage(accountId, u"You won! Claim your prize"_s, u"s1"_s),
                                strangersMessage(accountId, u"<b>today</b> only"_s, u"s2"_s) }))
                .size(),
            2);

        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->resize(1100, 700);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(window->contentItem(), u"chatList"_s)));
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = Test::findItem(window->contentItem(), u"requestsRow"_s)));
        QTRY_VERIFY(row->isVisible());
        QCOMPARE(row->property("text").toString(), u"Message requests (1)"_s);
        QTRY_COMPARE(list->property("count").toInt(), 1); // Alice only
        QCOMPARE(session.unreadCounter()->unreadCount(), 0);

        // The request chat, with its banner, beside the list: the screenshot of both.
        QVERIFY(Test::openChat(window, Stranger, 2));
        QQuickItem *banner = nullptr;
        QTRY_VERIFY((banner = Test::findItem(window->contentItem(), u"messageRequestBanner"_s)));
        QTRY_VERIFY(banner->isVisible());
        QQuickItem *text = Test::findItem(banner, u"messageRequestText"_s);
        QVERIFY(text);
        QCOMPARE(text->property("text").toString(), u"%1 is not in your contacts"_s.arg(Stranger));
        QCOMPARE(text->property("textFormat").toInt(), int(Qt::PlainText));
        // The header names the stranger by address, not by a nickname they chose.
        QCOMPARE(Test::findItem(window->contentItem(), u"conversationName"_s)
                     ->property("text")
                     .toString(),
            Stranger);
        Test::saveScreenshot(window, dark ? u"message-requests-dark"_s : u"message-requests"_s);

        // The row opens the requests, listed by address.
        Test::click(window, row);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QQuickItem *requestRow = nullptr;
        QTRY_VERIFY(QMetaObject::invokeMethod(
                        list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, requestRow), Q_ARG(int, 0))
            && requestRow);
        QCOMPARE(requestRow->property("peer").toString(), Stranger);
        QCOMPARE(requestRow->property("name").toString(), Stranger);
        Test::click(window, shown(window, u"chatListBackButton"_s));
        QTRY_VERIFY(row->isVisible());

        // Block and Report ask first; this server (offline, unknown) takes no reports.
        QObject *dialog = window->findChild<QObject *>(u"messageRequestDialog"_s);
        QVERIFY(dialog);
        Test::click(window, Test::findItem(banner, u"blockRequestButton"_s));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("title").toString(), u"Block?"_s);
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        Test::click(window, Test::findItem(banner, u"reportRequestButton"_s));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("title").toString(), u"Report spam and block?"_s);
        auto *dialogText = window->findChild<QQuickItem *>(u"messageRequestDialogText"_s);
        QVERIFY(dialogText);
        QVERIFY(dialogText->property("text").toString().startsWith(
            u"Your server does not take spam reports"_s));
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // Add while offline: nothing changes, and the banner says why.
        Test::click(window, Test::findItem(banner, u"acceptRequestButton"_s));
        QTRY_VERIFY(Test::findItem(banner, u"messageRequestError"_s)->isVisible());
        QVERIFY(requests->isRequest(Stranger));

        // An answer accepts it: the banner goes, the row goes, and the chat joins the list.
        QVERIFY(QMetaObject::invokeMethod(
            Test::findItem(window->contentItem(), u"conversationPage"_s), "focusComposer"));
        Test::typeText(window, u"who is this?"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!requests->isRequest(Stranger));
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY(!row->isVisible());
        QTRY_COMPARE(list->property("count").toInt(), 2);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestMessageRequestsUi)
#include "tst_messagerequestsui.moc"
