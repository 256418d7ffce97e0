#include "AvatarMetadataItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

void AvatarMetadataItem::parsePayload(const QDomElement &payload)
{
    if (payload.namespaceURI() != u"urn:xmpp:avatar:metadata")
        return;
    // An empty <metadata/> means "no avatar"; of several infos the PNG one is what we can show.
    for (auto info = payload.firstChildElement(QStringLiteral("info")); !info.isNull();
         info = info.nextSiblingElement(QStringLiteral("info"))) {
        if (!m_info.hash.isEmpty() && info.attribute(QStringLiteral("type")) != u"image/png")
            continue;
        m_info.hash = info.attribute(QStringLiteral("id")).toLower();
        m_info.bytes = info.attribute(QStringLiteral("bytes")).toLongLong();
        m_info.width = info.attribute(QStringLiteral("width")).toInt();
        m_info.height = info.attribute(QStringLiteral("height")).toInt();
        m_info.type = info.attribute(QStringLiteral("type"));
    }
}

void AvatarMetadataItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("metadata"));
    writer->writeDefaultNamespace(QStringLiteral("urn:xmpp:avatar:metadata"));
    if (!m_info.hash.isEmpty()) {
        writer->writeStartElement(QStringLiteral("info"));
        writer->writeAttribute(QStringLiteral("bytes"), QString::number(m_info.bytes));
        writer->writeAttribute(QStringLiteral("id"), m_info.hash);
        writer->writeAttribute(QStringLiteral("height"), QString::number(m_info.height));
        writer->writeAttribute(QStringLiteral("width"), QString::number(m_info.width));
        writer->writeAttribute(QStringLiteral("type"), m_info.type);
        writer->writeEndElement();
    }
    writer->writeEndElement();
}

} // namespace Natter
