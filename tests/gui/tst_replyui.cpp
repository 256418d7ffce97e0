// Replies in the window: a reply's bubble quotes what it answers (author and one line, or why
// not), with an accessible name; Ctrl+R on a selected message, its menu entry or the bubble's
// button puts a reply strip over the composer, which Esc or its ✕ takes back. Screenshots of
// both, light and dark, go to $NATTER_SCREENSHOTS.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ConversationModel.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "Reactions.h"
#include "RetractionStore.h"

#include <QAccessible>
#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name) : QString();
}
// Every item named objectName below root, through the visual tree (delegates included).
void findAll(QQuickItem *root, const QString &objectName, QList<QQuickItem *> &found)
{
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == objectName)
            found.append(child);
        findAll(child, objectName, found);
    }
}

QStringList quoteNames(QQuickItem *list)
{
    QList<QQuickItem *> quotes;
    findAll(list, QStringLiteral("replyQuote"), quotes);
    QStringList names;
    for (QQuickItem *quote : std::as_const(quotes))
        names.append(accessibleName(quote));
    return names;
}
} // namespace

class TestReplyUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(m_dir.path(), { { Juliet, u"Juliet"_s } });
        QVERIFY(account > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto message
            = [&](Direction direction, const QString &body, const QString &id, qint64 minutesAgo) {
                  Message m;
                  m.accountId = account;
                  m.peer = Juliet;
                  m.sender = direction == Direction::Incoming ? Juliet : QString();
                  m.direction = direction;
                  m.body = body;
                  m.messageId = m.originId = id;
                  m.timestamp = now - minutesAgo * 60'000;
                  m.deliveryState = DeliveryState::Read;
                  m.read = true;
                  return m;
              };
        Message reply = message(Direction::Outgoing, u"Yes, at the usual place"_s, u"o2"_s, 2);
        reply.replyRef = u"j1"_s;
        reply.replyAuthor = Juliet;
        Message orphan = message(Direction::Incoming, u"and bring the cake"_s, u"j3"_s, 1);
        orphan.replyRef = u"gone-long-ago"_s;
        HistoryService history(ProfilePaths(m_dir.path()).database());
        auto stored = history.messages().insertMessages({
            message(Direction::Incoming, u"lunch at noon?"_s, u"j1"_s, 4),
            reply,
            orphan,
        });
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 3);
    }

    void replyBubbleAndComposerStrip()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QAbstractItemModel *messages = Test::openChat(window, Juliet, 3);
        QVERIFY(messages);

        // Row 1 is our answer to Juliet, row 0 hers to a message that is not here.
        QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
        QVERIFY(list);
        QTRY_VERIFY2(quoteNames(list).contains(u"Reply to Juliet: lunch at noon?"_s),
            qPrintable(quoteNames(list).join(u'|')));
        QTRY_VERIFY2(quoteNames(list).contains(u"Reply: Original message not found"_s),
            qPrintable(quoteNames(list).join(u'|')));

        // Ctrl+R on our selected message: the strip names it; Esc takes it back.
        QQuickItem *field = findItem(window->contentItem(), u"composerField"_s);
        QVERIFY(field);
        field->forceActiveFocus();
        // Up in the empty composer would edit our message (see tst_editing): select it directly.
        QMetaObject::invokeMethod(list, "selectLastOwn");
        QTRY_VERIFY(list->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
        QQuickItem *strip = findItem(window->contentItem(), u"replyStrip"_s);
        QVERIFY(strip);
        QTRY_VERIFY(strip->isVisible());
        QQuickItem *excerpt = findItem(strip, u"replyExcerpt"_s);
        QVERIFY(excerpt);
        QCOMPARE(excerpt->property("text").toString(), u"Yes, at the usual place"_s);
        QCOMPARE(findItem(strip, u"replyAuthor"_s)->property("text").toString(), u"You"_s);
        QTRY_VERIFY(field->hasActiveFocus());
        for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
            session.appSettings()->setTheme(theme);
            QTest::qWait(200); // the theme's repaint, for the picture only
            Test::saveScreenshot(
                window, theme == AppSettings::Theme::Light ? u"reply-light"_s : u"reply-dark"_s);
        }
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!strip->isVisible());
        QVERIFY(field->hasActiveFocus()); // Esc took the reply back, not the chat away

        // The message menu has Reply, and "Show the original" for a reply.
        QMetaObject::invokeMethod(list, "selectLastOwn");
        QTRY_VERIFY(list->hasActiveFocus());
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *original = window->findChild<QQuickItem *>(u"showOriginalItem"_s);
        QVERIFY(original && original->isVisible());
        auto *replyItem = window->findChild<QQuickItem *>(u"replyMessageItem"_s);
        QVERIFY(replyItem && replyItem->isVisible());
        Test::click(window, replyItem);
        QTRY_VERIFY(strip->isVisible());
        QQuickItem *cancel = findItem(strip, u"cancelReplyButton"_s);
        QVERIFY(cancel);
        Test::click(window, cancel);
        QTRY_VERIFY(!strip->isVisible());

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    // The README's picture of the actions together: a reply, reactions, an edited message and
    // one deleted for everyone, each as it is told to a screen reader too.
    void actionsTogether()
    {
        Test::QmlWarnings::clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 account = Test::prepareProfile(dir.path(), { { Juliet, u"Juliet"_s } });
        QVERIFY(account > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Message> seed;
        const QList<std::tuple<Direction, QString, QString>> lines {
            { Direction::Incoming, u"Dinner on Friday?"_s, u"j1"_s },
            { Direction::Outgoing, u"Yes! Where shall we go?"_s, u"o1"_s },
            { Direction::Incoming, u"Luigi's at seven"_s, u"j2"_s },
            { Direction::Incoming, u"the code for the door is 4711"_s, u"j3"_s },
            { Direction::Outgoing, u"Perfect, see you there"_s, u"o2"_s },
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto &[direction, body, id] = lines.at(i);
            Message m;
            m.accountId = account;
            m.peer = Juliet;
            m.sender = direction == Direction::Incoming ? Juliet : QString();
            m.direction = direction;
            m.body = body;
            m.messageId = m.originId = id;
            m.timestamp = now - (lines.size() - i) * 60'000;
            m.deliveryState = DeliveryState::Read;
            m.read = true;
            seed.append(m);
        }
        seed[1].replyRef = u"j1"_s;
        seed[1].replyAuthor = Juliet;
        QList<Message> stored;
        {
            HistoryService history(ProfilePaths(dir.path()).database());
            stored = history.messages().insertMessages(seed).result();
            QCOMPARE(stored.size(), seed.size());
            QVERIFY(history.messages().editMessage(stored[2].id, u"Luigi's at eight"_s).result());
            RetractionStore retractions(history.database(), history.messages());
            QVERIFY(retractions.retract(stored[3].id, RetractionStore::Outbox::None)
                        .result()
                        .has_value());
        }

        AccountSession session { ProfilePaths(dir.path()) };
        Reaction hers;
        hers.peer = Juliet;
        hers.ref = u"o1"_s;
        hers.reactor = Juliet;
        hers.emojis = { u"❤️"_s };
        hers.timestamp = now;
        session.reactions()->receive(hers);
        session.reactions()->toggle(stored[0].id, u"👍"_s);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QAbstractItemModel *messages = Test::openChat(window, Juliet, 5);
        QVERIFY(messages);
        QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
        QTRY_VERIFY(quoteNames(list).contains(u"Reply to Juliet: Dinner on Friday?"_s));
        QList<QQuickItem *> strips;
        QTRY_VERIFY((strips.clear(), findAll(list, u"reactionStrip"_s, strips),
            std::ranges::count_if(strips, [](QQuickItem *s) { return s->isVisible(); }) == 2));
        const int edited = messages->roleNames().key("edited");
        const int retracted = messages->roleNames().key("retracted");
        QVERIFY(messages->index(2, 0).data(edited).toBool());
        QVERIFY(messages->index(1, 0).data(retracted).toBool());
        for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
            session.appSettings()->setTheme(theme);
            QTest::qWait(200); // the theme's repaint, for the picture only
            Test::saveScreenshot(window,
                theme == AppSettings::Theme::Light ? u"message-actions-light"_s
                                                   : u"message-actions-dark"_s);
        }
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReplyUi)
#include "tst_replyui.moc"
