#include "AvatarDataItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

void AvatarDataItem::parsePayload(const QDomElement &payload)
{
    if (payload.namespaceURI() == u"urn:xmpp:avatar:data")
        m_bytes = QByteArray::fromBase64(payload.text().toLatin1());
}

void AvatarDataItem::serializePayload(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("data"));
    writer->writeDefaultNamespace(QStringLiteral("urn:xmpp:avatar:data"));
    writer->writeCharacters(QString::fromLatin1(m_bytes.toBase64()));
    writer->writeEndElement();
}

} // namespace Natter
