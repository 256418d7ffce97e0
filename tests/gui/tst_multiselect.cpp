// Several messages chosen at once, as in WhatsApp Desktop: "Select" in a message's menu starts,
// a click chooses another, Shift-click a run of them, Space and Shift+Up from the keyboard. The
// selection bar replaces the composer; Ctrl+C copies them oldest first with date and author;
// Delete asks once for all of them, and one Undo brings them all back. Esc lets go.
// Screenshots, light and dark, go to $NATTER_SCREENSHOTS.
#include "AccountSession.h"
#include "AppSettings.h"
#include "Await.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QClipboard>
#include <QGuiApplication>
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
} // namespace

class TestMultiSelect : public QObject
{
    Q_OBJECT

private:
    QQuickItem *row(QQuickItem *list, int index)
    {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(
            list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, index));
        return item;
    }
    bool checked(QAbstractItemModel *messages, int index)
    {
        return messages->index(index, 0).data(messages->roleNames().key("checked")).toBool();
    }
    int chosen(QAbstractItemModel *messages)
    {
        int n = 0;
        for (int i = 0; i < messages->rowCount(); ++i)
            n += checked(messages, i) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(
            m_dir.path(), { { Juliet, u"Juliet"_s }, { Romeo, u"Romeo"_s } });
        QVERIFY(account > 0);
        // Oldest first; the view shows the newest ("see you") in row 0.
        const QList<Test::SeedMessage> seed {
            { Juliet, Direction::Incoming, u"are you coming?"_s },
            { Juliet, Direction::Outgoing, u"yes, at eight"_s },
            { Juliet, Direction::Incoming, u"bring the wine"_s },
            { Juliet, Direction::Outgoing, u"of course"_s },
            { Juliet, Direction::Incoming, u"see you"_s },
        };
        QCOMPARE(Test::storeMessages(m_dir.path(), account, seed), seed.size());
    }

    void chooseCopyDeleteAndUndo()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QAbstractItemModel *messages = Test::openChat(window, Juliet, 5);
        QVERIFY(messages);
        QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
        QQuickItem *bar = findItem(window->contentItem(), u"selectionBar"_s);
        QQuickItem *composer = findItem(window->contentItem(), u"composerField"_s);
        QVERIFY(list && bar && composer);
        QVERIFY(!bar->isVisible());

        // "Select" in the menu of "bring the wine" (row 2) starts choosing.
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 2)));
        QTRY_VERIFY(list->hasActiveFocus());
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *select = window->findChild<QQuickItem *>(u"selectMessageItem"_s);
        QVERIFY(select && select->isVisible());
        QCOMPARE(select->property("text").toString(), u"Select"_s);
        Test::click(window, select);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(!composer->isVisible());
        QVERIFY(checked(messages, 2));
        QCOMPARE(findItem(bar, u"selectionCount"_s)->property("text").toString(), u"1 selected"_s);
        QQuickItem *wine = row(list, 2);
        QVERIFY(wine);
        QTRY_VERIFY(findItem(wine, u"checkMark"_s)->isVisible());

        // A click chooses "see you" (row 0) instead of acting on it; Shift-click on "yes, at
        // eight" (row 3) takes every message between them.
        QQuickItem *newest = row(list, 0);
        QVERIFY(newest);
        Test::click(window, findItem(newest, u"bubble"_s));
        QTRY_COMPARE(chosen(messages), 2);
        QVERIFY(checked(messages, 0));
        QQuickItem *eight = row(list, 3);
        QVERIFY(eight);
        const QQuickItem *eightCard = findItem(eight, u"bubble"_s);
        const QPointF at
            = eightCard->mapToScene(QPointF(eightCard->width() / 2, eightCard->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::ShiftModifier, at.toPoint());
        QTRY_COMPARE(chosen(messages), 4);
        QVERIFY(!checked(messages, 4));
        // A click on a chosen one lets it go.
        Test::click(window, findItem(newest, u"bubble"_s));
        QTRY_COMPARE(chosen(messages), 3);

        // Esc lets go of all of them; the chat and the list stay.
        list->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QCOMPARE(chosen(messages), 0);
        QVERIFY(composer->isVisible());
        QCOMPARE(findItem(window->contentItem(), u"mainPage"_s)->property("currentPeer").toString(),
            Juliet);

        // The keyboard: Space on "of course" (row 1), then Shift+Up twice (older messages).
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 1)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(bar->isVisible());
        QTest::keyClick(window, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(window, Qt::Key_Up, Qt::ShiftModifier);
        QTRY_COMPARE(chosen(messages), 3);
        QVERIFY(checked(messages, 1) && checked(messages, 2) && checked(messages, 3));
        QCOMPARE(list->property("currentIndex").toInt(), 3);
        QCOMPARE(findItem(bar, u"selectionCount"_s)->property("text").toString(), u"3 selected"_s);

        // Ctrl+C: oldest first, each with its date, time and author.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u'[') && lines.at(0).endsWith(u"] You: yes, at eight"_s),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(u"] Juliet: bring the wine"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).endsWith(u"] You: of course"_s), qPrintable(lines.at(2)));

        for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
            session.appSettings()->setTheme(theme);
            QTest::qWait(200); // the theme's repaint, for the picture only
            Test::saveScreenshot(window,
                theme == AppSettings::Theme::Light ? u"multiselect-light"_s
                                                   : u"multiselect-dark"_s);
        }

        // Delete asks once for the three; one of them is Juliet's, so only "for me".
        QTest::keyClick(window, Qt::Key_Delete);
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QObject *>(u"deleteMessageDialog"_s))
            && dialog->property("opened").toBool());
        QCOMPARE(dialog->property("title").toString(), u"Delete 3 messages?"_s);
        QVERIFY(!window->findChild<QQuickItem *>(u"deleteForEveryoneButton"_s)->isVisible());
        auto *forMe = window->findChild<QQuickItem *>(u"deleteForMeButton"_s);
        QVERIFY(forMe && forMe->isVisible());
        Test::click(window, forMe);
        QTRY_COMPARE(messages->rowCount(), 2);
        QVERIFY(!bar->isVisible());
        QQuickItem *toast = findItem(window->contentItem(), u"undoToast"_s);
        QTRY_VERIFY(toast->isVisible());
        QTRY_COMPARE(toast->property("text").toString(), u"3 messages deleted"_s);

        // One Undo brings all three back, in their places.
        Test::click(window, findItem(toast, u"undoButton"_s));
        QTRY_COMPARE(messages->rowCount(), 5);
        const int body = messages->roleNames().key("body");
        QCOMPARE(messages->index(1, 0).data(body).toString(), u"of course"_s);
        QCOMPARE(messages->index(3, 0).data(body).toString(), u"yes, at eight"_s);
        QVERIFY(!toast->isVisible());

        // Forward: the two newest, chosen by click, go to Romeo in one go, oldest first.
        QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 0)));
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_Space);
        QTest::keyClick(window, Qt::Key_Up, Qt::ShiftModifier);
        QTRY_COMPARE(chosen(messages), 2);
        QQuickItem *forward = findItem(bar, u"forwardSelectionButton"_s);
        QVERIFY(forward && forward->isEnabled());
        Test::click(window, forward);
        QObject *forwardDialog = nullptr;
        QTRY_VERIFY((forwardDialog = window->findChild<QObject *>(u"forwardDialog"_s))
            && forwardDialog->property("opened").toBool());
        QCOMPARE(forwardDialog->property("title").toString(), u"Forward 2 messages"_s);
        QQuickItem *targets = findItem(window->contentItem(), u"forwardTargets"_s);
        QTRY_VERIFY(targets && targets->property("count").toInt() > 0);
        Test::typeText(window, u"rom"_s);
        QTRY_COMPARE(targets->property("count").toInt(), 1);
        QTest::keyClick(window, Qt::Key_Return); // the only match is picked
        QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!forwardDialog->property("visible").toBool());
        QTRY_VERIFY(!bar->isVisible());
        const qint64 romeoChat
            = Test::await(session.history()->chats().ensureChat(session.accountId(), Romeo));
        QList<Message> copies;
        QTRY_COMPARE(
            (copies = Test::await(session.history()->messages().newest(romeoChat, 10))).size(), 2);
        const int seeYou = copies.at(0).body == u"see you"_s ? 0 : 1;
        QCOMPARE(copies.at(seeYou).body, u"see you"_s);
        QCOMPARE(copies.at(1 - seeYou).body, u"of course"_s);
        // "of course" was forwarded first: the copies keep the chat's order.
        QVERIFY(copies.at(1 - seeYou).id < copies.at(seeYou).id);
        QVERIFY(copies.at(0).forwarded && copies.at(1).forwarded);

        // ★ stars both; with both starred, ★ takes the stars away again.
        const int starred = messages->roleNames().key("starred");
        for (const bool expected : { true, false }) {
            QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, 0)));
            QTRY_VERIFY(list->hasActiveFocus());
            QTest::keyClick(window, Qt::Key_Space);
            QTest::keyClick(window, Qt::Key_Up, Qt::ShiftModifier);
            QTRY_COMPARE(chosen(messages), 2);
            Test::click(window, findItem(bar, u"starSelectionButton"_s));
            QTRY_VERIFY(!bar->isVisible());
            QTRY_COMPARE(messages->index(0, 0).data(starred).toBool(), expected);
            QTRY_COMPARE(messages->index(1, 0).data(starred).toBool(), expected);
            QVERIFY(!messages->index(2, 0).data(starred).toBool());
        }

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMultiSelect)
#include "tst_multiselect.moc"
