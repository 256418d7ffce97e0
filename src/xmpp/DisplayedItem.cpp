#include "DisplayedItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

namespace {
const QString MdsNs = QStringLiteral("urn:xmpp:mds:displayed:0");
const QString SidNs = QStringLiteral("urn:xmpp:sid:0");

bool isDisplayed(const QDomElement &payload)
{
    return payload.tagName() == u"displayed" && payload.namespaceURI() == MdsNs;
}
} // namespace

DisplayedItem::DisplayedItem(const DisplayedPoint &point)
    : QXmppPubSubBaseItem(point.chat)
    , m_point(point)
{ }

DisplayedPoint DisplayedItem::point() const
{
    DisplayedPoint point = m_point;
    point.chat = id();
    return point;
}

bool DisplayedItem::isItem(const QDomElement &element)
{
    return QXmppPubSubBaseItem::isItem(element, isDisplayed);
}

void DisplayedItem::parsePayload(const QDomElement &payload)
{
    if (!isDisplayed(payload))
        return;
    for (QDomElement sid = payload.firstChildElement(QStringLiteral("stanza-id")); !sid.isNull();
         sid = sid.nextSiblingElement(QStringLiteral("stanza-id"))) {
        if (sid.namespaceURI() == SidNs) {
            m_point.stanzaId = sid.attribute(QStringLiteral("id"));
            m_point.by = sid.attribute(QStringLiteral("by"));
            return;
        }
    }
}

void DisplayedItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("displayed"));
    writer->writeDefaultNamespace(MdsNs);
    writer->writeStartElement(QStringLiteral("stanza-id"));
    writer->writeDefaultNamespace(SidNs);
    writer->writeAttribute(QStringLiteral("id"), m_point.stanzaId);
    writer->writeAttribute(QStringLiteral("by"), m_point.by);
    writer->writeEndElement();
    writer->writeEndElement();
}

} // namespace Natter
