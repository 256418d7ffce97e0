#pragma once

#include <QQmlApplicationEngine>
#include <QStringList>

class QQuickWindow;

namespace Natter {
class AccountSession;
}

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
// window is exposed; returns nullptr when it could not be shown.
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, AccountSession &session);

} // namespace Natter::Test
