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

// XEP-0045 status codes of someone leaving.
constexpr int StatusBanned = 301;
constexpr int StatusNickChanged = 303;
constexpr int StatusKicked = 307;
constexpr int StatusAffiliationChanged = 321;
constexpr int StatusMembersOnly = 322;

QDomElement mucUserItem(const QDomElement &stanza)
{
    for (QDomElement x = stanza.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        if (x.namespaceURI() == NsMucUser)
            return x.firstChildElement(QStringLiteral("item"));
    }
    return {};
}

MucAffiliation affiliationOf(const QString &affiliation)
{
    if (affiliation == u"outcast")
        return MucAffiliation::Outcast;
    if (affiliation == u"member")
        return MucAffiliation::Member;
    if (affiliation == u"admin")
        return MucAffiliation::Admin;
    if (affiliation == u"owner")
        return MucAffiliation::Owner;
    return MucAffiliation::None;
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

bool hasStatus(const QDomElement &stanza, int code)
{
    for (QDomElement x = stanza.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        if (x.namespaceURI() != NsMucUser)
            continue;
        for (QDomElement status = x.firstChildElement(QStringLiteral("status")); !status.isNull();
             status = status.nextSiblingElement(QStringLiteral("status"))) {
            if (status.attribute(QStringLiteral("code")).toInt() == code)
                return true;
        }
    }
    return false;
}

QString destroyReason(const QDomElement &presence)
{
    for (QDomElement x = presence.firstChildElement(QStringLiteral("x")); !x.isNull();
         x = x.nextSiblingElement(QStringLiteral("x"))) {
        const QDomElement destroy = x.firstChildElement(QStringLiteral("destroy"));
        if (x.namespaceURI() == NsMucUser && !destroy.isNull())
            return destroy.firstChildElement(QStringLiteral("reason")).text();
    }
    return {};
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

std::optional<RoomNotice> roomNotice(const QDomElement &message)
{
    const QString from = message.attribute(QStringLiteral("from"));
    if (!QXmppUtils::jidToResource(from).isEmpty())
        return std::nullopt; // an occupant cannot speak for the room
    QDomElement x = message.firstChildElement(QStringLiteral("x"));
    while (!x.isNull() && x.namespaceURI() != NsMucUser)
        x = x.nextSiblingElement(QStringLiteral("x"));
    if (x.isNull() || !x.firstChildElement(QStringLiteral("invite")).isNull())
        return std::nullopt;
    RoomNotice notice;
    // A room has a few dozen status codes; more than this is not a room talking.
    constexpr int MaxCodes = 16;
    for (QDomElement status = x.firstChildElement(QStringLiteral("status"));
         !status.isNull() && notice.codes.size() < MaxCodes;
         status = status.nextSiblingElement(QStringLiteral("status")))
        notice.codes.append(status.attribute(QStringLiteral("code")).toInt());
    const QDomElement item = x.firstChildElement(QStringLiteral("item"));
    if (!item.isNull() && item.hasAttribute(QStringLiteral("affiliation"))) {
        notice.hasItem = true;
        notice.affiliation = affiliationOf(item.attribute(QStringLiteral("affiliation")));
        notice.jid = QXmppUtils::jidToBareJid(item.attribute(QStringLiteral("jid"))).toLower();
        notice.nick = item.attribute(QStringLiteral("nick")).left(MucSync::MaxNickLength);
        if (notice.jid.isEmpty() && notice.nick.isEmpty())
            notice.hasItem = false;
    }
    return notice;
}

QString actorNick(const QDomElement &presence)
{
    return mucUserItem(presence)
        .firstChildElement(QStringLiteral("actor"))
        .attribute(QStringLiteral("nick"))
        .left(MucSync::MaxNickLength);
}

SystemEvent presenceEvent(const Occupant &before, const QXmppPresence &presence,
    const QDomElement &stanza, const QString &ownNick)
{
    using T = SystemEvent::Type;
    const QList<int> codes = presence.mucStatusCodes();
    const Occupant now = occupant(presence, stanza);
    SystemEvent event;
    event.target = now.nick;
    event.targetJid = now.realJid.isEmpty() ? before.realJid : now.realJid;
    event.actor = actorNick(stanza);
    event.actorIsSelf = !event.actor.isEmpty() && event.actor == ownNick;
    if (presence.type() == QXmppPresence::Unavailable) {
        if (codes.contains(StatusNickChanged))
            return {};
        if (codes.contains(StatusBanned))
            event.type = T::Banned;
        else if (codes.contains(StatusKicked))
            event.type = T::Kicked;
        else if (codes.contains(StatusAffiliationChanged) || codes.contains(StatusMembersOnly))
            event.type = T::Removed;
        else
            event.addPresence(now.nick, false);
    } else if (before.nick.isEmpty()) {
        event.addPresence(now.nick, true);
    } else {
        event.type = affiliationChange(before.affiliation, now.affiliation);
    }
    if (event.type == T::None && event.joinedCount + event.leftCount > 0)
        event.type = T::Presence;
    return event;
}

SystemEvent noticeEvent(const RoomNotice &notice, const QString &ownJid)
{
    SystemEvent event;
    if (!notice.hasItem)
        return event;
    event.type = notice.affiliation == MucAffiliation::None
        ? SystemEvent::Type::Removed
        : affiliationChange(MucAffiliation::None, notice.affiliation);
    event.target = notice.nick.isEmpty() ? notice.jid : notice.nick;
    event.targetJid = notice.jid;
    event.targetIsSelf = !notice.jid.isEmpty() && notice.jid == ownJid;
    return event;
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
