#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Natter {

// XEP-0045 affiliations and roles, as a room reports them.
enum class MucAffiliation { None, Outcast, Member, Admin, Owner };
enum class MucRole { None, Visitor, Participant, Moderator };

// One person in a room, as the room presents them. The nickname is the room's name for them,
// never an identity; realJid is known only in a non-anonymous room (or to its moderators).
struct Occupant
{
    QString nick;
    QString realJid; // bare
    QString occupantId; // XEP-0421, stable across nick changes when the room offers it
    MucAffiliation affiliation = MucAffiliation::None;
    MucRole role = MucRole::None;
};

// Why entering a room did not work, each with its own human explanation.
enum class JoinFailure {
    None,
    PasswordRequired,
    NicknameTaken,
    MembersOnly,
    Banned,
    NotFound,
    Full,
    Unreachable,
    TimedOut,
    Refused,
};

struct JoinResult
{
    JoinFailure failure = JoinFailure::None;
    QString text; // for the person; empty on success
    bool created = false; // we made the room: it waits, locked, for its configuration
    QString nick; // the nickname the room gave us (it may change the one we asked for)
};

// What a room says of itself (XEP-0045 §6.4); untrusted, name not yet cleaned.
struct RoomInfo
{
    bool found = false; // the room answered as a room
    QString name;
    bool membersOnly = false;
    bool nonAnonymous = false; // every occupant sees every occupant's address
    QString description; // muc#roominfo_description
    QString avatarHash; // muc#roominfo_avatarhash (XEP-0486): SHA-1 of the room's picture
    bool subjectChangeable = false; // muc#roominfo_changesubject: occupants may set the subject
};

// The room's members (member, admin and owner lists, XEP-0045 §9.5), as bare JIDs; known is
// false when the room would not tell us (we may not be allowed to ask) or did not answer.
struct MemberList
{
    bool known = false;
    QStringList jids;
    QHash<QString, MucAffiliation> affiliations; // by bare JID, for the same people as jids
};

// How we came to be out of a room we did not leave ourselves.
enum class RoomExit { Kicked, Banned, MembershipRevoked, Destroyed, ShutDown };

// A group the account keeps (XEP-0402, or XEP-0048 on older servers): what brings it back after
// a restart, on another device and on a fresh install.
struct Bookmark
{
    QString room; // bare JID
    QString name; // the person's label for it; empty: none
    QString nick; // the nickname to enter with; empty: the account's own
    QString password; // only when the room needs one; never logged
    bool autojoin = true;

    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::JoinResult)
Q_DECLARE_METATYPE(Natter::Occupant)
Q_DECLARE_METATYPE(Natter::RoomExit)
Q_DECLARE_METATYPE(Natter::Bookmark)
Q_DECLARE_METATYPE(Natter::MemberList)
