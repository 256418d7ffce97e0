// Up in an empty composer selects our last message, as in WhatsApp Desktop and Slack: then Up
// and Down move through the messages, Ctrl+C copies, Shift+F10 opens the message menu, Enter
// retries a failed one, and Esc or typing goes back to the composer without closing the chat.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
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
const QString Mercutio = QStringLiteral("mercutio@example.org");
const QString Tybalt = QStringLiteral("tybalt@example.org");
const QString Benvolio = QStringLiteral("benvolio@example.org");
const QString LastOwn = QStringLiteral("parting is such *sweet* sorrow");
} // namespace

class TestMessageSelection : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        AccountSession session;
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
        QQuickItem *main = nullptr;
        QQuickItem *field = nullptr;
        QQuickItem *list = nullptr;
        QAbstractItemModel *messages = nullptr;

        explicit Window(const QString &dir)
            : session(ProfilePaths(dir))
        { }

        // Opens the chat with peer and puts the focus in its empty composer.
        bool open(const QString &peer, int rows)
        {
            window = Test::loadMainWindow(engine, session);
            if (!window)
                return false;
            window->requestActivate();
            if (!QTest::qWaitForWindowActive(window)
                || !QTest::qWaitFor([&] { return (main = findItem(root(), u"mainPage"_s)); }))
                return false;
            QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, peer), Q_ARG(int, 0));
            messages = window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
            field = findItem(root(), u"composerField"_s);
            list = findItem(root(), u"messageList"_s);
            if (!messages || !field || !list
                || !QTest::qWaitFor([&] { return messages->rowCount() == rows; }))
                return false;
            field->forceActiveFocus();
            return field->hasActiveFocus();
        }

        QQuickItem *root() const { return window->contentItem(); }
        int current() const { return list->property("currentIndex").toInt(); }
        QQuickItem *currentBubble() const
        {
            return list->property("currentItem").value<QQuickItem *>();
        }
        QVariant at(int row, int role) const { return messages->index(row, 0).data(role); }
    };

    // Only when asked (NATTER_SCREENSHOT_HOLD_MS, run on Xvfb): keeps the selection on screen
    // in the light and then the dark theme, for screenshots taken from outside the test.
    static void holdForScreenshots(AccountSession &session)
    {
        const int hold = qEnvironmentVariableIntValue("NATTER_SCREENSHOT_HOLD_MS");
        if (hold <= 0)
            return;
        const AppSettings::Theme theme = session.appSettings()->theme();
        session.appSettings()->setTheme(AppSettings::Theme::Light);
        QTest::qWait(hold);
        session.appSettings()->setTheme(AppSettings::Theme::Dark);
        QTest::qWait(hold);
        session.appSettings()->setTheme(theme);
    }

    // Pixels of item, as the window shows it, within a small distance of colour.
    static int linkPixels(QQuickWindow *window, const QQuickItem *item, const QColor &colour)
    {
        const QImage image = window->grabWindow();
        const QRect area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))
                               .toAlignedRect()
                               .intersected(image.rect());
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                        + std::abs(c.blue() - colour.blue())
                    < 40)
                    ++count;
            }
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(m_dir.path(),
            { { Juliet, u"Juliet"_s }, { Romeo, u"Romeo"_s }, { Mercutio, u"Mercutio"_s },
                { Tybalt, u"Tybalt"_s }, { Benvolio, u"Benvolio"_s } });
        QVERIFY(account > 0);
        // A Windows program behind a right-to-left override, so its name reads "invoiceexe.pdf".
        Attachment program;
        program.fileName = u"invoice\u202Efdp.exe"_s;
        program.mimeType = u"application/pdf"_s;
        program.localPath = m_dir.filePath(u"stored-program"_s);
        program.transfer = TransferState::Ready;
        QFile file(program.localPath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("%PDF-1.4\n") > 0);
        file.close();
        // With Juliet, oldest first: hers, ours, our failed one, hers. Romeo only wrote to us.
        const QList<Test::SeedMessage> seed {
            { Juliet, Direction::Incoming, u"good night"_s },
            { Juliet, Direction::Outgoing, u"an older one of ours"_s },
            { Juliet, Direction::Outgoing, LastOwn, DeliveryState::Failed },
            { Juliet, Direction::Incoming, u"till it be morrow"_s },
            { Romeo, Direction::Incoming, u"hello"_s },
            // Two links, the second to a look-alike host (a Cyrillic "а").
            { Mercutio, Direction::Incoming,
                u"see https://a.example/x\nor (https://аpple.com/login), https://a.example/x"_s },
            // A link that reads as elided: its text, not its target, gives that away.
            { Benvolio, Direction::Incoming, u"log in at https://bank.example/login… now"_s },
        };
        QCOMPARE(Test::storeMessages(m_dir.path(), account, seed), seed.size());
        Message withProgram;
        withProgram.accountId = account;
        withProgram.peer = withProgram.sender = Tybalt;
        withProgram.direction = Direction::Incoming;
        withProgram.timestamp = QDateTime::currentMSecsSinceEpoch();
        withProgram.stanzaId = u"program"_s;
        withProgram.read = true;
        withProgram.attachments = { program };
        HistoryService history(ProfilePaths(m_dir.path()).database());
        auto stored = history.messages().insertMessages({ withProgram });
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 1);
    }

    void upInEmptyComposerSelectsTheLastOwnMessage()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Juliet, 4));
        QTest::keyClick(w.window, Qt::Key_Up);
        QTRY_VERIFY(w.list->hasActiveFocus());
        QCOMPARE(w.current(), 1);
        QCOMPARE(w.at(1, ConversationModel::BodyRole).toString(), LastOwn);
        QQuickItem *bubble = w.currentBubble();
        QVERIFY(bubble);
        QVERIFY(bubble->property("selected").toBool());
        QVERIFY(findItem(bubble, u"selectionBackground"_s)->isVisible());
        holdForScreenshots(w.session);

        // Up goes to older messages, Down back; Ctrl+C copies the plain text as stored.
        QTest::keyClick(w.window, Qt::Key_Up);
        QCOMPARE(w.current(), 2);
        QVERIFY(!bubble->property("selected").toBool());
        QTest::keyClick(w.window, Qt::Key_Down);
        QCOMPARE(w.current(), 1);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(w.window, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), LastOwn);

        // Shift+F10 opens the message menu, with Retry for this failed message; Esc closes it.
        auto *menu = w.window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        QTest::keyClick(w.window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *retryItem = w.window->findChild<QQuickItem *>(u"retryMessageItem"_s);
        QVERIFY(retryItem && retryItem->isVisible());
        QVERIFY(w.window->findChild<QQuickItem *>(u"copyMessageItem"_s)->isVisible());
        QVERIFY(!w.window->findChild<QQuickItem *>(u"openFileItem"_s)->isVisible());
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QTRY_VERIFY(w.list->hasActiveFocus());
        QCOMPARE(w.main->property("currentPeer").toString(), Juliet);

        // Enter retries the failed message: it leaves the failed state.
        QCOMPARE(w.at(1, ConversationModel::DeliveryStateRole).toInt(), int(DeliveryState::Failed));
        QTest::keyClick(w.window, Qt::Key_Return);
        QTRY_VERIFY(
            w.at(1, ConversationModel::DeliveryStateRole).toInt() != int(DeliveryState::Failed));

        // Esc returns to the composer; the chat stays open.
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(w.field->hasActiveFocus());
        QCOMPARE(w.main->property("currentPeer").toString(), Juliet);
        QVERIFY(!bubble->property("selected").toBool());

        // Typing while a message is selected goes on in the composer. (Retried, the message
        // is ours to edit now, which Up would do: see tst_editing; so it is selected directly.)
        QMetaObject::invokeMethod(w.list, "selectLastOwn");
        QTRY_VERIFY(w.list->hasActiveFocus());
        QTest::keyClick(w.window, Qt::Key_H);
        QTRY_VERIFY(w.field->hasActiveFocus());
        QCOMPARE(w.field->property("text").toString(), u"h"_s);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Runs after the selection test, whose typed "h" may still be the draft.
    void upWithTextMovesTheCursor()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Juliet, 4));
        // The "h" typed into the selection above is the chat's draft, kept across restarts.
        QTRY_COMPARE(w.field->property("text").toString(), u"h"_s);
        QTest::keyClick(w.window, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(w.window, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(w.window, 'x');
        const QString text = w.field->property("text").toString();
        QCOMPARE(text, u"h\nx"_s);
        QCOMPARE(w.field->property("cursorPosition").toInt(), text.size());
        QTest::keyClick(w.window, Qt::Key_Up);
        QVERIFY(w.field->hasActiveFocus());
        QVERIFY(!w.list->hasActiveFocus());
        QCOMPARE(w.field->property("text").toString(), text);
        QVERIFY(w.field->property("cursorPosition").toInt() < text.size() - 1);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void upWithoutOwnMessagesDoesNothing()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Romeo, 1));
        QTest::keyClick(w.window, Qt::Key_Up);
        QVERIFY(w.field->hasActiveFocus());
        QVERIFY(!w.list->hasActiveFocus());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // Another chat opened while a message is selected: nothing of the last chat stays chosen,
    // and what the view calls current is a row of the new chat.
    void switchingChatsLeavesNothingSelected()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Juliet, 4));
        QVERIFY(QMetaObject::invokeMethod(w.list, "select", Q_ARG(int, 2)));
        QTRY_VERIFY(w.list->hasActiveFocus());
        QMetaObject::invokeMethod(w.main, "openChat", Q_ARG(QString, Romeo), Q_ARG(int, 0));
        QTRY_COMPARE(w.messages->rowCount(), 1);
        QTRY_VERIFY(w.field->hasActiveFocus());
        QVERIFY(w.current() < 1);
        QQuickItem *bubble = nullptr;
        QTRY_VERIFY(QMetaObject::invokeMethod(
                        w.list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, bubble), Q_ARG(int, 0))
            && bubble);
        QCOMPARE(bubble->property("body").toString(), u"hello"_s);
        if (QQuickItem *current = w.currentBubble())
            QCOMPARE(current->property("messageId").toLongLong(),
                w.at(w.current(), ConversationModel::MessageIdRole).toLongLong());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // A right click on a bubble opens the same menu for it and leaves the focus in the composer.
    void rightClickOpensTheMessageMenu()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Juliet, 4));
        QQuickItem *row = nullptr;
        QTRY_VERIFY(QMetaObject::invokeMethod(
                        w.list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, 2))
            && row);
        QQuickItem *card = findItem(row, u"bubble"_s);
        QVERIFY(card);
        const QPointF centre = card->mapToScene(QPointF(card->width() / 2, card->height() / 2));
        QTest::mouseClick(w.window, Qt::RightButton, {}, centre.toPoint());
        auto *menu = w.window->findChild<QObject *>(u"messageMenu"_s);
        QTRY_VERIFY(menu->property("opened").toBool());
        QCOMPARE(w.current(), 2);
        QVERIFY(row->property("selected").toBool());
        QVERIFY(!w.window->findChild<QQuickItem *>(u"retryMessageItem"_s)->isVisible());
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QTRY_VERIFY(w.field->hasActiveFocus());
        QVERIFY(!row->property("selected").toBool());
        QCOMPARE(w.main->property("currentPeer").toString(), Juliet);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // The links in a message are reached from its menu: each once, by keyboard, and a
    // deceptive one is asked about before it opens, as for a click.
    void messageMenuOpensItsLinks()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Mercutio, 1));
        // Links read on a dark bubble: their own light blue, none in Qt's default pure blue.
        const AppSettings::Theme theme = w.session.appSettings()->theme();
        w.session.appSettings()->setTheme(AppSettings::Theme::Dark);
        QQuickItem *text = nullptr;
        QTRY_VERIFY((text = findItem(w.list, u"bubbleText"_s)) && text->width() > 0);
        QTRY_VERIFY(linkPixels(w.window, text, QColor(0x53, 0xbd, 0xeb)) > 50);
        QCOMPARE(linkPixels(w.window, text, QColor(Qt::blue)), 0);
        w.session.appSettings()->setTheme(theme);
        QVERIFY(QMetaObject::invokeMethod(w.list, "select", Q_ARG(int, 0)));
        QTRY_VERIFY(w.list->hasActiveFocus());
        QTest::keyClick(w.window, Qt::Key_F10, Qt::ShiftModifier);
        auto *menu = w.window->findChild<QObject *>(u"messageMenu"_s);
        QTRY_VERIFY(menu->property("opened").toBool());
        QStringList texts;
        const auto items = w.window->findChildren<QQuickItem *>(u"openLinkItem"_s);
        for (const QQuickItem *item : items)
            texts << item->property("text").toString();
        texts.sort();
        QCOMPARE(texts,
            (QStringList {
                u"Open https://a.example/x"_s, u"Open https://xn--pple-43d.com/login"_s }));
        QQuickItem *highlighted = nullptr;
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(w.window, Qt::Key_Down);
            QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem *, highlighted),
                Q_ARG(int, menu->property("currentIndex").toInt()));
            if (highlighted && highlighted->property("text").toString().contains(u"xn--"))
                break;
        }
        QVERIFY(highlighted && highlighted->property("text").toString().contains(u"xn--"));
        QTest::keyClick(w.window, Qt::Key_Return);
        auto *dialog = w.window->findChild<QObject *>(u"linkConfirmDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("link").toString(), u"https://xn--pple-43d.com/login"_s);
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        // Opened again, the menu holds the links once, not once more.
        QVERIFY(QMetaObject::invokeMethod(w.list, "select", Q_ARG(int, 0)));
        QTest::keyClick(w.window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        QTRY_COMPARE(w.window->findChildren<QQuickItem *>(u"openLinkItem"_s).size(), 2);
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // "Open" on a program asks first, naming what it really is, and shows its name without the
    // override that disguised it.
    void openingAProgramAsksFirst()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Tybalt, 1));
        QQuickItem *name = nullptr;
        QTRY_VERIFY((name = findItem(w.list, u"documentName"_s)));
        QCOMPARE(name->property("text").toString(), u"invoicefdp.exe"_s);
        QVERIFY(QMetaObject::invokeMethod(w.list, "select", Q_ARG(int, 0)));
        QTRY_VERIFY(w.list->hasActiveFocus());
        QTest::keyClick(w.window, Qt::Key_F10, Qt::ShiftModifier);
        auto *menu = w.window->findChild<QObject *>(u"messageMenu"_s);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *open = w.window->findChild<QQuickItem *>(u"openFileItem"_s);
        QVERIFY(open && open->isVisible());
        QVERIFY(QMetaObject::invokeMethod(open, "triggered"));
        QObject *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window->findChild<QObject *>(u"openFileConfirmDialog"_s))
            && dialog->property("opened").toBool());
        const QString question = dialog->property("question").toString();
        QVERIFY2(question.contains(u"a Windows program (.exe)"_s), qPrintable(question));
        QVERIFY2(question.contains(u"“invoicefdp.exe”"_s), qPrintable(question));
        holdForScreenshots(w.session);
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // A click hands the page the link's target; the page asks about what the bubble shows.
    void clickedLinkIsJudgedOnItsText()
    {
        Test::QmlWarnings::clear();
        Window w(m_dir.path());
        QVERIFY(w.open(Benvolio, 1));
        QQuickItem *text = nullptr;
        QTRY_VERIFY((text = findItem(w.list, u"bubbleText"_s)) && text->width() > 0);
        const QString target = u"https://bank.example/login%E2%80%A6"_s;
        QVERIFY(QMetaObject::invokeMethod(text, "linkActivated", Q_ARG(QString, target)));
        auto *dialog = w.window->findChild<QObject *>(u"linkConfirmDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("link").toString(), target);
        holdForScreenshots(w.session);
        QTest::keyClick(w.window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMessageSelection)
#include "tst_messageselection.moc"
