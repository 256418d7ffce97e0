#include "NickItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

namespace {
const QString NickNs = QStringLiteral("http://jabber.org/protocol/nick");
}

// "current": a singleton node (XEP-0060 §12.20), so a new name replaces the old item.
NickItem::NickItem(const QString &nick)
    : QXmppPubSubBaseItem(QStringLiteral("current"))
    , m_nick(nick)
{ }

bool NickItem::isItem(const QDomElement &element)
{
    return QXmppPubSubBaseItem::isItem(element, [](const QDomElement &payload) {
        return payload.tagName() == u"nick" && payload.namespaceURI() == NickNs;
    });
}

void NickItem::parsePayload(const QDomElement &payload)
{
    if (payload.tagName() == u"nick" && payload.namespaceURI() == NickNs)
        m_nick = payload.text();
}

void NickItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("nick"));
    writer->writeDefaultNamespace(NickNs);
    writer->writeCharacters(m_nick);
    writer->writeEndElement();
}

} // namespace Natter
