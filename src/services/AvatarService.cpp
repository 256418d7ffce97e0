#include "AvatarService.h"

#include "AvatarCache.h"
#include "AvatarSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QSettings>

namespace Natter {

namespace {
const QString OwnHashKey = QStringLiteral("avatar/ownHash");
}

AvatarService::AvatarService(Session *session, const ProfilePaths &profile, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(new AvatarSync(session, this))
    , m_cache(new AvatarCache(profile.mediaCache() + QStringLiteral("/avatars"), this))
    , m_settingsPath(profile.settings())
    , m_ownHash(QSettings(m_settingsPath, QSettings::IniFormat).value(OwnHashKey).toString())
{
    connect(m_sync, &AvatarSync::infoReceived, this, &AvatarService::handleInfo);
    connect(m_sync, &AvatarSync::avatarReceived, this, &AvatarService::handleBytes);
    connect(m_sync, &AvatarSync::avatarUnavailable, this,
        [this](const QString &jid, const QString &hash) { m_inFlight.remove(jid + u' ' + hash); });
    connect(m_sync, &AvatarSync::published, this, &AvatarService::setOwnHash);
    connect(m_sync, &AvatarSync::publishFailed, this, &AvatarService::publishFailed);
}

QString AvatarService::pathFor(const QString &hash) const
{
    return m_cache->pathFor(hash);
}

void AvatarService::announce(const QString &jid, const QString &hash, const QString &knownHash)
{
    if (hash == knownHash && (hash.isEmpty() || !m_cache->pathFor(hash).isEmpty()))
        return;
    if (hash.isEmpty())
        Q_EMIT avatarChanged(jid, {});
    else
        fetch(jid, hash);
}

void AvatarService::refresh(const QStringList &jids)
{
    for (const QString &jid : jids)
        m_sync->fetchInfo(jid);
    m_sync->fetchInfo(m_session->settings().jid.bare());
}

void AvatarService::handleInfo(const QString &jid, const AvatarInfo &info)
{
    if (info.hash.isEmpty()) {
        adopt(jid, {});
        return;
    }
    // The metadata already tells an avatar we would refuse: do not fetch a byte of it.
    if (!AvatarCache::acceptsDeclared(info)) {
        qCInfo(lcServices) << "avatar of" << jid << "refused by its metadata:" << info.bytes
                           << "bytes," << info.width << "x" << info.height;
        return;
    }
    fetch(jid, info.hash);
}

void AvatarService::fetch(const QString &jid, const QString &hash)
{
    if (!m_cache->pathFor(hash).isEmpty()) {
        adopt(jid, hash);
        return;
    }
    const QString key = jid + u' ' + hash;
    if (m_inFlight.contains(key))
        return;
    if (m_sync->fetch(jid, hash))
        m_inFlight.insert(key);
}

void AvatarService::handleBytes(const QString &jid, const QString &hash, const QByteArray &bytes)
{
    m_inFlight.remove(jid + u' ' + hash);
    QString error;
    if (m_cache->store(hash, bytes, &error).isEmpty()) {
        qCInfo(lcServices) << "avatar of" << jid << "refused:" << error;
        return;
    }
    adopt(jid, hash);
}

void AvatarService::adopt(const QString &jid, const QString &hash)
{
    if (jid == m_session->settings().jid.bare()) {
        setOwnHash(hash);
        return;
    }
    Q_EMIT avatarChanged(jid, hash);
}

void AvatarService::setOwnHash(const QString &hash)
{
    if (hash == m_ownHash)
        return;
    m_ownHash = hash;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(OwnHashKey, hash);
    Q_EMIT ownAvatarChanged(hash);
}

bool AvatarService::setOwnAvatar(const QString &filePath, QString *error)
{
    const auto prepared = m_cache->prepareOwn(filePath, error);
    if (!prepared)
        return false;
    const auto &[png, info] = *prepared;
    if (m_cache->store(info.hash, png, error).isEmpty())
        return false;
    if (!m_sync->publish(png, info)) {
        *error = tr("Not connected. Try again when Natter is online.");
        return false;
    }
    return true;
}

} // namespace Natter
