// The signed-in window as a person sees it, over a stored history and without a server: the
// chat list beside the conversation, one pane at a time in a narrow window, search hits that
// open the chat at the message, the banners for the connection, the history and a stranger's
// link, and not a single QML warning.
#include "AccountSession.h"
#include "AppSettings.h"
#include "Connection.h"
#include "Database.h"
#include "HistoryService.h"
#include "LinkService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QColor>
#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
} // namespace

class TestMainPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(m_dir.path());
        QVERIFY(account > 0);
        HistoryService history(ProfilePaths(m_dir.path()).database());
        QList<Message> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 200; ++i) {
            Message m;
            m.accountId = account;
            m.peer = Juliet;
            m.direction = i % 3 ? Direction::Incoming : Direction::Outgoing;
            m.body = i == 20 ? QStringLiteral("the balcony at midnight")
                             : QStringLiteral("line %1").arg(i);
            m.timestamp = now - (200 - i) * 60'000;
            m.stanzaId = QStringLiteral("s%1").arg(i);
            m.deliveryState = DeliveryState::Read;
            m.read = true;
            messages.append(m);
        }
        auto stored = history.messages().insertMessages(messages);
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 200);
        m_balconyId = stored.result().at(20).id;
    }

    void narrowWindowShowsOnePaneAtATime()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(root, QStringLiteral("mainPage"))));
        QQuickItem *list = findItem(root, QStringLiteral("chatListPage"));
        QQuickItem *conversation = findItem(root, QStringLiteral("conversationPage"));
        QVERIFY(list && conversation);

        // Wide: both panes, and the empty conversation pane says what to do.
        window->resize(1100, 720);
        QTRY_VERIFY(list->isVisible() && conversation->isVisible());
        QVERIFY(findItem(root, QStringLiteral("noChatOpen"))->isVisible());

        // Narrow: the list alone, then the conversation alone with a way back.
        window->resize(480, 720);
        QTRY_VERIFY(!conversation->isVisible());
        QVERIFY(list->isVisible());
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = findItem(root, QStringLiteral("chatRow"))));
        QVERIFY(QMetaObject::invokeMethod(row, "clicked"));
        QTRY_VERIFY(conversation->isVisible());
        QVERIFY(!list->isVisible());
        QCOMPARE(conversation->property("peer").toString(), Juliet);
        QQuickItem *back = findItem(conversation, QStringLiteral("backButton"));
        QVERIFY(back && back->isVisible());
        QVERIFY(QMetaObject::invokeMethod(back, "clicked"));
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!conversation->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void searchHitOpensTheChatAtTheMessage()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = findItem(root, QStringLiteral("chatSearchField"))));
        field->setProperty("text", QStringLiteral("BALCONY"));
        QQuickItem *hit = nullptr;
        QTRY_VERIFY((hit = findItem(root, QStringLiteral("searchHit"))));
        QVERIFY(findItem(hit, QStringLiteral("searchSnippet"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("<b>balcony</b>")));
        QVERIFY(QMetaObject::invokeMethod(hit, "clicked"));
        auto *messages
            = window->findChild<QAbstractItemModel *>(QStringLiteral("conversationModel"));
        QVERIFY(messages);
        // The window is loaded around the hit, far from the newest message.
        QTRY_VERIFY(messages->rowCount() > 0
            && messages
                    ->match(
                        messages->index(0, 0), messages->roleNames().key("messageId"), m_balconyId)
                    .size()
                == 1);
        QVERIFY(!messages->property("atLiveEnd").toBool());
        QQuickItem *jump = findItem(root, QStringLiteral("jumpToBottom"));
        QVERIFY(jump);
        QTRY_VERIFY(jump->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void jumpButtonOnlyAwayFromTheNewest()
    {
        Test::QmlWarnings::clear();
        // A long chat opened at its newest message, and a chat shorter than the view.
        QTemporaryDir dir;
        const QString romeo = QStringLiteral("romeo@example.org");
        const qint64 account
            = Test::prepareProfile(dir.path(), { { romeo, QStringLiteral("Romeo") } });
        QVERIFY(account > 0);
        QList<Test::SeedMessage> seed;
        for (int i = 0; i < 60; ++i)
            seed.append({ Juliet, Direction::Incoming, QStringLiteral("line %1").arg(i) });
        seed.append({ romeo, Direction::Outgoing, QStringLiteral("hi") });
        seed.append(
            { romeo, Direction::Outgoing, QStringLiteral("not sent"), DeliveryState::Failed });
        QCOMPARE(Test::storeMessages(dir.path(), account, seed), seed.size());
        AccountSession session { ProfilePaths(dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(root, QStringLiteral("mainPage"))));

        main->setProperty("currentPeer", romeo);
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = findItem(root, QStringLiteral("messageList")))
            && list->property("count").toInt() == 2);
        QQuickItem *jump = findItem(root, QStringLiteral("jumpToBottom"));
        QVERIFY(jump);
        QTRY_VERIFY(!jump->isVisible());
        // The failed message's Retry sits inside its bubble, not cut off by it.
        QQuickItem *retry = nullptr;
        QTRY_VERIFY((retry = findItem(root, QStringLiteral("retryButton"))) && retry->isVisible());
        QQuickItem *card = retry;
        while (card && card->objectName() != QStringLiteral("bubble"))
            card = card->parentItem();
        QVERIFY(card);
        const QRectF inCard = retry->mapRectToItem(card, retry->boundingRect());
        QVERIFY2(inCard.right() <= card->width() && inCard.width() > 20,
            qPrintable(QStringLiteral("%1 in %2").arg(inCard.right()).arg(card->width())));

        // Opening a chat makes only what is in sight for its first frame, the rows beyond after.
        QTRY_COMPARE(list->property("cacheBuffer").toInt(), 600);
        main->setProperty("currentPeer", Juliet);
        QCOMPARE(list->property("cacheBuffer").toInt(), 0);
        QTRY_VERIFY(list->property("count").toInt() >= 50);
        QTRY_COMPARE(list->property("cacheBuffer").toInt(), 600);
        QTRY_VERIFY(!jump->isVisible());
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd")); // the oldest loaded
        QTRY_VERIFY(jump->isVisible());
        QVERIFY(QMetaObject::invokeMethod(jump, "clicked"));
        QTRY_VERIFY(!jump->isVisible());
        QVERIFY(list->property("followNewest").toBool());

        // Scrolled away with the wheel, the view stays where the person put it when the newest
        // bubble changes; it follows the newest only while the person is there.
        const QPointF centre = list->mapToScene(QPointF(list->width() / 2, list->height() / 2));
        for (int i = 0; i < 4; ++i) {
            QWheelEvent wheel(centre, window->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(window, &wheel);
        }
        QTRY_VERIFY(jump->isVisible());
        QTRY_VERIFY(!list->property("followNewest").toBool());
        const double readingAt = list->property("contentY").toDouble();
        list->setProperty("newestMoves", list->property("newestMoves").toInt() + 1);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(list->property("contentY").toDouble(), readingAt);
        QVERIFY(jump->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void keyboardReachesSearchChatsAndBack()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *root = window->contentItem();
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(root, QStringLiteral("mainPage"))));
        QTRY_VERIFY(findItem(root, QStringLiteral("chatRow")));

        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(findItem(root, QStringLiteral("chatSearchField"))->hasActiveFocus());
        // Alt+Down from no open chat opens the first one; Esc closes it again.
        QTest::keyClick(window, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(main->property("currentPeer").toString(), Juliet);
        QTest::keyClick(window, Qt::Key_Down, Qt::AltModifier); // the last chat: stays
        QCOMPARE(main->property("currentPeer").toString(), Juliet);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE(main->property("currentPeer").toString(), QString());
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QQuickItem *address = nullptr;
        QTRY_VERIFY((address = findItem(root, QStringLiteral("newChatAddress"))));
        QTRY_VERIFY(address->hasActiveFocus());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Down in a narrow window, the open chat says why and offers to try again now.
    void narrowConversationShowsTheConnection()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) }; // no password: stays offline
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = findItem(root, QStringLiteral("mainPage"))));
        window->resize(480, 720);
        QVERIFY(QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0)));
        QQuickItem *conversation = findItem(root, QStringLiteral("conversationPage"));
        QTRY_VERIFY(conversation->isVisible());
        QQuickItem *banner = findItem(conversation, QStringLiteral("conversationConnectionBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(findItem(banner, QStringLiteral("connectionStatus"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Offline")));
        QVERIFY(findItem(banner, QStringLiteral("retryNowButton"))->isVisible());
        Test::saveScreenshot(window, QStringLiteral("narrow-offline-light"));
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        Test::saveScreenshot(window, QStringLiteral("narrow-offline-dark"));
        session.appSettings()->setTheme(AppSettings::Theme::Light);
        // Wide, the chat list beside it already says so: once is enough.
        window->resize(1100, 720);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // History problems are shown, with what to do; a passing one can be dismissed.
    void historyNoticeIsShown()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *banner = nullptr;
        QTRY_VERIFY((banner = findItem(root, QStringLiteral("historyBanner"))));
        QVERIFY(!banner->isVisible());
        Q_EMIT session.history()->database().errorOccurred(
            Database::Error::DiskFull, QStringLiteral("database or disk is full"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(findItem(banner, QStringLiteral("historyNoticeText"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("Free some space")));
        QVERIFY(banner->height() > 0);
        Test::saveScreenshot(window, QStringLiteral("history-diskfull-light"));
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        Test::saveScreenshot(window, QStringLiteral("history-diskfull-dark"));
        QVERIFY(banner->property("color").value<QColor>().lightnessF() < 0.5);
        session.appSettings()->setTheme(AppSettings::Theme::Light);
        QQuickItem *dismiss = findItem(banner, QStringLiteral("dismissHistoryNotice"));
        QVERIFY(dismiss && dismiss->isVisible());
        Test::click(window, dismiss);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // A history from a newer Natter cannot be used: the banner says so and stays.
    void blockedHistoryStaysInSight()
    {
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(Test::prepareProfile(dir.path()) > 0);
        {
            Database db;
            db.open(ProfilePaths(dir.path()).database()).waitForFinished();
            db.run([](Connection &c) { c.exec("PRAGMA user_version=999"); }).waitForFinished();
            db.close().waitForFinished();
        }
        AccountSession session { ProfilePaths(dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *banner = nullptr;
        QTRY_VERIFY((banner = findItem(window->contentItem(), QStringLiteral("historyBanner"))));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(session.historyBlocked());
        // Every write fails after that; the reason and its remedy must not be replaced.
        Q_EMIT session.history()->database().errorOccurred(
            Database::Error::Other, QStringLiteral("bad parameter or other API misuse"));
        QCoreApplication::sendPostedEvents();
        QVERIFY(session.historyNotice().contains(QStringLiteral("Update Natter")));
        QVERIFY(findItem(banner, QStringLiteral("historyAdvice"))->isVisible());
        QVERIFY(!findItem(banner, QStringLiteral("dismissHistoryNotice"))->isVisible());
        Test::saveScreenshot(window, QStringLiteral("history-blocked-light"));
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        Test::saveScreenshot(window, QStringLiteral("history-blocked-dark"));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // The offer to add a stranger from an xmpp: link follows the dark theme.
    void addContactBannerFollowsTheTheme()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *banner = nullptr;
        QTRY_VERIFY((banner = findItem(window->contentItem(), QStringLiteral("addContactBanner"))));
        QVERIFY(session.links()->open(QStringLiteral("xmpp:nurse@example.org")));
        QTRY_VERIFY(banner->isVisible());
        Test::saveScreenshot(window, QStringLiteral("addcontact-dark"));
        QVERIFY(banner->property("color").value<QColor>().lightnessF() < 0.5);
        session.appSettings()->setTheme(AppSettings::Theme::Light);
        Test::saveScreenshot(window, QStringLiteral("addcontact-light"));
        QTRY_VERIFY(banner->property("color").value<QColor>().lightnessF() > 0.5);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    qint64 m_balconyId = 0;
};

QTEST_MAIN(TestMainPage)
#include "tst_mainpage.moc"
