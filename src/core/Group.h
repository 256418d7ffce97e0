#pragma once

#include "Chat.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Natter {

// Where we stand in a group. Only Joined groups are entered on connect; the others stay in the
// chat list, read-only, with their history and the reason.
enum class GroupState { Joined = 0, Left = 1, Kicked = 2, Banned = 3, Removed = 4, Destroyed = 5 };

// A group chat (an XEP-0045 room) as the history keeps it.
struct Group
{
    qint64 chatId = 0;
    qint64 accountId = 0;
    QString room; // bare JID
    ChatKind kind = ChatKind::PrivateGroup;
    QString name; // the room's name, untrusted: cleaned where it is received
    QString subject;
    QString nick; // ours in the room
    GroupState state = GroupState::Joined;
    QString exitReason; // the room's words when it put us out, untrusted
    QString archiveId; // the newest room stanza-id stored: catch-up resumes after it
    QString avatarHash; // SHA-1 of the group's picture in the avatar cache; empty: none known
};

// A member of a private group as the history keeps them between visits: their bare JID, their
// affiliation (MucAffiliation's value) and the nickname they last had in the room (or empty).
struct GroupMember
{
    QString jid;
    int affiliation = 0;
    QString nick;

    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};

// A member who has read one of our group messages: their real bare JID, the nickname they have
// in the room now (empty when they are not in it) and when their marker came (ms).
struct GroupReader
{
    QString jid;
    QString nick;
    qint64 readAt = 0;
};

// One of our group messages and everyone who has read it so far.
struct MessageReads
{
    qint64 messageId = 0;
    QList<GroupReader> readers;
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::Group)
Q_DECLARE_METATYPE(Natter::GroupReader)
