#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace Natter {

// Values are stored on disk; never renumber them.
enum class Subscription { None = 0, To = 1, From = 2, Both = 3 };

// A roster entry of one account, with what we last learned about the person.
struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString jid; // bare JID
    QString name;
    Subscription subscription = Subscription::None;
    // We asked to see their presence and they have not answered yet (RFC 6121 ask="subscribe").
    bool pendingOut = false;
    QStringList groups = {};
    // When they were last online as far as we know, in ms since the epoch; 0 when unknown.
    qint64 lastSeenMs = 0;
    // SHA-1 (hex) of their avatar in the avatar cache; empty when they have none or we lack it.
    QString avatarHash = {};
    // The name they published (XEP-0172), already sanitised; empty when none.
    QString nick = {};

    // The roster name (the person's own choice), else their nick, else the JID's local part.
    QString displayName() const
    {
        QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
        return nick.isEmpty() ? jid.section(u'@', 0, 0) : nick;
    }
    // Fills in what we learned about the person from other (a roster update carries none of it).
    void mergeLearned(const Contact &other)
    {
        lastSeenMs = qMax(lastSeenMs, other.lastSeenMs);
        if (avatarHash.isEmpty())
            avatarHash = other.avatarHash;
        if (nick.isEmpty())
            nick = other.nick;
    }
    // Up to two letters for a placeholder avatar: "Ada Lovelace" → "AL".
    // The first letters of the first two words that start with one. Words starting with an
    // emoji or a symbol are skipped: half a surrogate pair draws as a broken glyph.
    static QString initials(const QString &displayName)
    {
        QString out;
        for (const QString &word : displayName.split(u' ', Qt::SkipEmptyParts)) {
            if (word.front().isLetterOrNumber())
                out += word.front().toUpper();
            if (out.size() == 2)
                return out;
        }
        if (out.isEmpty()) {
            const auto letter = std::find_if(displayName.begin(), displayName.end(),
                [](QChar c) { return c.isLetterOrNumber(); });
            if (letter != displayName.end())
                out += letter->toUpper();
        }
        return out;
    }
    bool seesOurPresence() const
    {
        return subscription == Subscription::From || subscription == Subscription::Both;
    }
    bool weSeeTheirs() const
    {
        return subscription == Subscription::To || subscription == Subscription::Both;
    }
};

} // namespace Natter
