#pragma once

#include <QQmlApplicationEngine>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace Natter {
class AccountSession;
}

namespace Natter::Test {

// Presses Tab in window until the focus comes back to where the chain started. Returns what is
// wrong with that chain, or an empty string: Tab left no item with the focus or trapped it, a
// stop lay outside root (a popup's chain must stay inside it), a control below root that a mouse
// can operate was never reached, or a stop has no name a screen reader can say.
QString focusChainProblems(QQuickWindow *window, QQuickItem *root);

// The item an open Popup, Dialog or Menu shows itself in: the root for focusChainProblems.
QQuickItem *popupItem(QObject *popup);

// For an open popup: the focus is inside it, its chain (checked as above) stays inside it, Esc
// closes it and the focus goes back to focusAfter. Returns what is wrong, or an empty string.
QString popupFocusProblems(QQuickWindow *window, QObject *popup, QQuickItem *focusAfter);

// Presses Tab until item has the focus; false if it never gets it.
bool tabTo(QQuickWindow *window, QQuickItem *item);

// The page named objectName once the window's page stack shows it and stands still, or nullptr.
QQuickItem *pushedPage(QQuickWindow *window, const QString &objectName);
// The group info page, opened as a person does with a click on the open group's header, once it
// has settled; nullptr when it does not come.
QQuickItem *openGroupInfo(QQuickWindow *window, QQuickItem *main);

// What the focus tests start from: a profile signed in as me@example.org with Juliet and Romeo
// in its roster, where Juliet's newest message is ours and failed (its bubble offers Retry).
class FocusFixture
{
public:
    static inline const QString Juliet = QStringLiteral("juliet@example.org");
    static inline const QString Romeo = QStringLiteral("romeo@example.org");

    FocusFixture();
    ~FocusFixture();

    bool prepare();
    QString profile() const { return m_dir.path(); }
    // The app on profileDir, active and large enough for both panes; nullptr if not shown.
    QQuickWindow *show(const QString &profileDir);
    QQuickWindow *show() { return show(profile()); }
    void close();
    AccountSession *session() const { return m_session.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

} // namespace Natter::Test
