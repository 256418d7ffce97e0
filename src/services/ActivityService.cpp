#include "ActivityService.h"

#include "IdleMonitor.h"
#include "LastActivitySync.h"
#include "PingSync.h"
#include "PresenceSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>
#include <QSettings>

namespace Natter {

namespace {
// Longer than any real absence we would show; anything beyond is a broken or hostile answer.
constexpr qint64 MaxPlausibleSeconds = 20LL * 365 * 24 * 3600;
// A resource idle for less than this counts as active.
constexpr qint64 IdleAfterSeconds = 60;
const QString ShareKey = QStringLiteral("privacy/shareLastSeen");
} // namespace

ActivityService::ActivityService(Session *session, const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_presenceSync(new PresenceSync(session, this))
    , m_lastActivity(new LastActivitySync(session, this))
    , m_ping(new PingSync(session, this))
    , m_idle(new IdleMonitor(this))
    , m_settingsPath(settingsPath)
    , m_share(QSettings(settingsPath, QSettings::IniFormat).value(ShareKey, true).toBool())
{
    m_lastActivity->setSharing(m_share);
    m_ping->setAllowed([this](const QString &jid) {
        return (!m_isContact || m_isContact(jid)) && !(m_isBlocked && m_isBlocked(jid));
    });
    m_lastActivity->setLastActiveSource([this] { return m_idle->lastActiveMs(); });
    connect(
        m_presenceSync, &PresenceSync::presenceReceived, this, &ActivityService::handlePresence);
    connect(
        m_presenceSync, &PresenceSync::presencesLost, this, &ActivityService::handleConnectionLost);
    connect(m_lastActivity, &LastActivitySync::lastActivityReceived, this,
        &ActivityService::handleLastActivity);
    connect(m_idle, &IdleMonitor::idleChanged, this, &ActivityService::sendOwnPresence);
    sendOwnPresence();
}

void ActivityService::setBlockedFilter(const std::function<bool(const QString &)> &isBlocked)
{
    m_isBlocked = isBlocked;
}

void ActivityService::setContactFilter(const std::function<bool(const QString &)> &isContact)
{
    m_isContact = isContact;
}

void ActivityService::setAllowedToAsk(const std::function<bool(const QString &)> &allowed)
{
    m_lastActivity->setAllowed(allowed);
}

void ActivityService::setShareLastSeen(bool share)
{
    m_share = share;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(ShareKey, share);
    m_lastActivity->setSharing(share);
    sendOwnPresence();
}

void ActivityService::setOwnPhotoHash(const QString &hash)
{
    m_ownPhotoHash = hash;
    sendOwnPresence();
}

void ActivityService::sendOwnPresence()
{
    // Sharing off: stay "online" while idle, since away would tell the same story.
    const bool idle = m_share && m_idle->isIdle();
    m_presenceSync->setOwnPresence(idle ? Availability::Away : Availability::Online,
        idle ? m_idle->lastActiveMs() : 0, m_ownPhotoHash);
}

void ActivityService::seedLastSeen(const QString &jid, qint64 ms)
{
    if (ms > m_lastSeen.value(jid))
        m_lastSeen.insert(jid, ms);
}

Activity ActivityService::activity(const QString &jid) const
{
    Activity result;
    const auto it = m_presences.constFind(jid);
    result.online = it != m_presences.cend() && it->isOnline();
    result.idleSinceMs = result.online ? it->best().idleSinceMs : 0;
    result.typing = m_typing.contains(jid);
    result.lastSeenMs = m_lastSeen.value(jid);
    return result;
}

Availability ActivityService::availability(const QString &jid) const
{
    const auto it = m_presences.constFind(jid);
    return it == m_presences.cend() ? Availability::Offline : it->best().availability;
}

void ActivityService::setTyping(const QString &jid, bool typing)
{
    if (typing == m_typing.contains(jid))
        return;
    if (typing)
        m_typing.insert(jid);
    else
        m_typing.remove(jid);
    Q_EMIT activityChanged(jid);
}

void ActivityService::forget(const QString &jid)
{
    m_presences.remove(jid);
    m_strangers.remove(jid);
    m_typing.remove(jid);
    Q_EMIT activityChanged(jid);
}

void ActivityService::handlePresence(const PresenceUpdate &update)
{
    if (m_isBlocked && m_isBlocked(update.bareJid))
        return;
    // A stranger's directed presence is no reason to tell them anything: asking for their idle
    // time would reveal our full JID and that we are online.
    const bool stranger = m_isContact && !m_isContact(update.bareJid);
    if (stranger && !m_strangers.contains(update.bareJid)) {
        if (update.presence.availability == Availability::Offline
            || m_strangers.size() >= MaxStrangers)
            return;
        m_strangers.insert(update.bareJid);
    } else if (!stranger) {
        // Seen before the roster named them (at start-up): a contact now.
        m_strangers.remove(update.bareJid);
    }
    PresenceSet &set = m_presences[update.bareJid];
    const bool wasOnline = set.isOnline();
    set.update(update.resource, update.presence);
    const QString fullJid = update.bareJid + u'/' + update.resource;
    if (update.presence.availability == Availability::Offline) {
        m_askedResources.remove(fullJid);
        // The last resource left: that moment is when they were last seen.
        if (wasOnline && !set.isOnline()) {
            m_typing.remove(update.bareJid);
            if (!stranger)
                learnLastSeen(update.bareJid, QDateTime::currentMSecsSinceEpoch());
        }
        if (stranger && !set.isOnline()) {
            m_presences.remove(update.bareJid);
            m_strangers.remove(update.bareJid);
        }
    } else if (!stranger && update.presence.idleSinceMs == 0
        && !m_askedResources.contains(fullJid)) {
        // No XEP-0319 idle: a resource may still answer XEP-0012 with its idle time.
        m_askedResources.insert(fullJid);
        m_lastActivity->query(fullJid);
    }
    if (update.hasPhotoUpdate)
        Q_EMIT photoHashAnnounced(update.bareJid, update.photoHash);
    Q_EMIT activityChanged(update.bareJid);
}

void ActivityService::handleLastActivity(const QString &jid, qint64 seconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto since = sinceFromSeconds(seconds, now);
    if (!since) {
        qCInfo(lcServices) << "ignoring an absurd Last Activity answer from" << jid << seconds;
        return;
    }
    const int slash = jid.indexOf(u'/');
    const QString bare = slash < 0 ? jid : jid.left(slash);
    if (m_isBlocked && m_isBlocked(bare))
        return;
    const auto it = m_presences.find(bare);
    if (slash < 0) {
        // The server answers 0 for an account that is online; its presence will tell more.
        if (seconds > 0 && (it == m_presences.end() || !it->isOnline()))
            learnLastSeen(bare, *since);
        return;
    }
    if (it == m_presences.end() || seconds < IdleAfterSeconds)
        return;
    ResourcePresence presence = it->best();
    presence.idleSinceMs = *since;
    it->update(jid.mid(slash + 1), presence);
    Q_EMIT activityChanged(bare);
}

std::optional<qint64> ActivityService::sinceFromSeconds(qint64 seconds, qint64 nowMs)
{
    if (seconds < 0 || seconds > MaxPlausibleSeconds)
        return std::nullopt;
    return nowMs - seconds * 1000;
}

void ActivityService::learnLastSeen(const QString &jid, qint64 ms)
{
    if (ms <= m_lastSeen.value(jid))
        return;
    m_lastSeen.insert(jid, ms);
    Q_EMIT lastSeenLearned(jid, ms);
    Q_EMIT activityChanged(jid);
}

void ActivityService::refreshLastSeen(const QStringList &jids)
{
    for (const QString &jid : jids)
        if (!activity(jid).online)
            m_lastActivity->query(jid);
}

void ActivityService::handleConnectionLost()
{
    // Our connection ended, not theirs: forget presence without inventing a "last seen".
    const QStringList jids = m_presences.keys();
    m_presences.clear();
    m_strangers.clear();
    m_typing.clear();
    m_askedResources.clear();
    for (const QString &jid : jids)
        Q_EMIT activityChanged(jid);
}

} // namespace Natter
