#include "IqHandlerExtension.h"

#include <QDomElement>

namespace Natter {

IqHandlerExtension::IqHandlerExtension(const QString &xmlns, const Handler &handler)
    : m_xmlns(xmlns)
    , m_handler(handler)
{ }

QXmppIq IqHandlerExtension::errorReply(
    const QDomElement &iq, QXmppStanza::Error::Condition condition)
{
    QXmppIq reply(QXmppIq::Error);
    reply.setId(iq.attribute(QStringLiteral("id")));
    reply.setTo(iq.attribute(QStringLiteral("from")));
    reply.setError(QXmppStanza::Error(QXmppStanza::Error::Cancel, condition));
    return reply;
}

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
