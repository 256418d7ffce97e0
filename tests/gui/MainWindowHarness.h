#pragma once

#include "Message.h"
#include "RegistrationForm.h"

#include <QList>
#include <QQmlApplicationEngine>
#include <QStringList>
#include <QVariantMap>

#include <utility>

class QQuickItem;
class QQuickWindow;
class QWindow;

namespace Natter {
class AccountSession;
}

class QAbstractItemModel;

namespace Natter::Test {

// Shared by the GUI tests: every warning Qt or QML prints is collected, so a test can insist on
// none. Natter's own log categories (e.g. "no keychain here") are the services' business.
class QmlWarnings
{
public:
    static void install();
    static void clear();
    static const QStringList &all();
};

// Loads the real Main.qml the way main.cpp does, with the Material style, and waits until its
// window is exposed; returns nullptr when it could not be shown. More initial properties of
// Main.qml (trayAvailable) go in extra.
QQuickWindow *loadMainWindow(
    QQmlApplicationEngine &engine, AccountSession &session, const QVariantMap &extra = {});

// Saves window as name.png in $NATTER_SCREENSHOTS when that is set, for a person to look at.
void saveScreenshot(QQuickWindow *window, const QString &name);

// The first item named objectName below root, searched through the visual tree: delegates of
// views and repeaters are visual children only, so QObject::findChild does not see them.
QQuickItem *findItem(QQuickItem *root, const QString &objectName);

// A profile in dir signed in as me@example.org (no password, so it never connects), with
// these people in its roster, all subscribed both ways. Returns the account's id, 0 on failure.
qint64 prepareProfile(
    const QString &dir, const QList<std::pair<QString, QString>> &jidsAndNames = {});

// One message of a seeded history.
struct SeedMessage
{
    QString peer;
    Direction direction = Direction::Incoming;
    QString body;
    DeliveryState state = DeliveryState::Read;
};

// Stores these messages, oldest first, a minute apart up to now and read, in the profile in
// dir (prepared by prepareProfile). A failed one fails "offline". Returns how many were stored.
qsizetype storeMessages(const QString &dir, qint64 accountId, const QList<SeedMessage> &seed);

// A server's sign-up form (a data form titled "Join us") with one field of every type, keyed by
// its type: intro, username, password, tos, color, topics, about, ocr, and a hidden FORM_TYPE.
RegistrationForm formWithEveryFieldType();

// Types text (plain ASCII) into whatever has the focus in window, key by key.
void typeText(QWindow *window, const QString &text);

// Activates window and opens the chat with peer, as a click on its row does. Returns the
// conversation's model once it shows rows messages; nullptr when that does not happen.
QAbstractItemModel *openChat(QQuickWindow *window, const QString &peer, int rows);

// A left click in the middle of item, as the person would make it.
void click(QQuickWindow *window, QQuickItem *item);

} // namespace Natter::Test
