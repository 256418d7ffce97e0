#pragma once

#include "Contact.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QDomElement;
class QXmppPresence;

namespace Natter {

class IqHandlerExtension;
class Session;

// The roster (RFC 6121) and presence subscriptions over the session: fetches the roster with
// the cached version, applies roster pushes, and sends the subscription presences. Reports
// plain Contact values; what to keep and show is ContactService's decision.
class RosterSync : public QObject
{
    Q_OBJECT

public:
    explicit RosterSync(Session *session, QObject *parent = nullptr);
    ~RosterSync() override;

    // The version of the roster the caller has stored; sent with the next roster request.
    void setCachedVersion(const QString &version) { m_cachedVersion = version; }

    // Each returns false when the session cannot send right now.
    bool addItem(const QString &bareJid, const QString &name);
    bool updateItem(const Contact &contact);
    bool removeItem(const QString &bareJid);
    // nick: our name, sent along so they know who asks (XEP-0172 §4.2); empty sends none.
    bool subscribe(const QString &bareJid, const QString &nick = {});
    bool acceptSubscription(const QString &bareJid);
    bool refuseSubscription(const QString &bareJid);

Q_SIGNALS:
    // The complete roster, replacing whatever was stored.
    void rosterReceived(const QList<Natter::Contact> &contacts, const QString &version);
    // The server confirmed that the cached roster is current; pushes bring any change.
    void rosterUnchanged();
    void itemPushed(const Natter::Contact &contact, const QString &version);
    void itemRemoved(const QString &bareJid, const QString &version);
    // Someone asks to see our presence; nothing is added until the person accepts. nick is the
    // name they sent along, unsanitised.
    void subscriptionRequested(const QString &bareJid, const QString &text, const QString &nick);
    void requestFailed(const QString &bareJid, const QString &reason);

private:
    void requestRoster();
    bool handlePush(const QDomElement &iq);
    void handlePresence(const QXmppPresence &presence);
    bool sendItem(const Contact &contact, bool remove);
    bool sendSubscription(const QString &bareJid, int type, const QString &nick = {});

    Session *m_session;
    QPointer<IqHandlerExtension> m_pushes;
    QString m_cachedVersion;
};

} // namespace Natter
