#pragma once

#include "ProfilePaths.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace Natter {

class AvatarCache;
class AvatarSync;
class Session;
struct AvatarInfo;

// Decides which avatars to fetch and keep: a contact's announced hash (XEP-0153 presence or
// XEP-0084 metadata) is fetched once, checked by AvatarCache and shared by hash; our own is
// prepared from a file and published both ways.
class AvatarService : public QObject
{
    Q_OBJECT

public:
    // Caches under the profile's media cache and remembers our own hash in its settings.
    AvatarService(Session *session, const ProfilePaths &profile, QObject *parent = nullptr);

    QString pathFor(const QString &hash) const;
    QString ownHash() const { return m_ownHash; }

    // A presence named jid's avatar hash (empty: none).
    void announce(const QString &jid, const QString &hash, const QString &knownHash);
    // Asks for the current avatars of jids and of our own account.
    void refresh(const QStringList &jids);
    // Prepares and publishes our avatar; false with error when the file is unusable or we are
    // offline.
    bool setOwnAvatar(const QString &filePath, QString *error);

Q_SIGNALS:
    // hash empty: the contact has no avatar any more.
    void avatarChanged(const QString &jid, const QString &hash);
    void ownAvatarChanged(const QString &hash);
    void publishFailed(const QString &reason);

private:
    void handleInfo(const QString &jid, const AvatarInfo &info);
    void handleBytes(const QString &jid, const QString &hash, const QByteArray &bytes);
    void fetch(const QString &jid, const QString &hash);
    void adopt(const QString &jid, const QString &hash);
    void setOwnHash(const QString &hash);

    Session *m_session;
    AvatarSync *m_sync;
    AvatarCache *m_cache;
    QString m_settingsPath;
    QString m_ownHash;
    QSet<QString> m_inFlight; // "jid hash"
};

} // namespace Natter
