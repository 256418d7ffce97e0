#include "PrivatePepNode.h"

#include "XmppLogging.h"

#include <QPromise>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppStanza.h>

namespace Natter {

namespace {
void finishWith(const std::shared_ptr<QPromise<bool>> &promise, bool ok)
{
    promise->addResult(ok);
    promise->finish();
}

bool isConflict(const QXmppError &error)
{
    const auto stanzaError = error.value<QXmppStanza::Error>();
    return stanzaError && stanzaError->condition() == QXmppStanza::Error::Conflict;
}
} // namespace

PrivatePepNode::PrivatePepNode(
    QXmppPubSubManager *pubsub, const QString &node, quint64 maxItems, QObject *parent)
    : QObject(parent)
    , m_pubsub(pubsub)
    , m_node(node)
    , m_maxItems(maxItems)
{ }

QFuture<bool> PrivatePepNode::publish(const Publish &publish)
{
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    publishWith(publish, !m_fullOptionsRefused, promise);
    return promise->future();
}

void PrivatePepNode::publishWith(
    const Publish &publish, bool allOptions, const std::shared_ptr<QPromise<bool>> &promise)
{
    QXmppPubSubPublishOptions options;
    options.setPersistItems(true);
    options.setAccessModel(QXmppPubSubNodeConfig::Allowlist);
    if (allOptions) {
        options.setMaxItems(QXmppPubSubNodeConfig::Max());
        options.setSendLastItem(QXmppPubSubNodeConfig::Never);
    }
    publish(options).then(
        this, [this, publish, allOptions, promise](QXmppPubSubManager::PublishItemResult &&r) {
            const auto *error = std::get_if<QXmppError>(&r);
            // ejabberd 23.01 refuses both as unknown fields. A conflict is a node with other
            // options: no plain retry, it could show the items to others.
            if (error && allOptions && !isConflict(*error)) {
                m_fullOptionsRefused = true;
                publishWith(publish, false, promise);
                return;
            }
            if (error) {
                qCWarning(lcXmpp) << m_node << "item not published:" << error->description;
                finishWith(promise, false);
            } else if (!allOptions && !m_configured) {
                configure(promise);
            } else {
                finishWith(promise, true);
            }
        });
}

void PrivatePepNode::configure(const std::shared_ptr<QPromise<bool>> &promise)
{
    // What the publish could not ask for; ejabberd's PEP nodes otherwise keep one item.
    QXmppPubSubNodeConfig config;
    config.setMaxItems(m_maxItems);
    config.setSendLastItem(QXmppPubSubNodeConfig::Never);
    config.setRetractNotificationsEnabled(true);
    m_pubsub->configureOwnPepNode(m_node, config)
        .then(this, [this, promise](QXmppPubSubManager::Result &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r))
                qCWarning(lcXmpp) << m_node << "node not configured:" << error->description;
            else
                m_configured = true;
            finishWith(promise, true);
        });
}

} // namespace Natter
