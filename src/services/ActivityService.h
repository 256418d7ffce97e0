#pragma once

#include "Availability.h"
#include "LastSeenFormatter.h"
#include "PresenceSet.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace Natter {

class IdleMonitor;
class LastActivitySync;
class PingSync;
class PresenceSync;
class Session;
struct PresenceUpdate;

// Decides what is known about each contact's activity: presence per resource and the best one,
// idle time (XEP-0319, else XEP-0012 to the resource), last seen (XEP-0012 to the account when
// offline). Also sends our own presence, following idleness unless "share my last seen" is off.
class ActivityService : public QObject
{
    Q_OBJECT

public:
    // Keeps "share my last seen" in the profile's settings.
    ActivityService(Session *session, const QString &settingsPath, QObject *parent = nullptr);

    // Presence from JIDs for which isBlocked is true is dropped before anything sees it.
    void setBlockedFilter(const std::function<bool(const QString &)> &isBlocked);
    // Who may ask our resources for Last Activity (contacts that see our presence).
    void setAllowedToAsk(const std::function<bool(const QString &)> &allowed);
    // Who is no stranger (our roster, our own account): strangers are never asked anything, get
    // no answer to a ping, and only a bounded number of them have their presence kept.
    void setContactFilter(const std::function<bool(const QString &)> &isContact);
    // Strangers whose presence is kept now, at most MaxStrangers.
    qsizetype strangersTracked() const { return m_strangers.size(); }

    // A stranger's directed presence costs memory; a flood of them must not grow without end.
    static constexpr qsizetype MaxStrangers = 100;

    void setShareLastSeen(bool share);
    bool shareLastSeen() const { return m_share; }
    void setOwnPhotoHash(const QString &hash);
    IdleMonitor *idleMonitor() const { return m_idle; }

    // What we stored earlier, shown until something newer is learned.
    void seedLastSeen(const QString &jid, qint64 ms);
    Activity activity(const QString &jid) const;
    Availability availability(const QString &jid) const;
    void setTyping(const QString &jid, bool typing);
    // Asks the server when each of these offline contacts was last online.
    void refreshLastSeen(const QStringList &jids);
    // Forgets a contact's live presence (e.g. when they were blocked).
    void forget(const QString &jid);

    // The time a Last Activity answer of seconds means, or nothing when the value is absurd.
    static std::optional<qint64> sinceFromSeconds(qint64 seconds, qint64 nowMs);

Q_SIGNALS:
    void activityChanged(const QString &jid);
    void lastSeenLearned(const QString &jid, qint64 ms);
    // XEP-0153: the contact's presence names their avatar; empty hash: they have none.
    void photoHashAnnounced(const QString &jid, const QString &hash);

private:
    void handlePresence(const PresenceUpdate &update);
    void handleLastActivity(const QString &jid, qint64 seconds);
    void handleConnectionLost();
    void learnLastSeen(const QString &jid, qint64 ms);
    void sendOwnPresence();

    Session *m_session;
    PresenceSync *m_presenceSync;
    LastActivitySync *m_lastActivity;
    PingSync *m_ping;
    IdleMonitor *m_idle;
    std::function<bool(const QString &)> m_isBlocked;
    std::function<bool(const QString &)> m_isContact;
    // Bare JIDs of strangers whose presence is in m_presences.
    QSet<QString> m_strangers;
    QHash<QString, PresenceSet> m_presences;
    QHash<QString, qint64> m_lastSeen;
    QSet<QString> m_typing;
    // Resources asked for their idle time once (full JIDs), so a presence flood asks nothing.
    QSet<QString> m_askedResources;
    QString m_settingsPath;
    QString m_ownPhotoHash;
    bool m_share = true;
};

} // namespace Natter
