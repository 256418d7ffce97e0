#include "MucSync.h"

#include "FileShareCodec.h"
#include "ForwardCodec.h"
#include "MessageSync.h"
#include "MessageTime.h"
#include "MucReferences.h"
#include "MucStanzas.h"
#include "PrivatePeer.h"
#include "ReactionStanza.h"
#include "ReplyCodec.h"
#include "RetractCodec.h"
#include "Session.h"
#include "StanzaFilterExtension.h"
#include "XmppLogging.h"

#include <QDateTime>
#include <QDomElement>
#include <QPromise>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString NsMuc = QStringLiteral("http://jabber.org/protocol/muc");

// XEP-0045 status codes.
constexpr int StatusConfigChanged = 104;
constexpr int StatusSelf = 110;
constexpr int StatusCreated = 201;
constexpr int StatusBanned = 301;
constexpr int StatusNickChanged = 303;
constexpr int StatusKicked = 307;
constexpr int StatusAffiliationChanged = 321;
constexpr int StatusMembersOnly = 322;
constexpr int StatusShutdown = 332;
// Subject changes we wait for an answer to, at most; older ids are forgotten.
constexpr int MaxPendingSubjects = 32;

JoinResult failedJoin(JoinFailure failure)
{
    return JoinResult { failure, joinFailureText(failure), false, {} };
}

} // namespace

QString joinFailureText(JoinFailure failure)
{
    switch (failure) {
    case JoinFailure::None:
        return {};
    case JoinFailure::PasswordRequired:
        return MucSync::tr("This group needs a password.");
    case JoinFailure::NicknameTaken:
        return MucSync::tr("Someone in this group already uses that nickname. Choose another.");
    case JoinFailure::MembersOnly:
        return MucSync::tr("Only members can enter this group. Ask an admin to add you.");
    case JoinFailure::Banned:
        return MucSync::tr("You are banned from this group.");
    case JoinFailure::NotFound:
        return MucSync::tr("This group does not exist.");
    case JoinFailure::Full:
        return MucSync::tr("This group is full.");
    case JoinFailure::Unreachable:
        return MucSync::tr("The group's server cannot be reached.");
    case JoinFailure::TimedOut:
        return MucSync::tr("The group did not answer. Try again later.");
    case JoinFailure::Refused:
        return MucSync::tr("The group refused to let you in.");
    }
    return {};
}

MucSync::MucSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // First in line: a room's presence and messages never reach the one-to-one pipeline.
    m_filter = new StanzaFilterExtension([this](const QDomElement &e) { return take(e); });
    session->client()->insertExtension(0, m_filter);
    connect(session, &Session::disconnected, this, [this] {
        m_offlineSinceMs = QDateTime::currentMSecsSinceEpoch();
        // A new session is outside every room; a resumed one never reports disconnected.
        const QStringList rooms = m_rooms.keys();
        for (const QString &room : rooms) {
            Room &entry = m_rooms[room];
            entry.joined = false;
            entry.subjectSeen = false;
            entry.occupants.clear();
            if (entry.joining)
                finishJoin(room, failedJoin(JoinFailure::Unreachable));
        }
    });
}

MucSync::~MucSync()
{
    for (auto it = m_rooms.begin(); it != m_rooms.end(); ++it) {
        if (it->joining) {
            it->joining->addResult(failedJoin(JoinFailure::Refused));
            it->joining->finish();
        }
    }
    if (m_filter)
        m_session->client()->removeExtension(m_filter);
}

