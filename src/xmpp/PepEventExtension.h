#pragma once

#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

#include <functional>

namespace Natter {

// Receives the PEP notifications of one node for a *Sync class and advertises "node+notify"
// (XEP-0163 §4), so the server sends them to us at all. QXmppPubSubManager hands the events
// over; the client owns the extension, the *Sync class removes it when it goes away first.
// QXmppPubSubEventHandler lacks a virtual destructor; the client deletes us as a QObject.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
class PepEventExtension : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT

public:
    // publisher: the event's sender as the stream gave it; items: the <items/> element.
    using Handler = std::function<void(const QString &publisher, const QDomElement &items)>;

    PepEventExtension(const QString &node, const Handler &handler);

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(
        const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

private:
    QString m_node;
    Handler m_handler;
};
#pragma GCC diagnostic pop

} // namespace Natter
