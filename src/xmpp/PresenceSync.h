#pragma once

#include "Availability.h"
#include "PresenceSet.h"

#include <QObject>

class QXmppPresence;

namespace Natter {

class Session;

// One presence of one contact's resource, as plain values.
struct PresenceUpdate
{
    QString bareJid;
    QString resource;
    ResourcePresence presence;
    // XEP-0153: the SHA-1 of their avatar when the presence carries one; hasPhotoUpdate false
    // when the presence says nothing about avatars.
    bool hasPhotoUpdate = false;
    QString photoHash;
};

// Presence over the session: reports each contact resource's availability, idle time (XEP-0319)
// and avatar hash (XEP-0153), and sends our own. Subscription presences are RosterSync's.
class PresenceSync : public QObject
{
    Q_OBJECT

public:
    explicit PresenceSync(Session *session, QObject *parent = nullptr);

    // Our presence from now on, also after reconnecting. idleSinceMs 0: not idle, or not to be
    // told. photoHash empty: our avatar is not known here; the presence says nothing about it.
    void setOwnPresence(Availability availability, qint64 idleSinceMs, const QString &photoHash);

Q_SIGNALS:
    void presenceReceived(const Natter::PresenceUpdate &update);
    // Every resource went away with the connection: nothing we hold is current any more.
    void presencesLost();

private:
    void handlePresence(const QXmppPresence &presence);
    void sendOwnPresence();

    Session *m_session;
    bool m_haveOwn = false;
    Availability m_ownAvailability = Availability::Online;
    qint64 m_ownIdleSinceMs = 0;
    QString m_ownPhotoHash;
};

} // namespace Natter
