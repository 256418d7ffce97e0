// Find in the open chat (issue 19), light and dark: Ctrl+F opens the find bar over the
// conversation; the words typed find this chat's messages, "1 of 3"; Enter and Down go to older
// matches, Shift+Enter and Up to newer ones; a match far back in the history is loaded and
// brought into view; the matched words are marked in the bubble; Esc closes the bar and gives
// the composer its focus back. Ctrl+K stays the search over every chat.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ConversationModel.h"
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
using namespace Qt::StringLiterals;

namespace {
const QString Alice = u"alice@example.org"_s;
const QString Bob = u"bob@example.org"_s;
constexpr int Messages = 300;
// The matches, oldest first: the first lies far beyond the pages an opened chat loads.
const QList<int> Needles = { 5, 150, 290 };

QString bodyOf(int i)
{
    return Needles.contains(i) ? u"a needle in haystack %1"_s.arg(i) : u"just hay %1"_s.arg(i);
}

// Whether the delegate of row lies inside the list's viewport.
bool inView(QQuickItem *list, int row)
{
    QQuickItem *item = nullptr;
    QMetaObject::invokeMethod(
        list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
    if (!item)
        return false;
    const QRectF box = item->mapRectToItem(list, QRectF(0, 0, item->width(), item->height()));
    return box.bottom() > 0 && box.top() < list->height();
}
} // namespace

class TestChatFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::QmlWarnings::install(); }

    void findInTheOpenChat_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void findInTheOpenChat()
    {
        QFETCH(const bool, dark);
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 accountId = Test::prepareProfile(
            dir.path(), { { Alice, u"Alice Liddell"_s }, { Bob, u"Bob Builder"_s } });
        QVERIFY(accountId > 0);
        QList<Test::SeedMessage> seed;
        for (int i = 0; i < Messages; ++i)
            seed.append({ Alice, i % 3 ? Direction::Incoming : Direction::Outgoing, bodyOf(i) });
        // Another chat's needle is not this chat's match.
        seed.append({ Bob, Direction::Incoming, u"no needle here for alice"_s });
        QCOMPARE(Test::storeMessages(dir.path(), accountId, seed), Messages + 1);
        AccountSession session { ProfilePaths(dir.path()) };
        session.appSettings()->setTheme(
            dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        window->resize(900, 640);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(
            QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Alice), Q_ARG(int, 0)));
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = Test::findItem(main, u"messageList"_s)));
        auto *model = window->findChild<ConversationModel *>(u"conversationModel"_s);
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), ConversationModel::PageSize);
        QQuickItem *composer = Test::findItem(main, u"composerField"_s);
        QVERIFY(composer);
        QTRY_VERIFY(composer->hasActiveFocus());

        // Ctrl+F in a conversation: the find bar, not the search over every chat.
        QQuickItem *bar = Test::findItem(main, u"chatFindBar"_s);
        QQuickItem *field = Test::findItem(main, u"chatFindField"_s);
        QQuickItem *position = Test::findItem(main, u"chatFindPosition"_s);
        QQuickItem *globalSearch = Test::findItem(main, u"chatSearchField"_s);
        QVERIFY(bar && field && position && globalSearch);
        QVERIFY(!bar->isVisible());
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(bar->isVisible());
        QTRY_VERIFY(field->hasActiveFocus());
        QVERIFY(!globalSearch->hasActiveFocus());

        Test::typeText(window, u"Needle"_s);
        QTRY_COMPARE(position->property("text").toString(), u"1 of 3"_s);
        const auto matchRow = [&](int i) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->data(model->index(row), ConversationModel::BodyRole).toString()
                    == bodyOf(i))
                    return row;
            }
            return -1;
        };
        // The newest match, in view and marked.
        QTRY_VERIFY(matchRow(290) >= 0);
        QTRY_VERIFY(inView(list, matchRow(290)));
        const QString html
            = model->data(model->index(matchRow(290)), ConversationModel::HtmlRole).toString();
        QVERIFY2(html.contains(u"background-color:#ffd54f"_s), qPrintable(html));
        QVERIFY(!model->data(model->index(matchRow(290) + 1), ConversationModel::HtmlRole)
                     .toString()
                     .contains(u"#ffd54f"_s));
        Test::saveScreenshot(window, dark ? u"chat-find-dark"_s : u"chat-find"_s);

        // Enter: older.
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE(position->property("text").toString(), u"2 of 3"_s);
        QTRY_VERIFY(matchRow(150) >= 0 && inView(list, matchRow(150)));
        // Down: older still, far back in the history; it is loaded and shown.
        QCOMPARE(matchRow(5), -1);
        QTest::keyClick(window, Qt::Key_Down);
        QTRY_COMPARE(position->property("text").toString(), u"3 of 3"_s);
        QTRY_VERIFY(matchRow(5) >= 0);
        QTRY_VERIFY(inView(list, matchRow(5)));
        QVERIFY(model->data(model->index(matchRow(5)), ConversationModel::HtmlRole)
                    .toString()
                    .contains(u"#ffd54f"_s));
        Test::saveScreenshot(window, dark ? u"chat-find-far-dark"_s : u"chat-find-far"_s);
        QVERIFY(field->hasActiveFocus());
        // Shift+Enter and Up: newer.
        QTest::keyClick(window, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(position->property("text").toString(), u"2 of 3"_s);
        QTRY_VERIFY(matchRow(150) >= 0 && inView(list, matchRow(150)));
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_COMPARE(position->property("text").toString(), u"1 of 3"_s);

        // A word nowhere in this chat.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        Test::typeText(window, u"rabbit"_s);
        QTRY_COMPARE(position->property("text").toString(), u"No matches"_s);

        // Esc: the bar goes, the marks go, the composer has the focus; the chat stays open.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QTRY_VERIFY(composer->hasActiveFocus());
        QCOMPARE(main->property("currentPeer").toString(), Alice);
        QCOMPARE(model->findText(), QString());

        // Ctrl+K is still the search over every chat.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(globalSearch->hasActiveFocus());
        QVERIFY(!bar->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestChatFind)
#include "tst_chatfind.moc"
