#pragma once

#include "AccountSession.h"

#include <QQmlApplicationEngine>
#include <QString>

class QQuickItem;
class QQuickWindow;

namespace Natter {

// The real Natter window for a UI benchmark's child process: Main.qml over an AccountSession on
// the profile, with the image://thumbnail provider registered as app/main.cpp does.
class BenchWindow
{
public:
    explicit BenchWindow(const QString &profileDir);

    // Loads Main.qml and waits until the chat list has rows and a frame is painted.
    bool showChatList();
    QQuickWindow *window() const { return m_window; }
    AccountSession &session() { return m_session; }
    QQuickItem *item(const QString &objectName) const;

    // Runs the event loop until the window has swapped a frame, or a second has passed.
    bool waitFrame();
    static QQuickItem *findItem(QQuickItem *root, const QString &name);
    // This process's resident memory now, in MB.
    static double rssMb();
    // CPU time this process has used so far, all threads, in ms.
    static double cpuMs();

private:
    AccountSession m_session;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace Natter
