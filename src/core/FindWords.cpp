#include "FindWords.h"

#include <utility>

namespace Natter::FindWords {

namespace {
// A character as the search index compares it: without its accent, in one case.
QChar folded(QChar c)
{
    if (c.decompositionTag() == QChar::Canonical) {
        const QString base = c.decomposition();
        if (!base.isEmpty())
            c = base.front();
    }
    return c.toCaseFolded();
}

// How long word runs at text[at], ignoring case and accents as the index does (a following
// combining mark belongs to the character before it); 0 when it does not start there.
qsizetype matchLength(QStringView text, qsizetype at, QStringView word)
{
    qsizetype i = at;
    for (const QChar w : word) {
        if (w.isMark())
            continue;
        if (i >= text.size() || folded(text[i]) != folded(w))
            return 0;
        ++i;
        while (i < text.size() && text[i].isMark())
            ++i;
    }
    return i - at;
}

} // namespace

QStringList split(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            word += ch;
        } else if (!word.isEmpty()) {
            words.append(std::exchange(word, {}));
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QList<std::pair<qsizetype, qsizetype>> matches(QStringView text, const QStringList &words)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (words.isEmpty())
        return spans;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (at > 0 && (text[at - 1].isLetterOrNumber() || text[at - 1].isMark()))
            continue;
        for (const QString &word : words) {
            if (const qsizetype length = word.isEmpty() ? 0 : matchLength(text, at, word)) {
                spans.append({ at, at + length });
                at += length - 1;
                break;
            }
        }
    }
    return spans;
}

} // namespace Natter::FindWords
