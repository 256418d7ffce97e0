#pragma once

#include "MucTypes.h"

#include <QFuture>
#include <QObject>

namespace Natter {

class Session;

// What an owner or admin asks of a room (XEP-0045 §10, §9), and where rooms live: finding the
// account's group service, configuring a new private group, memberships and invitations.
class MucOwnerSync : public QObject
{
    Q_OBJECT

public:
    // Of the server's items, this many are asked whether they host groups.
    static constexpr int MaxServiceCandidates = 20;
    // Members taken from a room's lists, at most: the size of the largest group we create
    // (GroupService::MaxNewMembers); a longer answer is cut, never grown without bound.
    static constexpr int MaxMembers = 1024;

    explicit MucOwnerSync(Session *session, QObject *parent = nullptr);

    // The account's group service (XEP-0030: an item with a conference/text identity); empty
    // when the server has none.
    QFuture<QString> discoverService();
    // Makes the room we just created a private group: persistent, members only, every member
    // sees every member's address, not listed, archived. False when the room refused.
    QFuture<bool> configurePrivateGroup(const QString &room, const QString &name);
    // What the room says of itself; found is false when it is no room or does not answer.
    QFuture<RoomInfo> roomInfo(const QString &room);
    // Sets jid's affiliation in room (member, admin, none to remove, outcast to ban).
    QFuture<bool> setAffiliation(const QString &room, const QString &jid,
        MucAffiliation affiliation, const QString &reason = {});
    // The same, ending with the room's refusal in words (empty when it agreed).
    QFuture<QString> changeAffiliation(const QString &room, const QString &jid,
        MucAffiliation affiliation, const QString &reason = {});
    // The room's member, admin and owner lists, merged. Not every room shows them to every
    // member: then known is false.
    QFuture<MemberList> members(const QString &room);
    // Invites jid twice over: directly (XEP-0249), and through the room for clients without it.
    void invite(const QString &room, const QString &jid, const QString &reason = {});

Q_SIGNALS:
    // We changed someone's affiliation in room: its member list is not what it was.
    void affiliationChanged(const QString &room);

private:
    QFuture<QString> findConferenceAmong(const QStringList &items);

    Session *m_session;
};

} // namespace Natter
