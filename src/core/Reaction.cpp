#include "Reaction.h"

#include "EmojiText.h"

#include <QSet>
#include <QTextBoundaryFinder>

namespace Natter::ReactionSet {

bool isSingleEmoji(const QString &text)
{
    if (text.isEmpty() || text.size() > MaxEmojiLength)
        return false;
    const QList<EmojiText::Run> runs = EmojiText::runs(text);
    if (runs.size() != 1 || runs.first().start != 0 || runs.first().end != text.size())
        return false;
    // One run may still hold several emoji side by side: it must be one grapheme.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    return graphemes.toNextBoundary() == text.size();
}

QStringList bounded(const QStringList &emojis, int *dropped)
{
    QStringList kept;
    QSet<QString> seen;
    int left = 0;
    for (const QString &emoji : emojis) {
        if (kept.size() >= MaxEmojis || !isSingleEmoji(emoji)) {
            ++left;
            continue;
        }
        if (!seen.contains(emoji)) {
            seen.insert(emoji);
            kept.append(emoji);
        }
    }
    if (dropped)
        *dropped = left;
    return kept;
}

} // namespace Natter::ReactionSet
