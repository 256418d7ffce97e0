#include "IqHandlerExtension.h"

#include <QDomElement>

namespace Natter {

IqHandlerExtension::IqHandlerExtension(const QString &xmlns, const Handler &handler)
    : m_xmlns(xmlns)
    , m_handler(handler)
{ }

bool IqHandlerExtension::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != u"iq")
        return false;
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (type != u"get" && type != u"set")
        return false;
    if (stanza.firstChildElement().namespaceURI() != m_xmlns)
        return false;
    return m_handler(stanza);
}

} // namespace Natter
