#pragma once

#include <QString>
#include <QStringList>

namespace Natter {

// What a group's timeline line records ("Bob added Carol", "Dave and 12 others joined"): the
// event, stored as data and put into words only when shown, in the reader's language. Names are
// the room's (untrusted, plain text); an empty actor means the room did not say who did it.
struct SystemEvent
{
    enum class Type {
        None,
        Added, // target became a member
        Removed, // target lost membership
        Kicked,
        Banned,
        MadeAdmin,
        MadeOwner,
        AdminRevoked, // target is a member again, no longer an admin or owner
        SubjectChanged, // value is the new subject
        Renamed, // value is the group's new name
        Destroyed,
        Presence, // joins and leaves of a channel, collapsed into one line
    };

    // Names kept in a collapsed line; the rest are only counted.
    static constexpr int MaxNames = 2;
    // A line that does not decode is no line at all, so a stored row cannot be a bomb.
    static constexpr int MaxEncodedLength = 4096;

    Type type = Type::None;
    QString actor; // who did it, by nickname; empty when unknown
    QString target; // to whom: a nickname, else a bare JID
    QString targetJid; // their bare JID, when the room shows it: the same person either way
    QString value; // the new subject or name
    bool actorIsSelf = false;
    bool targetIsSelf = false;
    // Presence lines: the first names and the full counts.
    QStringList joined;
    int joinedCount = 0;
    QStringList left;
    int leftCount = 0;

    bool isValid() const { return type != Type::None; }
    // Adds one join or leave to a Presence line.
    void addPresence(const QString &nick, bool joins);

    // Compact JSON for the messages.event column, and back; an unknown text gives Type::None.
    QString encode() const;
    static SystemEvent decode(const QString &text);

    friend bool operator==(const SystemEvent &, const SystemEvent &) = default;
};

} // namespace Natter