QFuture<JoinResult> MucSync::join(const QString &room, const QString &nick, const QString &password)
{
    auto promise = std::make_shared<QPromise<JoinResult>>();
    promise->start();
    const QString roomJid = room.toLower();
    Room &entry = m_rooms[roomJid];
    if (entry.joined) {
        promise->addResult(JoinResult { JoinFailure::None, {}, false, entry.nick });
        promise->finish();
        return promise->future();
    }
    if (entry.joining) {
        entry.joining->addResult(failedJoin(JoinFailure::Refused));
        entry.joining->finish();
    }
    entry.nick = nick.left(MaxNickLength);
    entry.joining = promise;
    entry.attempt = ++m_lastAttempt;

    // No history through the room: the room's archive (MAM) is where catching up comes from.
    QXmppElement history;
    history.setTagName(QStringLiteral("history"));
    history.setAttribute(QStringLiteral("maxstanzas"), QStringLiteral("0"));
    QXmppElement x;
    x.setTagName(QStringLiteral("x"));
    x.setAttribute(QStringLiteral("xmlns"), NsMuc);
    x.appendChild(history);
    if (!password.isEmpty()) {
        QXmppElement secret;
        secret.setTagName(QStringLiteral("password"));
        secret.setValue(password);
        x.appendChild(secret);
    }
    QXmppPresence presence;
    presence.setTo(roomJid + u'/' + entry.nick);
    presence.setExtensions({ x });
    if (m_session->state() != ConnectionState::Connected) {
        finishJoin(roomJid, failedJoin(JoinFailure::Unreachable));
        return promise->future();
    }
    m_session->client()->send(std::move(presence));
    QTimer::singleShot(JoinTimeoutMs, this, [this, roomJid, attempt = entry.attempt] {
        const auto it = m_rooms.constFind(roomJid);
        if (it == m_rooms.cend() || it->attempt != attempt || !it->joining)
            return;
        // Say we are gone, so a room that answers late does not keep us half-joined.
        QXmppPresence gone(QXmppPresence::Unavailable);
        gone.setTo(roomJid + u'/' + it->nick);
        m_session->client()->send(std::move(gone));
        finishJoin(roomJid, failedJoin(JoinFailure::TimedOut));
    });
    return promise->future();
}

void MucSync::leave(const QString &room)
{
    const QString roomJid = room.toLower();
    const auto it = m_rooms.constFind(roomJid);
    if (it == m_rooms.cend())
        return;
    QXmppPresence gone(QXmppPresence::Unavailable);
    gone.setTo(roomJid + u'/' + it->nick);
    if (m_session->state() == ConnectionState::Connected)
        m_session->client()->send(std::move(gone));
    if (it->joining)
        finishJoin(roomJid, failedJoin(JoinFailure::Refused));
    m_rooms.remove(roomJid);
}

bool MucSync::isJoined(const QString &room) const
{
    const auto it = m_rooms.constFind(room.toLower());
    return it != m_rooms.cend() && it->joined;
}

QString MucSync::nick(const QString &room) const
{
    return m_rooms.value(room.toLower()).nick;
}

QList<Occupant> MucSync::occupants(const QString &room) const
{
    const auto it = m_rooms.constFind(room.toLower());
    return it == m_rooms.cend() ? QList<Occupant>() : it->occupants.occupants();
}

Occupant MucSync::self(const QString &room) const
{
    return m_rooms.value(room.toLower()).self;
}

bool MucSync::send(const QString &room, const Message &message, bool markable)
{
    QXmppMessage stanza;
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    ReplyCodec::write(stanza, message);
    stanza.setReplaceId(message.correctsRef); // XEP-0308: our origin-id for the original
    MucReferences::write(stanza, stanza.body(), ReplyCodec::shifted(message.mentions, message));
    FileShareCodec::write(stanza, message.attachments);
    ForwardCodec::write(stanza, message.forwarded);
    stanza.setMarkable(markable);
    return sendToRoom(room, std::move(stanza));
}

bool MucSync::sendDisplayed(const QString &room, const QString &stanzaId)
{
    return sendToRoom(room, MucStanzas::displayed(stanzaId));
}

bool MucSync::sendChatState(const QString &room, ChatState state)
{
    return sendToRoom(room, MucStanzas::chatState(state));
}

