// Starred messages in the real window, light and dark: "Star" in the message menu and Ctrl+S on
// a selected message star it (and unstar it), with a ★ beside the time that a screen reader
// hears as "starred"; the chat's ⋮ menu lists that chat's stars, the account menu all of them;
// Enter on a row opens its chat at the message, even one not loaded yet; the row's star and
// Delete take a star away, down to the empty list. Screenshots go to $NATTER_SCREENSHOTS.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "StarStore.h"

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
const QString Alice = u"alice@example.org"_s;
const QString Bob = u"bob@example.org"_s;
// More than a page: the oldest of Alice's messages is not loaded when her chat opens.
constexpr int AliceHistory = 120;
// The message starred yesterday: far back, but not the very first.
constexpr int StarredAt = 20;

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Alice's long chat, whose first message was starred yesterday, and Bob's file and answer.
qint64 seed(const QString &dir, qint64 accountId)
{
    HistoryService history(ProfilePaths(dir).database());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto message = [&](const QString &peer, Direction direction, const QString &body,
                       const QString &id, qint64 minutesAgo) {
        Message m;
        m.accountId = accountId;
        m.peer = peer;
        m.direction = direction;
        m.body = body;
        m.messageId = m.originId = id;
        m.timestamp = now - minutesAgo * 60'000;
        m.deliveryState = DeliveryState::Read;
        m.read = true;
        return m;
    };
    QList<Message> messages;
    for (int i = 0; i < AliceHistory; ++i) {
        messages.append(message(Alice, i % 3 ? Direction::Incoming : Direction::Outgoing,
            i == StarredAt ? u"The door code is 4711, keep it safe"_s
                           : u"Message number %1"_s.arg(i),
            u"a%1"_s.arg(i), 2 * AliceHistory - i));
    }
    Message file = message(Bob, Direction::Incoming, {}, u"b1"_s, 30);
    Attachment minutes;
    minutes.fileName = u"minutes.pdf"_s;
    minutes.mimeType = u"application/pdf"_s;
    minutes.size = 48'000;
    minutes.url = u"https://upload.example.org/minutes.pdf"_s;
    file.attachments = { minutes };
    messages.append(file);
    messages.append(message(Bob, Direction::Outgoing, u"Thanks, reading it now"_s, u"b2"_s, 20));
    const QList<Message> stored = history.messages().insertMessages(messages).result();
    if (stored.size() != messages.size())
        return 0;
    StarStore stars(history.database(), history.messages());
    return stars.setStarred(stored.at(StarredAt).id, now - 86'400'000).result().id;
}
} // namespace

class TestStarredUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(
            m_dir.path(), { { Alice, u"Alice Liddell"_s }, { Bob, u"Bob Builder"_s } });
        QVERIFY(account > 0);
        m_oldest = seed(m_dir.path(), account);
        QVERIFY(m_oldest > 0);
    }

    void starOpenBothListsJumpAndUnstar();

private:
    bool starredAt(int row) const
    {
        return m_messages->data(m_messages->index(row, 0), ConversationModel::StarredRole).toBool();
    }
    void openChat(const QString &peer, int rows)
    {
        // From the composer, as a click in the chat list leaves it (a list that loses its rows
        // while it has the focus warns).
        findItem(m_window->contentItem(), u"composerField"_s)->forceActiveFocus();
        QMetaObject::invokeMethod(m_main, "openChat", Q_ARG(QString, peer), Q_ARG(int, 0));
        QTRY_VERIFY(
            m_messages->property("peer").toString() == peer && m_messages->rowCount() >= rows);
        // The view takes the model back once the new chat's rows are in (MessageListView).
        if (m_list)
            QTRY_COMPARE(m_list->property("count").toInt(), m_messages->rowCount());
    }
    void select(int row)
    {
        QVERIFY(QMetaObject::invokeMethod(m_list, "select", Q_ARG(int, row)));
        QTRY_VERIFY(m_list->property("bubbleFocused").toBool());
        QCOMPARE(m_list->property("currentIndex").toInt(), row);
    }
    void screenshots(const QString &name)
    {
        for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
            m_session->appSettings()->setTheme(theme);
            QTest::qWait(200); // the theme's repaint, for the picture only
            Test::saveScreenshot(
                m_window, name + (theme == AppSettings::Theme::Light ? u"-light"_s : u"-dark"_s));
        }
        m_session->appSettings()->setTheme(AppSettings::Theme::Light);
    }
    // Opens a menu by its button and picks the entry, as a mouse does.
    void pick(const QString &button, const QString &menu, const QString &entry)
    {
        QQuickItem *opener = findItem(m_window->contentItem(), button);
        QVERIFY(opener && opener->isVisible());
        Test::click(m_window, opener);
        auto *popup = m_window->findChild<QObject *>(menu);
        QVERIFY(popup);
        QTRY_VERIFY(popup->property("opened").toBool());
        auto *item = m_window->findChild<QQuickItem *>(entry);
        QVERIFY(item);
        QTRY_VERIFY(item->isVisible());
        Test::click(m_window, item);
        QTRY_VERIFY(!popup->property("visible").toBool());
    }
    // Back from the starred page, once the page has gone (its transition over).
    void back()
    {
        Test::click(m_window, findItem(m_window->contentItem(), u"starredBackButton"_s));
        QTRY_VERIFY(!findItem(m_window->contentItem(), u"starredPage"_s));
        QTRY_VERIFY(m_main->isVisible());
    }
    QQuickItem *starredList()
    {
        QQuickItem *page = nullptr;
        if (!QTest::qWaitFor([&] {
                page = findItem(m_window->contentItem(), u"starredPage"_s);
                return page && page->isVisible();
            }))
            return nullptr;
        return findItem(page, u"starredList"_s);
    }

    QTemporaryDir m_dir;
    qint64 m_oldest = 0;
    AccountSession *m_session = nullptr;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_main = nullptr;
    QQuickItem *m_list = nullptr;
    QAbstractItemModel *m_messages = nullptr;
};

