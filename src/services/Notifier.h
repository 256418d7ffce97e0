#pragma once

#include <QObject>
#include <QString>

namespace Natter {

// One desktop notification: what the person sees, and the chat a click opens.
struct Notification
{
    QString peer; // the chat's bare JID; also the key a click reports back
    QString title; // the sender's name
    QString body; // plain text, never markup; backends escape it for their format
    QString iconPath; // the sender's cached avatar; empty when none
};

// Where notifications go: the desktop's notification service, the tray, or a test's recorder.
// NotificationService decides when; a Notifier only shows.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void show(const Notification &notification) = 0;
    // Takes back the chat's notification, if one is showing: the chat was read.
    virtual void withdraw(const QString &peer) { Q_UNUSED(peer) }

Q_SIGNALS:
    // The person clicked the notification for this chat.
    void activated(const QString &peer);
};

} // namespace Natter