bool MucSync::setSubject(const QString &room, const QString &subject)
{
    QXmppMessage stanza;
    const QString id = QXmppUtils::generateStanzaHash();
    stanza.setId(id);
    stanza.setSubject(subject.left(MaxSubjectLength));
    if (!sendToRoom(room, std::move(stanza)))
        return false;
    if (m_subjectIds.size() >= MaxPendingSubjects)
        m_subjectIds.clear();
    m_subjectIds.insert(id);
    return true;
}

bool MucSync::sendToRoom(const QString &room, QXmppMessage &&stanza)
{
    if (m_session->state() != ConnectionState::Connected || !isJoined(room))
        return false;
    stanza.setType(QXmppMessage::GroupChat);
    stanza.setTo(room.toLower());
    m_session->client()->send(std::move(stanza));
    return true;
}

bool MucSync::take(const QDomElement &stanza)
{
    const QString tag = stanza.tagName();
    if (tag != u"presence" && tag != u"message")
        return false;
    // A page of the room's archive is the archive reader's (ArchiveSync), not a live message.
    if (!stanza.firstChildElement(QStringLiteral("result")).isNull())
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    const QString roomJid = QXmppUtils::jidToBareJid(from).toLower();
    const auto it = m_rooms.find(roomJid);
    if (it == m_rooms.end())
        return tag == u"message" && takeInvitation(stanza);
    if (tag == u"presence") {
        handlePresence(roomJid, *it, stanza);
        return true;
    }
    if (takeInvitation(stanza) || takeRoomNotice(roomJid, *it, stanza))
        return true;
    // A subject, even an empty one, ends the room's welcome; QXmpp reads an empty one as none.
    if (!stanza.firstChildElement(QStringLiteral("subject")).isNull()
        && stanza.firstChildElement(QStringLiteral("body")).isNull()
        && stanza.attribute(QStringLiteral("type")) != u"error") {
        takeSubject(roomJid, *it, stanza);
        return true;
    }
    QXmppMessage message;
    message.parse(stanza);
    handleMessage(roomJid, *it, message);
    return true;
}

bool MucSync::takeInvitation(const QDomElement &stanza)
{
    const auto invitation = MucStanzas::invitation(stanza);
    if (!invitation)
        return false;
    Q_EMIT invitationReceived(
        invitation->room, invitation->from, invitation->reason, invitation->password);
    return true;
}

void MucSync::handlePresence(const QString &roomJid, Room &room, const QDomElement &stanza)
{
    QXmppPresence presence;
    presence.parse(stanza);
    if (presence.type() == QXmppPresence::Error) {
        if (room.joining) {
            const JoinFailure failure = MucStanzas::joinFailure(presence.error().condition());
            finishJoin(roomJid, failedJoin(failure));
        }
        return;
    }
    const QString nick = QXmppUtils::jidToResource(presence.from()).left(MaxNickLength);
    if (nick.isEmpty())
        return;
    const QList<int> codes = presence.mucStatusCodes();
    // Some rooms leave out 110 when they put us out; our own nickname says the same.
    if (codes.contains(StatusSelf) || (room.joined && nick == room.nick)) {
        handleSelfPresence(roomJid, room, presence, stanza);
        return;
    }
    const bool present = room.occupants.contains(nick);
    const Occupant before = present ? room.occupants.occupant(nick) : Occupant {};
    if (presence.type() == QXmppPresence::Unavailable) {
        if (codes.contains(StatusNickChanged))
            room.occupants.rename(nick, presence.mucItem().nick().left(MaxNickLength));
        else
            room.occupants.remove(nick);
    } else {
        room.occupants.update(MucStanzas::occupant(presence, stanza));
    }
    if (room.joined) {
        // Before our own presence (110) the room lists who is already there: not news.
        reportPresence(roomJid, present ? before : Occupant {}, presence, stanza);
        Q_EMIT occupantsChanged(roomJid);
    }
}