void TestStarredUi::starOpenBothListsJumpAndUnstar()
{
    Test::QmlWarnings::clear();
    AccountSession session { ProfilePaths(m_dir.path()) };
    m_session = &session;
    QQmlApplicationEngine engine;
    m_window = Test::loadMainWindow(engine, session);
    QVERIFY(m_window);
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY((m_main = findItem(m_window->contentItem(), u"mainPage"_s)));
    QTRY_VERIFY((m_messages = m_window->findChild<QAbstractItemModel *>(u"conversationModel"_s)));
    openChat(Alice, ConversationModel::PageSize);
    QTRY_VERIFY((m_list = findItem(m_main, u"messageList"_s)));
    QVERIFY(!starredAt(0) && !starredAt(1));

    // The newest message, from its menu: "Star", then the ★ by its time, and "starred" aloud.
    select(0);
    auto *menu = m_window->findChild<QObject *>(u"messageMenu"_s);
    auto *starItem = m_window->findChild<QQuickItem *>(u"starItem"_s);
    QVERIFY(menu && starItem);
    QTest::keyClick(m_window, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->property("opened").toBool());
    QTRY_VERIFY(starItem->isVisible());
    QCOMPARE(starItem->property("text").toString(), u"Star"_s);
    Test::click(m_window, starItem);
    QTRY_VERIFY(starredAt(0));
    auto *bubble = m_list->property("currentItem").value<QQuickItem *>();
    QVERIFY(bubble);
    QQuickItem *star = findItem(bubble, u"bubbleStar"_s);
    QVERIFY(star);
    QTRY_VERIFY(star->isVisible());
    QCOMPARE(star->property("text").toString(), u"★"_s);
    QTRY_VERIFY2(
        accessibleName(bubble).endsWith(u", starred"_s), qPrintable(accessibleName(bubble)));
    QTRY_VERIFY(!menu->property("visible").toBool());
    // Its menu now offers the way back.
    select(0);
    QTest::keyClick(m_window, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->property("opened").toBool());
    QTRY_COMPARE(starItem->property("text").toString(), u"Unstar"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!menu->property("visible").toBool());

    // The one before, by keyboard: Ctrl+S stars, again unstars, a third time stars.
    select(1);
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(starredAt(1));
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!starredAt(1));
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(starredAt(1));
    QVERIFY(!accessibleName(m_list->property("currentItem").value<QQuickItem *>()).isEmpty());
    screenshots(u"starred-bubble"_s);

    // Bob's file, by keyboard too.
    openChat(Bob, 2);
    select(1);
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(starredAt(1));

    // Alice's ⋮ menu: her three stars only, the newest first.
    openChat(Alice, ConversationModel::PageSize);
    pick(u"conversationMenuButton"_s, u"conversationMenu"_s, u"starredMessagesItem"_s);
    QQuickItem *list = starredList();
    QVERIFY(list);
    QTRY_COMPARE(list->property("count").toInt(), 3);
    auto *starred = qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>());
    QVERIFY(starred);
    QCOMPARE(starred->data(starred->index(2, 0), Qt::DisplayRole).toString(), u"Alice Liddell"_s);
    QCOMPARE(findItem(m_window->contentItem(), u"starredSubtitle"_s)->property("text").toString(),
        u"Alice Liddell"_s);
    QTRY_VERIFY(list->hasActiveFocus());
    screenshots(u"starred-chat"_s);
    back();

    // The account menu: every chat's, Bob's file first, with what it is.
    pick(u"accountMenuButton"_s, u"accountMenu"_s, u"starredMenuItem"_s);
    QVERIFY((list = starredList()));
    QTRY_COMPARE(list->property("count").toInt(), 4);
    QVERIFY(
        (starred = qobject_cast<QAbstractItemModel *>(list->property("model").value<QObject *>())));
    QCOMPARE(starred->data(starred->index(0, 0), Qt::DisplayRole).toString(), u"Bob Builder"_s);
    QQuickItem *firstRow = nullptr;
    QTRY_VERIFY((firstRow = findItem(list, u"starredRow"_s)));
    QTRY_COMPARE(findItem(firstRow, u"starredExcerpt"_s)->property("text").toString(),
        u"Document: minutes.pdf"_s);
    QVERIFY2(accessibleName(firstRow).startsWith(u"Bob Builder, Bob Builder: Document"_s),
        qPrintable(accessibleName(firstRow)));
    QTRY_VERIFY(list->hasActiveFocus());
    screenshots(u"starred-all"_s);

    // Enter on the oldest star: Alice's chat opens at that message, never loaded until now.
    QVERIFY(list->setProperty("currentIndex", 3));
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY(!findItem(m_window->contentItem(), u"starredPage"_s));
    QTRY_VERIFY(m_main->isVisible());
    QTRY_COMPARE(m_main->property("currentPeer").toString(), Alice);
    int row = -1;
    QTRY_VERIFY(QMetaObject::invokeMethod(
                    m_messages, "rowOf", Q_RETURN_ARG(int, row), Q_ARG(qint64, m_oldest))
        && row >= 0);
    QTRY_VERIFY(starredAt(row));
    QQuickItem *jumped = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        const QList<QQuickItem *> rows
            = m_list->property("contentItem").value<QQuickItem *>()->childItems();
        for (QQuickItem *item : rows) {
            if (item->isVisible() && item->property("messageId").toLongLong() == m_oldest) {
                const QPointF at = item->mapToItem(m_list, QPointF(0, item->height() / 2));
                if (at.y() >= 0 && at.y() <= m_list->height())
                    jumped = item;
            }
        }
        return jumped != nullptr;
    }));
    QVERIFY(accessibleName(jumped).contains(u"The door code is 4711"_s));
    QVERIFY(accessibleName(jumped).endsWith(u", starred"_s));
    Test::saveScreenshot(m_window, u"starred-jump-light"_s);

    // Unstar from the list: the row's star, then Delete, down to the empty list.
    pick(u"accountMenuButton"_s, u"accountMenu"_s, u"starredMenuItem"_s);
    QVERIFY((list = starredList()));
    QTRY_COMPARE(list->property("count").toInt(), 4);
    QTRY_VERIFY((firstRow = findItem(list, u"starredRow"_s)));
    QQuickItem *unstar = findItem(firstRow, u"unstarButton"_s);
    QVERIFY(unstar);
    QCOMPARE(accessibleName(unstar), u"Unstar"_s);
    Test::click(m_window, unstar);
    QTRY_COMPARE(list->property("count").toInt(), 3);
    list->forceActiveFocus();
    QTRY_VERIFY(list->hasActiveFocus());
    for (int left = 2; left >= 0; --left) {
        QTest::keyClick(m_window, Qt::Key_Delete);
        QTRY_COMPARE(list->property("count").toInt(), left);
    }
    QQuickItem *empty = findItem(m_window->contentItem(), u"starredEmpty"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->property("text").toString(),
        u"No starred messages. Star a message from its menu to find it here."_s);
    screenshots(u"starred-empty"_s);
    back();
    // The bubble lost its star too.
    QVERIFY(QMetaObject::invokeMethod(
        m_messages, "rowOf", Q_RETURN_ARG(int, row), Q_ARG(qint64, m_oldest)));
    QVERIFY(row >= 0);
    QTRY_VERIFY(!starredAt(row));

    QVERIFY2(Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
}

QTEST_MAIN(TestStarredUi)
#include "tst_starredui.moc"
