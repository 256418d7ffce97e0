#include "ReactionStanza.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppUtils.h>

namespace Natter::ReactionStanza {

namespace {
const QString NsOccupantId = QStringLiteral("urn:xmpp:occupant-id:0");
const QString NsMucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
// A stanza's emoji list beyond this is cut before anything else looks at it; the real bound
// (ReactionSet::MaxEmojis) applies after duplicates and non-emoji are dropped.
constexpr int MaxRawEmojis = 200;
constexpr int MaxRefLength = 256;
} // namespace

std::optional<Content> read(const QXmppMessage &stanza)
{
    const auto reaction = stanza.reaction();
    if (!reaction)
        return std::nullopt;
    Content content;
    content.ref = reaction->messageId().left(MaxRefLength);
    const auto emojis = reaction->emojis();
    for (qsizetype i = 0; i < emojis.size() && i < MaxRawEmojis; ++i)
        content.emojis.append(emojis.at(i));
    return content;
}

void write(QXmppMessage &stanza, const QString &ref, const QStringList &emojis)
{
    QXmppMessageReaction reaction;
    reaction.setMessageId(ref);
    reaction.setEmojis(QVector<QString>(emojis.cbegin(), emojis.cend()));
    stanza.setReaction(reaction);
    stanza.addHint(QXmppMessage::Store);
}

QString roomIdentity(const QXmppMessage &stanza)
{
    QString realJid;
    for (const QXmppElement &extension : stanza.extensions()) {
        const QDomElement element = extension.sourceDomElement();
        if (element.tagName() == u"occupant-id" && element.namespaceURI() == NsOccupantId) {
            const QString id = element.attribute(QStringLiteral("id"));
            if (!id.isEmpty())
                return id.left(MaxRefLength);
        }
        if (element.tagName() == u"x" && element.namespaceURI() == NsMucUser) {
            const QString jid = element.firstChildElement(QStringLiteral("item"))
                                    .attribute(QStringLiteral("jid"));
            if (!jid.isEmpty())
                realJid = QXmppUtils::jidToBareJid(jid).toLower();
        }
    }
    return realJid;
}

Reaction personal(const QXmppMessage &stanza, const Content &content, const QString &ownBareJid)
{
    const QString fromBare = QXmppUtils::jidToBareJid(stanza.from()).toLower();
    const QString toBare = QXmppUtils::jidToBareJid(stanza.to()).toLower();
    // As for messages (see messageFromStanza): only a carbon of what another of our devices
    // sent, or our own stanza to someone else, is ours.
    const bool ours
        = fromBare == ownBareJid && (stanza.isCarbonForwarded() || toBare != ownBareJid);
    Reaction reaction;
    reaction.peer = ours ? toBare : fromBare;
    reaction.ref = content.ref;
    reaction.reactor = ours ? QString() : fromBare;
    reaction.emojis = content.emojis;
    const QDateTime stamp = stanza.stamp();
    reaction.timestamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    return reaction;
}

} // namespace Natter::ReactionStanza
