#pragma once

#include "Chat.h"

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
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::Group)
