#include "RetractCodec.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppFallback.h>
#include <QXmppMessage.h>

namespace Natter::RetractCodec {

namespace {
const QString NsRetract = QStringLiteral("urn:xmpp:message-retract:1");
const QString NsRetractLegacy = QStringLiteral("urn:xmpp:message-retract:0");
const QString NsFasten = QStringLiteral("urn:xmpp:fasten:0");
const QString NsModerate = QStringLiteral("urn:xmpp:message-moderate:1");
const QString NsModerateLegacy = QStringLiteral("urn:xmpp:message-moderate:0");

QDomElement child(const QDomElement &parent, const QString &tag, const QString &ns)
{
    for (QDomElement e = parent.firstChildElement(tag); !e.isNull();
         e = e.nextSiblingElement(tag)) {
        if (e.namespaceURI() == ns)
            return e;
    }
    return {};
}

std::optional<Retract> finish(Retract retract, const QDomElement &moderated, const QDomElement &in)
{
    if (retract.id.isEmpty() || retract.id.size() > MaxIdLength)
        return std::nullopt;
    if (!moderated.isNull()) {
        retract.moderated = true;
        retract.moderator = moderated.attribute(QStringLiteral("by")).left(MaxIdLength);
        // moderate:1 puts the reason in <retract/>, moderate:0 in <moderated/>.
        QString reason = in.firstChildElement(QStringLiteral("reason")).text();
        if (reason.isEmpty())
            reason = moderated.firstChildElement(QStringLiteral("reason")).text();
        retract.reason = reason.left(MaxReasonLength);
    }
    return retract;
}

// The retraction in one of the message's children, if it is one.
std::optional<Retract> fromChild(const QDomElement &e)
{
    if (e.tagName() == u"retract" && e.namespaceURI() == NsRetract) {
        Retract retract;
        retract.id = e.attribute(QStringLiteral("id"));
        return finish(retract, child(e, QStringLiteral("moderated"), NsModerate), e);
    }
    if (e.tagName() != u"apply-to" || e.namespaceURI() != NsFasten)
        return std::nullopt;
    Retract retract;
    retract.id = e.attribute(QStringLiteral("id"));
    if (!child(e, QStringLiteral("retract"), NsRetractLegacy).isNull())
        return finish(retract, {}, e);
    const QDomElement moderated = child(e, QStringLiteral("moderated"), NsModerateLegacy);
    if (!moderated.isNull()
        && !child(moderated, QStringLiteral("retract"), NsRetractLegacy).isNull())
        return finish(retract, moderated, moderated);
    return std::nullopt;
}
} // namespace

std::optional<Retract> read(const QDomElement &message)
{
    for (QDomElement e = message.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (auto retract = fromChild(e))
            return retract;
    }
    return std::nullopt;
}

std::optional<Retract> read(const QXmppMessage &stanza)
{
    const QXmppElementList extensions = stanza.extensions();
    for (const QXmppElement &extension : extensions) {
        if (auto retract = fromChild(extension.sourceDomElement()))
            return retract;
    }
    return std::nullopt;
}

void write(QXmppMessage &stanza, const QString &id)
{
    QXmppElement retract;
    retract.setTagName(QStringLiteral("retract"));
    retract.setAttribute(QStringLiteral("xmlns"), NsRetract);
    retract.setAttribute(QStringLiteral("id"), id);
    stanza.setExtensions(stanza.extensions() << retract);
    stanza.setBody(QCoreApplication::translate("RetractCodec",
        "This person deleted a message, but your app does not support message deletion."));
    stanza.setFallbackMarkers({ QXmppFallback(NsRetract, {}) });
    stanza.addHint(QXmppMessage::Store);
}

} // namespace Natter::RetractCodec
