#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Natter {

class Connection;

// Keeps message_search in step with messages. New bodies are indexed once per write
// transaction rather than by a per-row trigger: FTS5 flushes its pending terms at every statement
// savepoint, so a trigger writes one tiny segment per message and an ingest spends most of its
// time merging them. search_state.indexed_upto marks the boundary: every message at or below it
// is in the index (corrections never are), none above it is, and the triggers respect that.
//
// search_terms lists every word the index has seen, so a prefix ("hou*") can be expanded to the
// words it stands for: FTS5 answers a prefix by merging the complete doclists of all its words,
// which for a common prefix costs tens of milliseconds, while an OR of the words stops after the
// newest hits. The list may keep words whose messages are gone; it never lacks one.
class SearchIndex
{
public:
    // Indexes every message stored or edited since the last call. Writers call it inside their
    // transaction; searches call it first, so a search never misses a stored message. Outside a
    // transaction it opens its own when there is work to do.
    static bool catchUp(Connection &connection);

    // The index's words that start with prefix, folded as the index folds them, at most limit
    // (more means "too many": the caller falls back to FTS5's own prefix query). Empty when the
    // prefix is not one word to the tokenizer.
    static QList<QByteArray> termsStartingWith(
        Connection &connection, const QString &prefix, int limit, bool *tooMany);

private:
    static bool index(Connection &connection, qint64 after, qint64 upTo);
    static bool learnTerms(Connection &connection, qint64 after, qint64 upTo);
};

} // namespace Natter
