#include "MucStanzas.h"

#include "FileShareCodec.h"
#include "MessageSync.h"
#include "MucSync.h"

#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

#include <algorithm>

namespace Natter::MucStanzas {

namespace {
const QString NsMucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
const QString NsOccupantId = QStringLiteral("urn:xmpp:occupant-id:0");
const QString NsConference = QStringLiteral("jabber:x:conference");

MucAffiliation affiliationOf(QXmppMucItem::Affiliation affiliation)
{
    switch (affiliation) {
    case QXmppMucItem::OutcastAffiliation:
        return MucAffiliation::Outcast;
    case QXmppMucItem::MemberAffiliation:
        return MucAffiliation::Member;
    case QXmppMucItem::AdminAffiliation:
        return MucAffiliation::Admin;
    case QXmppMucItem::OwnerAffiliation:
        return MucAffiliation::Owner;
    default:
        return MucAffiliation::None;
    }
}

MucRole roleOf(QXmppMucItem::Role role)
{
    switch (role) {
    case QXmppMucItem::VisitorRole:
        return MucRole::Visitor;
    case QXmppMucItem::ParticipantRole:
        return MucRole::Participant;
    case QXmppMucItem::ModeratorRole:
        return MucRole::Moderator;
    default:
        return MucRole::None;
    }
}

QString occupantIdOf(const QDomElement &stanza)
{
    const QDomElement element = stanza.firstChildElement(QStringLiteral("occupant-id"));
    return element.namespaceURI() == NsOccupantId ? element.attribute(QStringLiteral("id"))
                                                  : QString();
}

} // namespace

JoinFailure joinFailure(QXmppStanza::Error::Condition condition)
{
    using C = QXmppStanza::Error::Condition;
    switch (condition) {
    case C::NotAuthorized:
        return JoinFailure::PasswordRequired;
    case C::Conflict:
        return JoinFailure::NicknameTaken;
    case C::RegistrationRequired:
        return JoinFailure::MembersOnly;
    case C::Forbidden:
        return JoinFailure::Banned;
    case C::ItemNotFound:
        return JoinFailure::NotFound;
    case C::ServiceUnavailable:
        return JoinFailure::Full;
    case C::RemoteServerNotFound:
    case C::RemoteServerTimeout:
        return JoinFailure::Unreachable;
    default:
        return JoinFailure::Refused;
    }
}

Occupant occupant(const QXmppPresence &presence, const QDomElement &stanza)
{
    const QXmppMucItem item = presence.mucItem();
    Occupant occupant;
    occupant.nick = QXmppUtils::jidToResource(presence.from()).left(MucSync::MaxNickLength);
    occupant.realJid = QXmppUtils::jidToBareJid(item.jid()).toLower();
    occupant.occupantId = occupantIdOf(stanza);
    occupant.affiliation = affiliationOf(item.affiliation());
    occupant.role = roleOf(item.role());
    return occupant;
}
std::optional<Invitation> invitation(const QDomElement &message)
{
    const QString from = message.attribute(QStringLiteral("from"));
    for (QDomElement x = message.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        // XEP-0249: a direct invitation comes from the inviter and names the room.
        if (x.namespaceURI() == NsConference) {
            const QString room = QXmppUtils::jidToBareJid(x.attribute(QStringLiteral("jid")));
            if (room.isEmpty() || !room.contains(u'@'))
                return std::nullopt;
            return Invitation { room.toLower(), QXmppUtils::jidToBareJid(from).toLower(),
                x.attribute(QStringLiteral("reason")).left(MucSync::MaxSubjectLength),
                x.attribute(QStringLiteral("password")) };
        }
        // XEP-0045 7.8.2: a mediated one comes from the room itself, naming the inviter; an
        // occupant (a full JID) cannot send one.
        const QDomElement invite = x.firstChildElement(QStringLiteral("invite"));
        if (x.namespaceURI() == NsMucUser && !invite.isNull()) {
            if (!QXmppUtils::jidToResource(from).isEmpty() || !from.contains(u'@'))
                return std::nullopt;
            return Invitation { from.toLower(),
                QXmppUtils::jidToBareJid(invite.attribute(QStringLiteral("from"))).toLower(),
                invite.firstChildElement(QStringLiteral("reason"))
                    .text()
                    .left(MucSync::MaxSubjectLength),
                x.firstChildElement(QStringLiteral("password")).text() };
        }
    }
    return std::nullopt;
}

QXmppMessage displayed(const QString &stanzaId)
{
    QXmppMessage stanza;
    stanza.setMarker(QXmppMessage::Displayed);
    stanza.setMarkerId(stanzaId);
    stanza.addHint(QXmppMessage::Store);
    return stanza;
}

QXmppMessage chatState(ChatState state)
{
    QXmppMessage stanza;
    setChatState(stanza, state);
    return stanza;
}

QXmppMessage privateMessage(const QString &occupantJid, const QString &originId,
    const QString &body, const QList<Attachment> &attachments)
{
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(occupantJid);
    stanza.setId(originId);
    stanza.setOriginId(originId);
    stanza.setBody(body);
    FileShareCodec::write(stanza, attachments);
    QXmppElement x;
    x.setTagName(QStringLiteral("x"));
    x.setAttribute(QStringLiteral("xmlns"), NsMucUser);
    stanza.setExtensions({ x });
    return stanza;
}

bool isThroughRoom(const QXmppMessage &stanza)
{
    const QXmppElementList extensions = stanza.extensions();
    return std::any_of(extensions.cbegin(), extensions.cend(), [](const QXmppElement &e) {
        return e.tagName() == u"x" && e.attribute(QStringLiteral("xmlns")) == NsMucUser;
    });
}

} // namespace Natter::MucStanzas
