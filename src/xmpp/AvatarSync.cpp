#include "AvatarSync.h"

#include "AvatarDataItem.h"
#include "AvatarMetadataItem.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QCryptographicHash>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

namespace Natter {

namespace {
const QString DataNode = QStringLiteral("urn:xmpp:avatar:data");
const QString MetadataNode = QStringLiteral("urn:xmpp:avatar:metadata");

template <typename T> T *findOrAdd(QXmppClient *client)
{
    T *extension = client->findExtension<T>();
    return extension ? extension : client->addNewExtension<T>();
}
} // namespace

AvatarSync::AvatarSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pubsub(findOrAdd<QXmppPubSubManager>(session->client()))
    , m_vcards(findOrAdd<QXmppVCardManager>(session->client()))
{ }

bool AvatarSync::publish(const QByteArray &png, const AvatarInfo &info)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    // Data before metadata (XEP-0084 §4.1): a contact told about it must be able to fetch it.
    m_pubsub->publishOwnPepItem(DataNode, AvatarDataItem(info.hash, png))
        .then(this, [this, png, info](QXmppPubSubManager::PublishItemResult &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                Q_EMIT publishFailed(error->description);
                return;
            }
            m_pubsub->publishOwnPepItem(MetadataNode, AvatarMetadataItem(info))
                .then(this, [this, png, hash = info.hash](auto &&r2) {
                    if (const auto *error = std::get_if<QXmppError>(&r2)) {
                        Q_EMIT publishFailed(error->description);
                        return;
                    }
                    publishVCard(png, hash);
                });
        });
    return true;
}

void AvatarSync::publishVCard(const QByteArray &png, const QString &hash)
{
    const QString own = m_session->settings().jid.bare();
    // Keep the rest of the vCard: fetch it, change the photo, store it back.
    m_vcards->fetchVCard(own).then(this, [this, png, hash](auto &&r) {
        QXmppVCardIq vcard;
        if (auto *existing = std::get_if<QXmppVCardIq>(&r))
            vcard = *existing;
        vcard.setPhoto(png);
        vcard.setPhotoType(QStringLiteral("image/png"));
        m_vcards->setVCard(vcard).then(this, [this, hash](QXmppVCardManager::Result &&done) {
            // The PEP copy is what XEP-0084 clients read; a failed vCard copy only costs the old.
            if (const auto *error = std::get_if<QXmppError>(&done))
                qCWarning(lcXmpp) << "vCard avatar not stored:" << error->description;
            Q_EMIT published(hash);
        });
    });
}

bool AvatarSync::fetchInfo(const QString &bareJid)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    m_pubsub->requestItems<AvatarMetadataItem>(bareJid, MetadataNode)
        .then(this, [this, bareJid](QXmppPubSubManager::ItemsResult<AvatarMetadataItem> &&r) {
            const auto *items = std::get_if<QXmppPubSubManager::Items<AvatarMetadataItem>>(&r);
            if (!items || items->items.isEmpty())
                return;
            Q_EMIT infoReceived(bareJid, items->items.constLast().info());
        });
    return true;
}

bool AvatarSync::fetch(const QString &bareJid, const QString &hash)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    m_pubsub->requestItem<AvatarDataItem>(bareJid, DataNode, hash)
        .then(this, [this, bareJid, hash](QXmppPubSubManager::ItemResult<AvatarDataItem> &&r) {
            const auto *item = std::get_if<AvatarDataItem>(&r);
            if (item && !item->bytes().isEmpty()) {
                Q_EMIT avatarReceived(bareJid, hash, item->bytes());
                return;
            }
            fetchFromVCard(bareJid, hash);
        });
    return true;
}

void AvatarSync::fetchFromVCard(const QString &bareJid, const QString &hash)
{
    m_vcards->fetchVCard(bareJid).then(
        this, [this, bareJid, hash](QXmppVCardManager::VCardIqResult &&r) {
            const auto *vcard = std::get_if<QXmppVCardIq>(&r);
            if (!vcard || vcard->photo().isEmpty()) {
                Q_EMIT avatarUnavailable(bareJid, hash);
                return;
            }
            const QString actual = QString::fromLatin1(
                QCryptographicHash::hash(vcard->photo(), QCryptographicHash::Sha1).toHex());
            Q_EMIT avatarReceived(bareJid, actual, vcard->photo());
        });
}

} // namespace Natter
