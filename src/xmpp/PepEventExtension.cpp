#include "PepEventExtension.h"

#include <QDomElement>

namespace Natter {

PepEventExtension::PepEventExtension(const QString &node, const Handler &handler)
    : m_node(node)
    , m_handler(handler)
{ }

QStringList PepEventExtension::discoveryFeatures() const
{
    return { m_node + QStringLiteral("+notify") };
}

bool PepEventExtension::handlePubSubEvent(
    const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    if (nodeName != m_node)
        return false;
    const QDomElement event = element.firstChildElement(QStringLiteral("event"));
    const QDomElement items = event.firstChildElement(QStringLiteral("items"));
    if (!items.isNull())
        m_handler(pubSubService, items);
    return true;
}

} // namespace Natter
