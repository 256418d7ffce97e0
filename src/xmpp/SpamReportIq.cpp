#include "SpamReportIq.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace Natter {

namespace {
const QString BlockingNs = QStringLiteral("urn:xmpp:blocking");
}

SpamReportIq::SpamReportIq(const QString &jid)
    : QXmppIq(QXmppIq::Set)
    , m_jid(jid)
{ }

void SpamReportIq::parseElementFromChild(const QDomElement &element)
{
    const QDomElement block = element.firstChildElement(QStringLiteral("block"));
    if (block.namespaceURI() == BlockingNs)
        m_jid = block.firstChildElement(QStringLiteral("item")).attribute(QStringLiteral("jid"));
}

void SpamReportIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    // XEP-0377 §3, example 1.
    writer->writeStartElement(QStringLiteral("block"));
    writer->writeDefaultNamespace(BlockingNs);
    writer->writeStartElement(QStringLiteral("item"));
    writer->writeAttribute(QStringLiteral("jid"), m_jid);
    writer->writeStartElement(QStringLiteral("report"));
    writer->writeDefaultNamespace(QString::fromLatin1(ReportingNs));
    writer->writeAttribute(QStringLiteral("reason"), QStringLiteral("urn:xmpp:reporting:spam"));
    writer->writeEndElement();
    writer->writeEndElement();
    writer->writeEndElement();
}

} // namespace Natter
