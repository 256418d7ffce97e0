#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Natter {

// One reactor's whole set of XEP-0444 reactions to one message, as a stanza carried it: a new
// set replaces the reactor's previous one, and an empty set takes it back.
struct Reaction
{
    QString peer; // the chat: the other side's bare JID, or the room's
    bool group = false;
    QString ref; // the id the stanza names: the room's stanza-id in a group, else origin-id/id
    // Who: empty for us (any of our devices). One-to-one the bare JID; in a group the occupant
    // id when the room offers one, else the real bare JID, else the nickname.
    QString reactor;
    QString name; // in a group, the reactor's nickname at the time; else empty
    QStringList emojis;
    qint64 timestamp = 0; // ms since the epoch, UTC
};

// How one emoji stands on one message, for the bubble.
struct ReactionCount
{
    QString emoji;
    bool ours = false;
    QStringList reactors; // who, as stored (reactor keys; empty for us), oldest first
    QStringList names; // their stored nicknames (groups), parallel to reactors
};

namespace ReactionSet {

// A reactor's set holds at most this many emoji; a real person picks a handful, so more is a
// flood, and the rest is dropped.
constexpr int MaxEmojis = 20;
// Longer than any real emoji sequence (a family or kiss with skin tones is under 30 units).
constexpr int MaxEmojiLength = 48;

// The set as we keep it: each entry one emoji grapheme, duplicates and others dropped, in order,
// at most MaxEmojis. dropped (optional) counts what was left out.
QStringList bounded(const QStringList &emojis, int *dropped = nullptr);
// True when text is exactly one emoji (with its joiners, selectors and skin tones).
bool isSingleEmoji(const QString &text);

} // namespace ReactionSet

} // namespace Natter
