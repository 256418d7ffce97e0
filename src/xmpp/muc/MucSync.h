#pragma once

#include "Message.h"
#include "MucTypes.h"
#include "OccupantList.h"
#include "Reaction.h"
#include "Retraction.h"
#include "SystemEvent.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QDomElement;
class QXmppMessage;
class QXmppPresence;
template <typename T> class QPromise;

namespace Natter {

class Session;
class StanzaFilterExtension;

// Group chats over XEP-0045 rooms: entering and leaving, the occupants, groupchat messages in
// and out, and invitations. Everything a joined room sends is taken here before the one-to-one
// pipeline sees it, so a room's nickname never passes for a person's address.
class MucSync : public QObject
{
    Q_OBJECT

public:
    // Untrusted text from a room is cut to these lengths before anyone sees it.
    static constexpr int MaxNickLength = 64;
    static constexpr int MaxSubjectLength = 1024;
    // A room that neither lets us in nor refuses within this time is unreachable.
    static constexpr int JoinTimeoutMs = 20000;

    explicit MucSync(Session *session, QObject *parent = nullptr);
    ~MucSync() override;

    // Enters room (a bare JID) as nick. The future ends when the room has let us in, with the
    // nickname it gave us, or with why not; after a failure nothing of the room remains here.
    QFuture<JoinResult> join(
        const QString &room, const QString &nick, const QString &password = {});
    // Leaves the room, with or without a word from it.
    void leave(const QString &room);
    bool isJoined(const QString &room) const;
    QString nick(const QString &room) const;
    QStringList rooms() const { return m_rooms.keys(); }
    // The others in the room; we are not among them.
    QList<Occupant> occupants(const QString &room) const;
    // Ourselves as the room last presented us (affiliation and role change while we are in).
    Occupant self(const QString &room) const;

    // Sends message.body (and files, and a XEP-0372 reference per mention) to the room; originId is
    // both origin-id and stanza id, and what the room's reflection is matched by. False when the
    // session cannot send now.
    bool send(const QString &room, const Message &message, bool markable);
    // XEP-0333 displayed marker to the room, naming the room's stanza-id of the newest message
    // read (XEP-0333 §5 for rooms that stamp stanza-ids), kept in the room's archive (XEP-0334)
    // so members who are away see it later. False when the session cannot send now.
    bool sendDisplayed(const QString &room, const QString &stanzaId);
    // Our XEP-0085 chat state (typing, paused) to the room.
    bool sendChatState(const QString &room, ChatState state);
    // Sets the room's subject (XEP-0045 §8.1); the room answers with the new subject, or with
    // an error message when we may not (then subjectRefused).
    bool setSubject(const QString &room, const QString &subject);
    // A private message through the room to message.peer (room@service/nick), while we are in
    // the room. The future ends true once the server has taken it (stream management), false
    // when it could not go or the stream ended first.
    QFuture<bool> sendPrivate(const Message &message);

Q_SIGNALS:
    // A groupchat message with a body or files. message.peer is the room; message.sender is the
    // occupant's nickname; message.mentions its validated references, none marked ours yet. Our own
    // reflected messages come as Outgoing, with the room's stanza-id.
    void messageReceived(const Natter::Message &message, const Natter::Occupant &author);
    // A private message through a room we are in, from the occupant author: message.peer is
    // room@service/nick, message.sender the nickname. Never a person's message.
    void privateMessageReceived(const Natter::Message &message, const Natter::Occupant &author);
    // An occupant's XEP-0333 displayed marker; id is the room's stanza-id of the message it
    // read up to (what Conversations sends).
    void displayedReceived(const QString &room, const Natter::Occupant &reader, const QString &id);
    // An occupant's XEP-0085 chat state (typing, paused, ...), alone or on a message.
    void chatStateReceived(
        const QString &room, const Natter::Occupant &author, Natter::ChatState state);
    // XEP-0424 from an occupant, or XEP-0425 from the room itself (moderated, no sender).
    void retractionReceived(const Natter::Retraction &retraction);
    // XEP-0444: an occupant's whole set of reactions to a message, ref the room's stanza-id;
    // our own reflected set comes with an empty reactor.
    void reactionReceived(const Natter::Reaction &reaction);
    // An error for one of our messages to the room.
    void messageFailed(const QString &room, const QString &originId, const QString &reason);
    void occupantsChanged(const QString &room);
    void subjectChanged(const QString &room, const QString &subject);
    // Something for the group's timeline happened while we were in the room: someone joined or
    // left, was added, removed, kicked, banned or promoted, or the subject changed. Only changes
    // after the room let us in count: the occupants and subject it replays on every entry are
    // not news.
    void roomEvent(const QString &room, const Natter::SystemEvent &event);
    // The room refused our subject; reason is for the person.
    void subjectRefused(const QString &room, const QString &reason);
    // The room's configuration changed (status 104): its name or picture may be new.
    void configurationChanged(const QString &room);
    // The room put us out (kicked, banned, destroyed, ...); reason is the room's, untrusted.
    void roomExited(const QString &room, Natter::RoomExit exit, const QString &reason);
    // A direct (XEP-0249) or mediated invitation; from is the inviter's bare JID. Only an
    // announcement: joining is the person's decision.
    void invitationReceived(
        const QString &room, const QString &from, const QString &reason, const QString &password);

private:
    struct Room
    {
        QString nick;
        bool joined = false;
        bool subjectSeen = false; // the subject replayed on entry has come
        OccupantList occupants;
        Occupant self;
        std::shared_ptr<QPromise<JoinResult>> joining;
        quint64 attempt = 0;
    };

    bool take(const QDomElement &stanza);
    bool takeInvitation(const QDomElement &stanza);
    void handlePresence(const QString &roomJid, Room &room, const QDomElement &stanza);
    void handleSelfPresence(const QString &roomJid, Room &room, const QXmppPresence &presence,
        const QDomElement &stanza);
    void handleMessage(const QString &roomJid, Room &room, const QXmppMessage &stanza);
    bool takeRetraction(
        const QString &roomJid, const Room &room, const QString &nick, const QXmppMessage &stanza);
    // Joins, leaves and affiliation changes of others, for the timeline.
    void reportPresence(const QString &roomJid, const Occupant &before,
        const QXmppPresence &presence, const QDomElement &stanza);
    bool takeRoomNotice(const QString &roomJid, const Room &room, const QDomElement &stanza);
    void takeSubject(const QString &roomJid, Room &room, const QDomElement &stanza);
    void handlePrivate(
        const QString &roomJid, Room &room, const QString &nick, const QXmppMessage &stanza);
    // A groupchat stanza to the room, if it can go now.
    bool sendToRoom(const QString &room, QXmppMessage &&stanza);
    void finishJoin(const QString &roomJid, const JoinResult &result);
    void exitRoom(const QString &roomJid, RoomExit exit, const QString &reason);

    Session *m_session;
    QHash<QString, Room> m_rooms;
    quint64 m_lastAttempt = 0;
    QPointer<StanzaFilterExtension> m_filter; // owned by the client
    QSet<QString> m_subjectIds; // our subject changes still waiting for the room's answer
    qint64 m_offlineSinceMs = 0;
};

// The room's words for a failed join, for the person.
QString joinFailureText(JoinFailure failure);

} // namespace Natter
