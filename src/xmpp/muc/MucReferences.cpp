#include "MucReferences.h"

#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppMessage.h>

namespace Natter::MucReferences {

namespace {
const QString NsReference = QStringLiteral("urn:xmpp:reference:0");

qsizetype index(const QXmppElement &element, const QString &name)
{
    bool ok = false;
    const qsizetype value = element.attribute(name).toLongLong(&ok);
    return ok ? value : -1;
}
} // namespace

QList<Mention> read(const QXmppMessage &stanza)
{
    QList<Mention> out;
    // Unknown children are kept by QXmpp as extensions, in document order.
    const QXmppElementList extensions = stanza.extensions();
    for (const QXmppElement &element : extensions) {
        if (out.size() >= Mentions::MaxPerMessage)
            break;
        if (element.tagName() != u"reference"
            || element.sourceDomElement().namespaceURI() != NsReference
            || element.attribute(QStringLiteral("type")) != u"mention")
            continue;
        out.append(Mention { index(element, QStringLiteral("begin")),
            index(element, QStringLiteral("end")), element.attribute(QStringLiteral("uri")),
            false });
    }
    return out;
}

void write(QXmppMessage &stanza, const QString &body, const QList<Mention> &mentions)
{
    QXmppElementList extensions = stanza.extensions();
    for (const Mention &m : Mentions::toCodePoints(body, mentions)) {
        QXmppElement reference;
        reference.setTagName(QStringLiteral("reference"));
        reference.setAttribute(QStringLiteral("xmlns"), NsReference);
        reference.setAttribute(QStringLiteral("type"), QStringLiteral("mention"));
        reference.setAttribute(QStringLiteral("begin"), QString::number(m.begin));
        reference.setAttribute(QStringLiteral("end"), QString::number(m.end));
        reference.setAttribute(QStringLiteral("uri"), m.uri);
        extensions.append(reference);
    }
    stanza.setExtensions(extensions);
}

} // namespace Natter::MucReferences
