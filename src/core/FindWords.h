#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// The words of a search and where they stand in a text, by the rule of the full-text index
// (SQLite FTS5, unicode61 with remove_diacritics): so what the search finds and what the find
// bar marks are the same words.
namespace Natter::FindWords {

// The words of what a person typed: letters, digits and combining marks make words, all else
// separates.
QStringList split(const QString &text);

// Where a word of text starts with one of words, ignoring case and accents (a combining mark
// belongs to the character before it): [begin, end) ranges of text, in order, never overlapping.
QList<std::pair<qsizetype, qsizetype>> matches(QStringView text, const QStringList &words);

} // namespace Natter::FindWords
