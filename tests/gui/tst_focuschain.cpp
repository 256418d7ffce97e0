// The whole app from the keyboard: on the chat list, an open conversation, the settings and the
// contact info page, Tab walks a chain that wraps around (no trap), reaches every control a
// mouse can operate there, and every stop has a name a screen reader can say.
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QAccessible>
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
const QString Juliet = u"juliet@example.org"_s;
const QString Romeo = u"romeo@example.org"_s;

bool inheritsAny(const QObject *object, std::initializer_list<const char *> classNames)
{
    return std::any_of(classNames.begin(), classNames.end(),
        [object](const char *name) { return object->inherits(name); });
}

// A TapHandler or MouseArea that reacts to the left button makes its item clickable.
bool clickable(const QQuickItem *item)
{
    const QObjectList children = item->children();
    return std::any_of(children.cbegin(), children.cend(), [](const QObject *child) {
        if (!inheritsAny(child, { "QQuickTapHandler", "QQuickMouseArea" })
            || !child->property("enabled").toBool())
            return false;
        return (child->property("acceptedButtons").toInt() & Qt::LeftButton) != 0;
    });
}

bool onScreen(const QQuickItem *item)
{
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return item->isVisible() && item->isEnabled() && scene.width() > 0 && scene.height() > 0
        && scene.intersects(QRectF(QPointF(0, 0), item->window()->size()));
}

// What a mouse can operate below root: controls, editable text, and clickable items. A list
// or grid is one stop (its rows move with the arrow keys), so its delegates are not counted.
void collectOperable(QQuickItem *root, QList<QQuickItem *> &found)
{
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *item : children) {
        if (!onScreen(item))
            continue;
        const bool editable
            = item->inherits("QQuickTextEdit") && !item->property("readOnly").toBool();
        // An empty list has nothing to operate.
        const bool list = item->inherits("QQuickItemView") && item->property("count").toInt() > 0;
        if (inheritsAny(item,
                { "QQuickAbstractButton", "QQuickTextInput", "QQuickComboBox", "QQuickSpinBox",
                    "QQuickSlider" })
            || list || editable || clickable(item))
            found.append(item);
        else
            collectOperable(item, found);
    }
}

QString describe(const QQuickItem *item)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(item->metaObject()->className()),
        item->objectName().isEmpty() ? item->property("text").toString() : item->objectName());
}

// Accessible.name, or a button's text, which Qt Quick Controls pass on as the name once a
// screen reader is active (never on the offscreen platform). A symbol such as ‹ is no name.
QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
    const QString text = item->property("text").toString();
    const bool wordy
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    return !name.isEmpty() || !item->inherits("QQuickAbstractButton") || !wordy ? name : text;
}
} // namespace

class TestFocusChain : public QObject
{
    Q_OBJECT

private:
    // Presses Tab until the focus comes back to where the chain started, then checks what it
    // reached below page against what a mouse can operate there.
    static void walk(QQuickWindow *window, QQuickItem *page)
    {
        QList<QQuickItem *> chain;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(window, Qt::Key_Tab);
            QQuickItem *focused = window->activeFocusItem();
            QVERIFY2(focused, "Tab left no item with the focus");
            if (!chain.isEmpty() && focused == chain.first())
                break;
            QVERIFY2(!chain.contains(focused),
                qPrintable(u"Tab is trapped: back to %1 without passing the start"_s.arg(
                    describe(focused))));
            chain.append(focused);
        }
        QVERIFY2(window->activeFocusItem() == chain.first(), "Tab never wrapped around");

        QList<QQuickItem *> operable;
        collectOperable(page, operable);
        QVERIFY(!operable.isEmpty());
        QStringList missed;
        for (QQuickItem *item : std::as_const(operable)) {
            const bool reached = std::any_of(chain.cbegin(), chain.cend(),
                [item](QQuickItem *stop) { return stop == item || item->isAncestorOf(stop); });
            if (!reached)
                missed << describe(item);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(u"Not reachable by Tab: "_s + missed.join(u", ")));

