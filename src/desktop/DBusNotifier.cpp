#include "DBusNotifier.h"

#include "DesktopLogging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QUrl>

namespace Natter {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
} // namespace

DBusNotifier::DBusNotifier(QObject *parent)
    : Notifier(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
        SLOT(handleAction(uint, QString)));
    bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
        SLOT(handleClosed(uint, uint)));
    // The spec lets a service show bodies as plain text; escaping would then show "&lt;".
    auto *watcher
        = new QDBusPendingCallWatcher(bus.asyncCall(QDBusMessage::createMethodCall(Service, Path,
                                          Interface, QStringLiteral("GetCapabilities"))),
            this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](auto *call) {
        const QDBusPendingReply<QStringList> reply = *call;
        if (reply.isValid())
            m_escape = reply.value().contains(QStringLiteral("body-markup"));
        call->deleteLater();
    });
}

bool DBusNotifier::isAvailable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const auto *busInterface = bus.interface();
    return busInterface->isServiceRegistered(Service).value()
        || busInterface->activatableServiceNames().value().contains(Service);
}

QString DBusNotifier::markupSafe(const QString &plainText)
{
    return plainText.toHtmlEscaped();
}

void DBusNotifier::show(const Notification &notification)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QString icon = notification.iconPath.isEmpty()
        ? QStringLiteral("im.natter.Natter")
        : QUrl::fromLocalFile(notification.iconPath).toString();
    const QVariantMap hints { { QStringLiteral("category"), QStringLiteral("im.received") },
        { QStringLiteral("desktop-entry"), QStringLiteral("im.natter.Natter") } };
    call << QCoreApplication::applicationName() << m_idByPeer.value(notification.peer) << icon
         << notification.title << (m_escape ? markupSafe(notification.body) : notification.body)
         << QStringList { DefaultAction, tr("Open") } << hints << -1;
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, peer = notification.peer](auto *pending) {
            const QDBusPendingReply<uint> reply = *pending;
            if (reply.isValid())
                m_idByPeer.insert(peer, reply.value());
            else
                qCDebug(lcDesktop) << "notification not shown:" << reply.error().message();
            pending->deleteLater();
        });
}

void DBusNotifier::withdraw(const QString &peer)
{
    const uint id = m_idByPeer.take(peer);
    if (id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        Service, Path, Interface, QStringLiteral("CloseNotification"));
    call << id;
    QDBusConnection::sessionBus().asyncCall(call);
}

void DBusNotifier::handleAction(uint id, const QString &actionKey)
{
    const QString peer = m_idByPeer.key(id);
    if (!peer.isEmpty() && actionKey == DefaultAction)
        Q_EMIT activated(peer);
}

void DBusNotifier::handleClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_idByPeer.remove(m_idByPeer.key(id));
}

} // namespace Natter
