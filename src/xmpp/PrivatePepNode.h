#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QXmppPubSubManager.h>

#include <functional>
#include <memory>

class QXmppPubSubPublishOptions;
template <typename T> class QPromise;

namespace Natter {

// One of the account's own PEP nodes that holds private state for its other devices (XEP-0223):
// bookmarks (XEP-0402), read points (XEP-0490). Items are kept, visible to the account alone,
// many per node, and never pushed with presence. ejabberd 23.01 refuses max_items and
// send_last_published_item as publish-options, so without them the node is configured once after
// the first publish instead.
class PrivatePepNode : public QObject
{
    Q_OBJECT

public:
    using PublishTask = QXmppTask<QXmppPubSubManager::PublishItemResult>;
    // Publishes one item with the options given (QXmppPubSubManager::publishOwnPepItem).
    using Publish = std::function<PublishTask(const QXmppPubSubPublishOptions &options)>;

    PrivatePepNode(
        QXmppPubSubManager *pubsub, const QString &node, quint64 maxItems, QObject *parent);

    // True once the item is published (the node configured, where that was needed).
    QFuture<bool> publish(const Publish &publish);

private:
    void publishWith(
        const Publish &publish, bool allOptions, const std::shared_ptr<QPromise<bool>> &promise);
    void configure(const std::shared_ptr<QPromise<bool>> &promise);

    QXmppPubSubManager *m_pubsub;
    QString m_node;
    quint64 m_maxItems;
    bool m_fullOptionsRefused = false; // the server knows not all publish-options
    bool m_configured = false;
};

} // namespace Natter
