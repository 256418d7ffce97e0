#include "FocusChain.h"

#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Natter::Test {

namespace {
bool inheritsAny(const QObject *object, std::initializer_list<const char *> classNames)
{
    return std::any_of(classNames.begin(), classNames.end(),
        [object](const char *name) { return object->inherits(name); });
}

// A TapHandler or MouseArea that reacts to the left button makes its item clickable.
bool clickable(const QQuickItem *item)
{
    const QObjectList &children = item->children();
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

// The stops Tab visits, in order, until it wraps around; problem says why it stopped early.
QList<QQuickItem *> tabChain(QQuickWindow *window, QString &problem)
{
    QList<QQuickItem *> chain;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(window, Qt::Key_Tab);
        QQuickItem *focused = window->activeFocusItem();
        if (!focused) {
            problem = u"Tab left no item with the focus"_s;
            return chain;
        }
        if (!chain.isEmpty() && focused == chain.first())
            return chain;
        if (chain.contains(focused)) {
            problem
                = u"Tab is trapped: back to %1 without passing the start"_s.arg(describe(focused));
            return chain;
        }
        chain.append(focused);
    }
    problem = u"Tab never wrapped around"_s;
    return chain;
}
} // namespace

QString focusChainProblems(QQuickWindow *window, QQuickItem *root)
{
    QString problem;
    const QList<QQuickItem *> chain = tabChain(window, problem);
    if (!problem.isEmpty())
        return problem;

    QStringList outside;
    for (QQuickItem *stop : chain) {
        if (!root->isAncestorOf(stop))
            outside << describe(stop);
    }
    if (!outside.isEmpty())
        return u"Tab left the view for: "_s + outside.join(u", ");

    QList<QQuickItem *> operable;
    collectOperable(root, operable);
    if (operable.isEmpty())
        return u"Nothing to operate in the view"_s;
    QStringList missed;
    for (QQuickItem *item : std::as_const(operable)) {
        const bool reached = std::any_of(chain.cbegin(), chain.cend(),
            [item](QQuickItem *stop) { return stop == item || item->isAncestorOf(stop); });
        if (!reached)
            missed << describe(item);
    }
    if (!missed.isEmpty())
        return u"Not reachable by Tab: "_s + missed.join(u", ");

    QStringList unnamed;
    for (QQuickItem *stop : chain) {
        // A spin box hands its focus to its text, and speaks for it.
        QQuickItem *parent = stop->parentItem();
        const bool proxy = parent && parent->property("contentItem").value<QQuickItem *>() == stop;
        if (accessibleName(proxy ? parent : stop).isEmpty())
            unnamed << describe(stop);
    }
    if (!unnamed.isEmpty())
        return u"No accessible name: "_s + unnamed.join(u", ");
    return {};
}

QQuickItem *popupItem(QObject *popup)
{
    // A popup's content item sits directly in the item that holds its header and footer.
    auto *content = popup ? popup->property("contentItem").value<QQuickItem *>() : nullptr;
    return content ? content->parentItem() : nullptr;
}

QString popupFocusProblems(QQuickWindow *window, QObject *popup, QQuickItem *focusAfter)
{
    QQuickItem *item = popupItem(popup);
    if (!item || !QTest::qWaitFor([popup] { return popup->property("opened").toBool(); }))
        return u"The popup did not open"_s;
    QQuickItem *focused = window->activeFocusItem();
    if (!focused || !(focused == item || item->isAncestorOf(focused)))
        return u"The open popup has no focus; it is on %1"_s.arg(
            focused ? describe(focused) : u"nothing"_s);
    QString problems = focusChainProblems(window, item);
    if (!problems.isEmpty())
        return problems;
    QTest::keyClick(window, Qt::Key_Escape);
    if (!QTest::qWaitFor([popup] { return !popup->property("visible").toBool(); }))
        return u"Esc did not close the popup"_s;
    if (!QTest::qWaitFor([focusAfter] { return focusAfter->hasActiveFocus(); })) {
        focused = window->activeFocusItem();
        return u"After Esc the focus is on %1, not on %2"_s.arg(
            focused ? describe(focused) : u"nothing"_s, describe(focusAfter));
    }
    return {};
}

bool tabTo(QQuickWindow *window, QQuickItem *item)
{
    for (int i = 0; i < 30 && item && !item->hasActiveFocus(); ++i)
        QTest::keyClick(window, Qt::Key_Tab);
    return item && item->hasActiveFocus();
}

QQuickItem *pushedPage(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *page = nullptr;
    auto *stack = window->findChild<QQuickItem *>(u"pageStack"_s);
    if (!stack || !QTest::qWaitFor([&] {
            page = window->findChild<QQuickItem *>(objectName);
            return page && !stack->property("busy").toBool()
                && stack->property("currentItem").value<QQuickItem *>() == page;
        }))
        return nullptr;
    return page;
}

QQuickItem *openGroupInfo(QQuickWindow *window, QQuickItem *main)
{
    QQuickItem *header = nullptr;
    if (!QTest::qWaitFor([&] {
            header = findItem(main, u"conversationHeader"_s);
            return header && header->isVisible() && header->width() > 0;
        }))
        return nullptr;
    click(window, header);
    QQuickItem *page = pushedPage(window, u"groupInfoPage"_s);
    // Pushed and settled: what the test sees is the page, not the transition.
    if (!page || !QTest::qWaitFor([page] {
            return page->parentItem() && !page->parentItem()->property("busy").toBool();
        }))
        return nullptr;
    return page;
}

FocusFixture::FocusFixture() = default;
FocusFixture::~FocusFixture() = default;

bool FocusFixture::prepare()
{
    const qint64 account
        = prepareProfile(m_dir.path(), { { Juliet, u"Juliet"_s }, { Romeo, u"Romeo"_s } });
    const QList<SeedMessage> seed {
        { Juliet, Direction::Outgoing, u"line 0"_s },
        { Juliet, Direction::Incoming, u"line 1"_s },
        { Juliet, Direction::Outgoing, u"line 2"_s },
        { Juliet, Direction::Incoming, u"line 3"_s },
        { Juliet, Direction::Outgoing, u"line 4"_s, DeliveryState::Failed },
        { Romeo, Direction::Incoming, u"line 5"_s },
    };
    return account > 0 && storeMessages(m_dir.path(), account, seed) == seed.size();
}

QQuickWindow *FocusFixture::show(const QString &profileDir)
{
    const ProfilePaths paths(profileDir);
    if (!paths.ensureExists())
        return nullptr;
    m_session = std::make_unique<AccountSession>(paths);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow *window = loadMainWindow(*m_engine, *m_session);
    if (!window)
        return nullptr;
    window->resize(1100, 760);
    window->requestActivate();
    return QTest::qWaitForWindowActive(window) ? window : nullptr;
}

void FocusFixture::close()
{
    m_engine.reset();
    m_session.reset();
}

} // namespace Natter::Test
