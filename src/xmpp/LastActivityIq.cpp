#include "LastActivityIq.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

namespace {
const QString LastNs = QStringLiteral("jabber:iq:last");
}

void LastActivityIq::parseElementFromChild(const QDomElement &element)
{
    const QDomElement query = element.firstChildElement(QStringLiteral("query"));
    if (query.namespaceURI() != LastNs)
        return;
    bool ok = false;
    const qint64 value = query.attribute(QStringLiteral("seconds")).toLongLong(&ok);
    if (ok)
        m_seconds = value;
}

void LastActivityIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("query"));
    writer->writeDefaultNamespace(LastNs);
    if (m_seconds)
        writer->writeAttribute(QStringLiteral("seconds"), QString::number(*m_seconds));
    writer->writeEndElement();
}

} // namespace Natter
