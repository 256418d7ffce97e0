#include "CarbonGuard.h"

#include "XmppLogging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>

namespace Natter {

namespace {
const QString CarbonsNs = QStringLiteral("urn:xmpp:carbons:2");
} // namespace

bool CarbonGuard::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != u"message")
        return false;
    auto isCarbonWrapper = [&stanza](const QString &name) {
        const QDomElement child = stanza.firstChildElement(name);
        return !child.isNull() && child.namespaceURI() == CarbonsNs;
    };
    const bool isCarbon
        = isCarbonWrapper(QStringLiteral("sent")) || isCarbonWrapper(QStringLiteral("received"));
    if (!isCarbon)
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (from.isEmpty() || from == client()->configuration().jidBare())
        return false;
    ++m_dropped;
    qCWarning(lcXmpp) << "dropped a forged carbon from" << from;
    return true;
}

} // namespace Natter
