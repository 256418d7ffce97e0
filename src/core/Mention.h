#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Natter {

// A mention in a message body (XEP-0372 reference of type "mention"). begin and end are UTF-16
// indexes into the body, end exclusive, as QString counts; the wire counts code points instead
// (XEP-0372 0.5, XEP-0426), and Mentions converts between the two.
struct Mention
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString uri; // xmpp:room@service/nick or xmpp:user@host; empty for a plain-text nick
    bool ours = false; // it names us

    bool operator==(const Mention &) const = default;
};

namespace Mentions {

// A body carries at most this many references; more are a flood, not a conversation.
inline constexpr int MaxPerMessage = 32;
// A reference's URI longer than this is dropped: a room address and a nickname fit easily.
inline constexpr int MaxUriLength = 512;

// References as received, begin and end in code points, validated against body: those out of
// range, empty, splitting a surrogate pair, overlapping an earlier one or past the cap are
// dropped. The result is in UTF-16 indexes, sorted by begin.
QList<Mention> fromCodePoints(const QString &body, const QList<Mention> &references);
// The same mentions counted in code points, for the wire.
QList<Mention> toCodePoints(const QString &body, const QList<Mention> &mentions);

// Whether body[begin, end) is a whole word: no letter, digit or '_' touches it on either side.
bool isWholeWord(QStringView body, qsizetype begin, qsizetype end);

// The "@Nick" the person typed in a group's composer, for each nick of the room (the longest
// nick wins where two start alike). Each mention covers the nick without its "@", so a client
// that compares the referenced text with the nickname finds it, and one that only looks for
// its nickname as a word in the text (Conversations) finds it too.
QList<Mention> typed(const QString &body, const QStringList &nicks, const QString &room);

// Marks the mentions that name us (our occupant URI in the room, or our own address) and adds
// each whole-word occurrence of our nickname that no reference covers, as Conversations
// highlights them. Case-insensitive for the plain text, as nicknames are compared in rooms.
void markOurs(QList<Mention> &mentions, const QString &body, const QString &room,
    const QString &nick, const QString &ownJid);

bool mentionsUs(const QList<Mention> &mentions);

// What the messages table keeps: JSON, read back with the same checks against body.
QString encode(const QList<Mention> &mentions);
QList<Mention> decode(const QString &stored, const QString &body);

} // namespace Mentions

} // namespace Natter
