#include "ArchiveCollector.h"

#include "XmppLogging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString MamNs = QStringLiteral("urn:xmpp:mam:2");
const QString ForwardNs = QStringLiteral("urn:xmpp:forward:0");
const QString DelayNs = QStringLiteral("urn:xmpp:delay");
} // namespace

bool ArchiveCollector::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != u"message")
        return false;
    const QDomElement result = stanza.firstChildElement(QStringLiteral("result"));
    if (result.isNull() || result.namespaceURI() != MamNs)
        return false;

    const QString queryId = result.attribute(QStringLiteral("queryid"));
    const QString from = stanza.attribute(QStringLiteral("from"));
    const bool ownArchive = from.isEmpty() || from == client()->configuration().jidBare();
    auto pending = m_results.find(queryId);
    if (pending == m_results.end() || !ownArchive) {
        ++m_dropped;
        qCWarning(lcXmpp) << "dropped an archive result we did not ask for, from" << from;
        return true;
    }
    const QDomElement forwarded = result.firstChildElement(QStringLiteral("forwarded"));
    const QDomElement inner = forwarded.firstChildElement(QStringLiteral("message"));
    if (forwarded.namespaceURI() != ForwardNs || inner.isNull())
        return true;
    QXmppMessage message;
    message.parse(inner);
    const QDomElement delay = forwarded.firstChildElement(QStringLiteral("delay"));
    if (!delay.isNull() && delay.namespaceURI() == DelayNs)
        message.setStamp(QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp"))));
    pending->append({ result.attribute(QStringLiteral("id")), message });
    return true;
}

QList<std::pair<QString, QXmppMessage>> ArchiveCollector::take(const QString &queryId)
{
    return m_results.take(queryId);
}

} // namespace Natter
