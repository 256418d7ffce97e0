#include "RosterRequestIq.h"

#include <QXmlStreamWriter>

namespace Natter {

void RosterRequestIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("query"));
    writer->writeDefaultNamespace(QStringLiteral("jabber:iq:roster"));
    writer->writeAttribute(QStringLiteral("ver"), m_version);
    writer->writeEndElement();
}

} // namespace Natter
