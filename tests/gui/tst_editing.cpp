// Editing our own messages (XEP-0308) in the real window: Up in an empty composer takes our
// last message into an "Editing" strip, Esc leaves it, Enter sends the new text and the bubble
// says "edited", to the eye and to a screen reader; "Edit" in the message menu does the same.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ConversationModel.h"
#include "HistoryService.h"
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
using Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
const QString Theirs = QStringLiteral("wherefore art thou Romeo?");
const QString Ours = QStringLiteral("a lettre for you");
const QString Fixed = QStringLiteral("a letter for you");
} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void shoot(AccountSession &session, QQuickWindow *window, const QString &name)
    {
        for (const auto &[theme, suffix] : { std::pair { AppSettings::Theme::Light, u"light"_s },
                 std::pair { AppSettings::Theme::Dark, u"dark"_s } }) {
            session.appSettings()->setTheme(theme);
            QTest::qWait(100); // a frame in the new colours
            Test::saveScreenshot(window, name + u'-' + suffix);
        }
        session.appSettings()->setTheme(AppSettings::Theme::Light);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(m_dir.path(), { { Juliet, u"Juliet"_s } });
        QVERIFY(account > 0);
        const QList<Test::SeedMessage> seed {
            { Juliet, Direction::Incoming, Theirs },
            { Juliet, Direction::Outgoing, Ours, DeliveryState::Sent },
        };
        QCOMPARE(Test::storeMessages(m_dir.path(), account, seed), seed.size());
    }

    void upEditsTheLastMessageAndTheBubbleSaysEdited()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QAbstractItemModel *messages = Test::openChat(window, Juliet, 2);
        QVERIFY(messages);
        QQuickItem *field = findItem(window->contentItem(), u"composerField"_s);
        QQuickItem *strip = findItem(window->contentItem(), u"editingStrip"_s);
        QVERIFY(field && strip);
        field->forceActiveFocus();
        QVERIFY(!strip->isVisible());

        // Up in the empty composer: our last message, to edit.
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_VERIFY(strip->isVisible());
        QCOMPARE(field->property("text").toString(), Ours);
        QVERIFY(field->hasActiveFocus());
        QCOMPARE(findItem(strip, u"editingText"_s)->property("text").toString(), Ours);
        QQuickItem *cancel = findItem(strip, u"cancelEditingButton"_s);
        QVERIFY(cancel);
        shoot(session, window, u"editing-strip"_s);

        // Esc leaves the edit (not the chat); the field is empty again.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!strip->isVisible());
        QTRY_COMPARE(field->property("text").toString(), QString());
        QCOMPARE(findItem(window->contentItem(), u"mainPage"_s)->property("currentPeer").toString(),
            Juliet);

        // Again, with a new text and Enter: the message changes in place.
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_VERIFY(strip->isVisible());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        Test::typeText(window, Fixed);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!strip->isVisible());
        QTRY_COMPARE(messages->index(0, 0).data(ConversationModel::BodyRole).toString(), Fixed);
        QVERIFY(messages->index(0, 0).data(ConversationModel::EditedRole).toBool());
        QCOMPARE(messages->rowCount(), 2);
        QTRY_COMPARE(field->property("text").toString(), QString());
        QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
        QQuickItem *bubble = nullptr;
        QTRY_VERIFY(QMetaObject::invokeMethod(
                        list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, bubble), Q_ARG(int, 0))
            && bubble);
        QTRY_VERIFY(findItem(bubble, u"bubbleEdited"_s)->isVisible());
        const QString spoken = [&] {
            for (QObject *o : bubble->children()) {
                if (QString::fromLatin1(o->metaObject()->className()).contains(u"Accessible"_s))
                    return o->property("name").toString();
            }
            return QString();
        }();
        QVERIFY2(spoken.contains(u"edited"_s), qPrintable(spoken));
        shoot(session, window, u"edited-bubble"_s);

        // "Edit" in its menu: offered for our message, not for Juliet's.
        auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
        QVERIFY(menu);
        list->setProperty("currentIndex", 1);
        QMetaObject::invokeMethod(list, "openMenu");
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *edit = window->findChild<QQuickItem *>(u"editMessageItem"_s);
        QVERIFY(edit);
        QVERIFY(!edit->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!menu->property("visible").toBool());
        list->setProperty("currentIndex", 0);
        QMetaObject::invokeMethod(list, "openMenu");
        QTRY_VERIFY(menu->property("opened").toBool());
        QVERIFY(edit->isVisible());
        QMetaObject::invokeMethod(edit, "triggered");
        QTRY_VERIFY(strip->isVisible());
        QCOMPARE(field->property("text").toString(), Fixed);
        QTRY_VERIFY(!menu->property("visible").toBool());
        QMetaObject::invokeMethod(cancel, "clicked");
        QTRY_VERIFY(!strip->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