void MucSync::handleSelfPresence(
    const QString &roomJid, Room &room, const QXmppPresence &presence, const QDomElement &stanza)
{
    const QList<int> codes = presence.mucStatusCodes();
    const QString nick = QXmppUtils::jidToResource(presence.from()).left(MaxNickLength);
    if (presence.type() != QXmppPresence::Unavailable
        && presence.mucItem().affiliation() == QXmppMucItem::OutcastAffiliation) {
        // ejabberd 23.01 lets a banned member back in, as a participant still named outcast.
        // Banned is banned: leave at once, as if the room had refused.
        QXmppPresence gone(QXmppPresence::Unavailable);
        gone.setTo(presence.from());
        m_session->client()->send(std::move(gone));
        if (room.joining)
            return finishJoin(roomJid, failedJoin(JoinFailure::Banned));
        return exitRoom(roomJid, RoomExit::Banned, {});
    }
    if (presence.type() != QXmppPresence::Unavailable) {
        room.nick = nick;
        const MucAffiliation was = room.self.affiliation;
        room.self = MucStanzas::occupant(presence, stanza);
        room.self.nick = nick;
        if (room.joined && !room.joining) {
            SystemEvent event;
            event.type = MucStanzas::affiliationChange(was, room.self.affiliation);
            event.targetIsSelf = true;
            if (event.isValid())
                Q_EMIT roomEvent(roomJid, event);
        }
        if (room.joining) {
            room.joined = true;
            finishJoin(
                roomJid, JoinResult { JoinFailure::None, {}, codes.contains(StatusCreated), nick });
        }
        Q_EMIT occupantsChanged(roomJid);
        return;
    }
    if (codes.contains(StatusNickChanged)) {
        room.nick = presence.mucItem().nick().left(MaxNickLength);
        return;
    }
    QString reason = presence.mucItem().reason();
    if (reason.isEmpty())
        reason = MucStanzas::destroyReason(stanza);
    reason = reason.left(MaxSubjectLength);
    if (codes.contains(StatusBanned))
        return exitRoom(roomJid, RoomExit::Banned, reason);
    if (codes.contains(StatusKicked))
        return exitRoom(roomJid, RoomExit::Kicked, reason);
    if (codes.contains(StatusAffiliationChanged) || codes.contains(StatusMembersOnly))
        return exitRoom(roomJid, RoomExit::MembershipRevoked, reason);
    if (codes.contains(StatusShutdown))
        return exitRoom(roomJid, RoomExit::ShutDown, reason);
    // A destroyed room says so with <destroy/> and no status code.
    if (room.joined)
        exitRoom(roomJid, RoomExit::Destroyed, reason);
}

