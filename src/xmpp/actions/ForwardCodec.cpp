#include "ForwardCodec.h"

#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppMessage.h>

#include <algorithm>

namespace Natter::ForwardCodec {

namespace {
const QString Tag = QStringLiteral("forwarded");
const QString Namespace = QStringLiteral("urn:natter:forwarded:0");
} // namespace

bool read(const QXmppMessage &stanza)
{
    const QXmppElementList extensions = stanza.extensions();
    return std::any_of(extensions.begin(), extensions.end(), [](const QXmppElement &e) {
        const QDomElement element = e.sourceDomElement();
        return element.tagName() == Tag && element.namespaceURI() == Namespace;
    });
}

void write(QXmppMessage &stanza, bool forwarded)
{
    if (!forwarded)
        return;
    QXmppElement mark;
    mark.setTagName(Tag);
    mark.setAttribute(QStringLiteral("xmlns"), Namespace);
    stanza.setExtensions(stanza.extensions() << mark);
}

} // namespace Natter::ForwardCodec
