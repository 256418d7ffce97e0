#include "NickSync.h"

#include "NickItem.h"
#include "PepEventExtension.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString NickNode = QStringLiteral("http://jabber.org/protocol/nick");

template <typename T> T *findOrAdd(QXmppClient *client)
{
    T *extension = client->findExtension<T>();
    return extension ? extension : client->addNewExtension<T>();
}

std::optional<QXmppStanza::Error::Condition> conditionOf(const QXmppError &error)
{
    if (const auto stanzaError = error.value<QXmppStanza::Error>())
        return stanzaError->condition();
    return std::nullopt;
}
} // namespace

NickSync::NickSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pubsub(findOrAdd<QXmppPubSubManager>(session->client()))
{
    // Entity caps come from the discovery manager: without it no server sends us notifications.
    findOrAdd<QXmppDiscoveryManager>(session->client());
    m_events = session->client()->addNewExtension<PepEventExtension>(
        NickNode, [this](const QString &publisher, const QDomElement &items) {
            handleEvent(publisher, items);
        });
}

NickSync::~NickSync()
{
    if (m_events)
        m_session->client()->removeExtension(m_events);
}

bool NickSync::publish(const QString &nick)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    // Open: a nick is meant for people who are not our contacts yet (XEP-0172 §4.5).
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubNodeConfig::Open);
    m_pubsub->publishOwnPepItem(NickNode, NickItem(nick), options)
        .then(this, [this, nick](QXmppPubSubManager::PublishItemResult &&r) {
            const auto *error = std::get_if<QXmppError>(&r);
            if (!error) {
                Q_EMIT published(nick);
                return;
            }
            // A node another client made with other options: publish into it as it is.
            if (conditionOf(*error) == QXmppStanza::Error::Conflict) {
                publishPlain(nick);
                return;
            }
            reportFailure(*error);
        });
    return true;
}

void NickSync::publishPlain(const QString &nick)
{
    m_pubsub->publishOwnPepItem(NickNode, NickItem(nick))
        .then(this, [this, nick](QXmppPubSubManager::PublishItemResult &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r))
                reportFailure(*error);
            else
                Q_EMIT published(nick);
        });
}

void NickSync::reportFailure(const QXmppError &error)
{
    const auto condition = conditionOf(error);
    const bool unsupported = condition == QXmppStanza::Error::FeatureNotImplemented
        || condition == QXmppStanza::Error::ServiceUnavailable;
    qCWarning(lcXmpp) << "nick not published:" << error.description;
    Q_EMIT publishFailed(unsupported, error.description);
}

bool NickSync::fetchOwn()
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    // Not requestOwnPepItems<T>: QXmpp 1.10 drops T there and parses base items.
    m_pubsub->requestItems<NickItem>(m_session->settings().jid.bare(), NickNode)
        .then(this, [this](QXmppPubSubManager::ItemsResult<NickItem> &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                if (conditionOf(*error) == QXmppStanza::Error::ItemNotFound)
                    Q_EMIT ownNickFetched({}, false);
                else
                    Q_EMIT fetchFailed(error->description);
                return;
            }
            const auto &items = std::get<QXmppPubSubManager::Items<NickItem>>(r).items;
            if (items.isEmpty())
                Q_EMIT ownNickFetched({}, false);
            else
                Q_EMIT ownNickFetched(items.constLast().nick(), true);
        });
    return true;
}

bool NickSync::fetch(const QString &bareJid)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    m_pubsub->requestItems<NickItem>(bareJid, NickNode)
        .then(this, [this, bareJid](QXmppPubSubManager::ItemsResult<NickItem> &&r) {
            if (const auto *items = std::get_if<QXmppPubSubManager::Items<NickItem>>(&r)) {
                Q_EMIT nickReceived(
                    bareJid, items->items.isEmpty() ? QString() : items->items.constLast().nick());
            } else if (conditionOf(std::get<QXmppError>(r)) == QXmppStanza::Error::ItemNotFound) {
                Q_EMIT nickReceived(bareJid, {});
            }
        });
    return true;
}

void NickSync::handleEvent(const QString &publisher, const QDomElement &items)
{
    // PEP events come from the publisher's bare JID; anything else is a forgery or a mistake.
    if (publisher.isEmpty() || publisher.contains(u'/')) {
        qCInfo(lcXmpp) << "nick event ignored, not from a bare JID:" << publisher;
        return;
    }
    const QString bareJid = publisher.toLower();
    if (!items.firstChildElement(QStringLiteral("retract")).isNull()) {
        Q_EMIT nickReceived(bareJid, {});
        return;
    }
    const QDomElement item = items.lastChildElement(QStringLiteral("item"));
    if (item.isNull() || !NickItem::isItem(item))
        return;
    NickItem nick;
    nick.parse(item);
    Q_EMIT nickReceived(bareJid, nick.nick());
}

} // namespace Natter