void MucSync::handleMessage(const QString &roomJid, Room &room, const QXmppMessage &stanza)
{
    if (stanza.type() == QXmppMessage::Error) {
        if (m_subjectIds.remove(stanza.id())) {
            const auto condition = stanza.error().condition();
            Q_EMIT subjectRefused(roomJid,
                condition == QXmppStanza::Error::Forbidden
                    ? tr("Only the group's admins can change its description.")
                    : tr("The group did not accept the new description."));
            return;
        }
        if (!stanza.id().isEmpty())
            Q_EMIT messageFailed(roomJid, stanza.id(), stanza.error().text());
        return;
    }
    const QString nick = QXmppUtils::jidToResource(stanza.from()).left(MaxNickLength);
    if (stanza.type() != QXmppMessage::GroupChat) {
        // A private message through the room: its own chat with the occupant, never a person's.
        if (stanza.type() == QXmppMessage::Chat && room.joined && !nick.isEmpty())
            handlePrivate(roomJid, room, nick, stanza);
        return;
    }
    if (takeRetraction(roomJid, room, nick, stanza))
        return;
    if (nick.isEmpty())
        return;
    Occupant author = room.occupants.occupant(nick);
    author.nick = nick;
    // Our own markers and chat states come back from the room too: not news.
    if (nick != room.nick) {
        if (stanza.marker() == QXmppMessage::Displayed && !stanza.markedId().isEmpty())
            Q_EMIT displayedReceived(roomJid, author, stanza.markedId());
        if (const ChatState state = chatState(stanza); state != ChatState::None)
            Q_EMIT chatStateReceived(roomJid, author, state);
    }
    if (const auto content = ReactionStanza::read(stanza)) {
        // Only someone in the room may react; the room relays what a visitor may not send.
        if (nick != room.nick && !room.occupants.contains(nick)) {
            qCInfo(lcXmpp) << "dropped a reaction from someone not in the room";
            return;
        }
        Reaction reaction;
        reaction.peer = roomJid;
        reaction.group = true;
        reaction.ref = content->ref;
        reaction.name = nick;
        if (nick != room.nick) {
            reaction.reactor = !author.occupantId.isEmpty() ? author.occupantId
                : !author.realJid.isEmpty()                 ? author.realJid
                                                            : nick;
        }
        reaction.emojis = content->emojis;
        const QDateTime stamp = stanza.stamp();
        reaction.timestamp = MessageTime::live(stamp.isValid() ? stamp.toMSecsSinceEpoch() : 0,
            QDateTime::currentMSecsSinceEpoch(), m_offlineSinceMs);
        Q_EMIT reactionReceived(reaction);
        return;
    }
    if (stanza.body().isEmpty() && stanza.sharedFiles().isEmpty())
        return;

    Message message;
    message.peer = roomJid;
    message.sender = nick;
    message.direction = nick == room.nick ? Direction::Outgoing : Direction::Incoming;
    // Only the room's own stanza-id is the room's word; an occupant can add any other.
    readContent(stanza, roomJid, message);
    message.mentions = Mentions::fromCodePoints(
        message.body, ReplyCodec::shifted(MucReferences::read(stanza), stanza));
    const QDateTime claimed = stanza.stamp();
    message.timestamp = MessageTime::live(claimed.isValid() ? claimed.toMSecsSinceEpoch() : 0,
        QDateTime::currentMSecsSinceEpoch(), m_offlineSinceMs);
    message.deliveryState
        = message.direction == Direction::Outgoing ? DeliveryState::Sent : DeliveryState::Delivered;
    Q_EMIT messageReceived(message, author);
}

bool MucSync::takeRetraction(
    const QString &roomJid, const Room &room, const QString &nick, const QXmppMessage &stanza)
{
    const auto retract = RetractCodec::read(stanza);
    if (!retract)
        return false;
    // A moderator's word is the room's own (its bare JID); an occupant retracts only as itself.
    if (retract->moderated != nick.isEmpty()) {
        qCInfo(lcXmpp) << "dropped a retraction that claims to be a moderator's, or is not";
        return true;
    }
    const Occupant author = nick.isEmpty() ? Occupant {} : room.occupants.occupant(nick);
    Retraction r;
    r.peer = roomJid;
    r.id = retract->id;
    r.group = true;
    r.direction = !nick.isEmpty() && nick == room.nick ? Direction::Outgoing : Direction::Incoming;
    r.sender = nick;
    r.senderId = author.occupantId.isEmpty() ? author.realJid : author.occupantId;
    r.moderated = retract->moderated;
    r.reason = retract->reason;
    Q_EMIT retractionReceived(r);
    return true;
}

void MucSync::reportPresence(const QString &roomJid, const Occupant &before,
    const QXmppPresence &presence, const QDomElement &stanza)
{
    const SystemEvent event
        = MucStanzas::presenceEvent(before, presence, stanza, m_rooms.value(roomJid).nick);
    if (event.isValid())
        Q_EMIT roomEvent(roomJid, event);
}