        QStringList unnamed;
        for (QQuickItem *stop : std::as_const(chain)) {
            // A spin box hands its focus to its text, and speaks for it.
            QQuickItem *parent = stop->parentItem();
            const bool proxy
                = parent && parent->property("contentItem").value<QQuickItem *>() == stop;
            if (accessibleName(proxy ? parent : stop).isEmpty())
                unnamed << describe(stop);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"No accessible name: "_s + unnamed.join(u", ")));
    }

    static QQuickItem *pushed(QQuickWindow *window, const QString &objectName)
    {
        QQuickItem *page = nullptr;
        auto *stack = window->findChild<QQuickItem *>(u"pageStack"_s);
        if (!QTest::qWaitFor([&] {
                page = window->findChild<QQuickItem *>(objectName);
                return page && !stack->property("busy").toBool()
                    && stack->property("currentItem").value<QQuickItem *>() == page;
            }))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account = Test::prepareProfile(
            m_dir.path(), { { Juliet, u"Juliet"_s }, { Romeo, u"Romeo"_s } });
        QVERIFY(account > 0);
        // Juliet's newest message is ours and failed, so its bubble has a Retry button.
        const QList<Test::SeedMessage> seed {
            { Juliet, Direction::Outgoing, u"line 0"_s },
            { Juliet, Direction::Incoming, u"line 1"_s },
            { Juliet, Direction::Outgoing, u"line 2"_s },
            { Juliet, Direction::Incoming, u"line 3"_s },
            { Juliet, Direction::Outgoing, u"line 4"_s, DeliveryState::Failed },
            { Romeo, Direction::Incoming, u"line 5"_s },
        };
        QCOMPARE(Test::storeMessages(m_dir.path(), account, seed), seed.size());
    }

    void init()
    {
        Test::QmlWarnings::clear();
        m_session = std::make_unique<AccountSession>(ProfilePaths(m_dir.path()));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_window = Test::loadMainWindow(*m_engine, *m_session);
        QVERIFY(m_window);
        m_window->resize(1100, 760);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTRY_VERIFY((m_main = findItem(m_window->contentItem(), u"mainPage"_s)));
        QTRY_VERIFY(findItem(m_main, u"chatRow"_s));
    }

    void cleanup()
    {
        m_engine.reset();
        m_session.reset();
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void chatList() { walk(m_window, m_main); }

    // The chat list is one stop: the arrows move along it and Enter opens the chat.
    void chatListWorksFromTheKeyboard()
    {
        auto *list = findItem(m_main, u"chatList"_s);
        QVERIFY(list);
        for (int i = 0; i < 10 && !list->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(list->hasActiveFocus());
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_main->property("currentPeer").toString(), Juliet);
    }

    void openConversation()
    {
        QVERIFY(
            QMetaObject::invokeMethod(m_main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0)));
        auto *messages = m_window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
        QTRY_COMPARE(messages->rowCount(), 5);
        QTRY_VERIFY(findItem(m_main, u"retryButton"_s));
        walk(m_window, m_main);
    }

    void settingsPage()
    {
        auto *item = m_window->findChild<QObject *>(u"settingsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = pushed(m_window, u"settingsPage"_s);
        QVERIFY(page);
        walk(m_window, page);
    }

    void contactInfoPage()
    {
        QVERIFY(
            QMetaObject::invokeMethod(m_main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0)));
        auto *header = findItem(m_main, u"conversationHeader"_s);
        QTRY_VERIFY(header && header->isVisible() && header->width() > 0);
        Test::click(m_window, header);
        QQuickItem *page = pushed(m_window, u"contactInfoPage"_s);
        QVERIFY(page);
        walk(m_window, page);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_main = nullptr;
};

QTEST_MAIN(TestFocusChain)
#include "tst_focuschain.moc"
