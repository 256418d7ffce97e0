#include "MdsSync.h"

#include "DisplayedItem.h"
#include "Jid.h"
#include "PepEventExtension.h"
#include "PrivatePepNode.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QPromise>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppStanza.h>

namespace Natter {

namespace {
const QString MdsNode = QStringLiteral("urn:xmpp:mds:displayed:0");

std::optional<QString> bareOnly(const QString &text)
{
    const auto jid = Jid::parse(text);
    if (!jid || !jid->resource().isEmpty())
        return std::nullopt;
    return jid->bare();
}
} // namespace

MdsSync::MdsSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pubsub(session->client()->findExtension<QXmppPubSubManager>())
{
    if (!m_pubsub)
        m_pubsub = session->client()->addNewExtension<QXmppPubSubManager>();
    m_node = new PrivatePepNode(m_pubsub, MdsNode, MaxItems, this);
    m_events = session->client()->addNewExtension<PepEventExtension>(
        MdsNode, [this](const QString &publisher, const QDomElement &items) {
            handleEvent(publisher, items);
        });
}

MdsSync::~MdsSync()
{
    if (m_events)
        m_session->client()->removeExtension(m_events);
}

std::optional<DisplayedPoint> MdsSync::tamed(const DisplayedPoint &raw)
{
    const auto chat = bareOnly(raw.chat);
    const auto by = bareOnly(raw.by);
    if (!chat || !by || raw.stanzaId.isEmpty() || raw.stanzaId.size() > MaxIdLength)
        return std::nullopt;
    return DisplayedPoint { *chat, raw.stanzaId, *by };
}

QFuture<bool> MdsSync::publish(const DisplayedPoint &point)
{
    const auto valid = tamed(point);
    if (!valid || m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(false);
    return m_node->publish(
        [this, item = DisplayedItem(*valid)](const QXmppPubSubPublishOptions &options) {
            return m_pubsub->publishOwnPepItem(MdsNode, item, options);
        });
}

QFuture<std::optional<QList<DisplayedPoint>>> MdsSync::fetch()
{
    using Result = std::optional<QList<DisplayedPoint>>;
    if (m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(Result());
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    m_pubsub->requestItems<DisplayedItem>(m_session->settings().jid.bare(), MdsNode)
        .then(this, [promise](QXmppPubSubManager::ItemsResult<DisplayedItem> &&r) {
            Result result;
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                const auto stanzaError = error->value<QXmppStanza::Error>();
                // No node yet: nothing was read anywhere, which is an answer too.
                if (stanzaError && stanzaError->condition() == QXmppStanza::Error::ItemNotFound)
                    result = QList<DisplayedPoint>();
                else
                    qCInfo(lcXmpp) << "read points not fetched:" << error->description;
            } else {
                QList<DisplayedPoint> points;
                for (const DisplayedItem &item : std::get<0>(r).items) {
                    if (points.size() >= MaxItems)
                        break;
                    if (const auto point = tamed(item.point()))
                        points.append(*point);
                }
                result = points;
            }
            promise->addResult(result);
            promise->finish();
        });
    return promise->future();
}

void MdsSync::handleEvent(const QString &publisher, const QDomElement &items)
{
    // Our read state lives in our own PEP service; anyone else's word about it is a forgery.
    if (bareOnly(publisher) != m_session->settings().jid.bare()) {
        qCInfo(lcXmpp) << "read point ignored, not from our own account";
        return;
    }
    int seen = 0;
    for (QDomElement child = items.firstChildElement(QStringLiteral("item"));
         !child.isNull() && seen < MaxItems;
         child = child.nextSiblingElement(QStringLiteral("item")), ++seen) {
        if (!DisplayedItem::isItem(child))
            continue;
        DisplayedItem item;
        item.parse(child);
        if (const auto point = tamed(item.point()))
            Q_EMIT displayed(*point);
    }
}

} // namespace Natter
