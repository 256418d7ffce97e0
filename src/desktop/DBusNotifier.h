#pragma once

#include "Notifier.h"

#include <QHash>

namespace Natter {

// Shows notifications through the desktop's org.freedesktop.Notifications service over the
// session bus (Linux and the BSDs). One notification per chat, replaced by the next.
class DBusNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit DBusNotifier(QObject *parent = nullptr);

    // False without a session bus or a notification service (a server, a bare X session).
    static bool isAvailable();

    void show(const Notification &notification) override;
    void withdraw(const QString &peer) override;

    // The body as the service's markup shows it literally: <, > and & escaped.
    static QString markupSafe(const QString &plainText);

private Q_SLOTS:
    void handleAction(uint id, const QString &actionKey);
    void handleClosed(uint id, uint reason);

private:
    QHash<QString, uint> m_idByPeer;
    bool m_escape = true; // until the service says it shows no markup
};

} // namespace Natter