void MucSync::takeSubject(const QString &roomJid, Room &room, const QDomElement &stanza)
{
    const QString nick
        = QXmppUtils::jidToResource(stanza.attribute(QStringLiteral("from"))).left(MaxNickLength);
    const QString subject
        = stanza.firstChildElement(QStringLiteral("subject")).text().left(MaxSubjectLength);
    m_subjectIds.remove(stanza.attribute(QStringLiteral("id")));
    // The room ends every entry with its current subject; only a later one is a change.
    if (std::exchange(room.subjectSeen, true) && room.joined) {
        SystemEvent event;
        event.type = SystemEvent::Type::SubjectChanged;
        event.actor = nick;
        event.actorIsSelf = !nick.isEmpty() && nick == room.nick;
        event.value = subject;
        Q_EMIT roomEvent(roomJid, event);
    }
    Q_EMIT subjectChanged(roomJid, subject);
}

bool MucSync::takeRoomNotice(const QString &roomJid, const Room &room, const QDomElement &stanza)
{
    if (!stanza.firstChildElement(QStringLiteral("body")).isNull()
        || !stanza.firstChildElement(QStringLiteral("subject")).isNull())
        return false;
    const auto notice = MucStanzas::roomNotice(stanza);
    if (!notice)
        return false;
    if (!room.joined)
        return true;
    if (notice->codes.contains(StatusConfigChanged))
        Q_EMIT configurationChanged(roomJid);
    // Someone not in the room gained or lost membership: the room names them by address.
    const SystemEvent event
        = MucStanzas::noticeEvent(*notice, m_session->settings().jid.bare().toLower());
    if (event.isValid())
        Q_EMIT roomEvent(roomJid, event);
    return true;
}

void MucSync::handlePrivate(
    const QString &roomJid, Room &room, const QString &nick, const QXmppMessage &stanza)
{
    if (nick == room.nick || (stanza.body().isEmpty() && stanza.sharedFiles().isEmpty()))
        return;
    Occupant author = room.occupants.occupant(nick);
    author.nick = nick;
    Message message;
    message.peer = PrivatePeer::make(roomJid, nick);
    message.sender = nick;
    message.direction = Direction::Incoming;
    // The room does not archive private messages: only our own server's stanza-id counts.
    readContent(stanza, m_session->settings().jid.bare().toLower(), message);
    message.markable = false;
    const QDateTime claimed = stanza.stamp();
    message.timestamp = MessageTime::live(claimed.isValid() ? claimed.toMSecsSinceEpoch() : 0,
        QDateTime::currentMSecsSinceEpoch(), m_offlineSinceMs);
    message.deliveryState = DeliveryState::Delivered;
    Q_EMIT privateMessageReceived(message, author);
}

QFuture<bool> MucSync::sendPrivate(const Message &message)
{
    const QString roomJid = PrivatePeer::room(message.peer);
    if (m_session->state() != ConnectionState::Connected || !isJoined(roomJid))
        return QtFuture::makeReadyFuture(false);
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    QXmppMessage stanza = MucStanzas::privateMessage(
        message.peer, message.originId, message.body, message.attachments);
    ForwardCodec::write(stanza, message.forwarded);
    m_session->client()->send(std::move(stanza)).then(this, [promise](QXmpp::SendResult result) {
        // Without stream management only the bytes are written: as good as it gets there.
        promise->addResult(std::holds_alternative<QXmpp::SendSuccess>(result));
        promise->finish();
    });
    return promise->future();
}

void MucSync::finishJoin(const QString &roomJid, const JoinResult &result)
{
    const auto it = m_rooms.find(roomJid);
    if (it == m_rooms.end() || !it->joining)
        return;
    const auto promise = std::exchange(it->joining, nullptr);
    if (result.failure != JoinFailure::None)
        qCInfo(lcXmpp) << "could not join a group:" << int(result.failure);
    promise->addResult(result);
    promise->finish();
    // Nothing of a room that did not let us in stays behind.
    if (result.failure != JoinFailure::None && !it->joined)
        m_rooms.erase(it);
}

void MucSync::exitRoom(const QString &roomJid, RoomExit exit, const QString &reason)
{
    m_rooms.remove(roomJid);
    Q_EMIT roomExited(roomJid, exit, reason);
}

} // namespace Natter
