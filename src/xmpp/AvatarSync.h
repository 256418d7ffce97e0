#pragma once

#include "AvatarInfo.h"

#include <QObject>

class QXmppPubSubManager;
class QXmppVCardManager;

namespace Natter {

class Session;

// Avatars over the session: XEP-0084 through PEP, with the vCard photo (XEP-0153) as the
// fallback for reading and a second copy for older clients when publishing. Bytes come out
// undecoded; AvatarService decides whether they are an acceptable image.
class AvatarSync : public QObject
{
    Q_OBJECT

public:
    explicit AvatarSync(Session *session, QObject *parent = nullptr);

    // Each returns false when the session cannot send right now.
    // Publishes an already scaled, square PNG whose SHA-1 is info.hash.
    bool publish(const QByteArray &png, const AvatarInfo &info);
    // Asks what bareJid's avatar is (XEP-0084 metadata); answers with infoReceived.
    bool fetchInfo(const QString &bareJid);
    // Fetches the bytes of bareJid's avatar hash: from PEP, else from the vCard.
    bool fetch(const QString &bareJid, const QString &hash);

Q_SIGNALS:
    void published(const QString &hash);
    void publishFailed(const QString &reason);
    void infoReceived(const QString &bareJid, const Natter::AvatarInfo &info);
    void avatarReceived(const QString &bareJid, const QString &hash, const QByteArray &bytes);
    void avatarUnavailable(const QString &bareJid, const QString &hash);

private:
    void fetchFromVCard(const QString &bareJid, const QString &hash);
    void publishVCard(const QByteArray &png, const QString &hash);

    Session *m_session;
    QXmppPubSubManager *m_pubsub;
    QXmppVCardManager *m_vcards;
};

} // namespace Natter
