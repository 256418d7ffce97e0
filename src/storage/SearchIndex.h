#pragma once

#include <QtGlobal>

namespace Natter {

class Connection;

// Keeps message_search in step with messages. New bodies are indexed once per write
// transaction rather than by a per-row trigger: FTS5 flushes its pending terms at every statement
// savepoint, so a trigger writes one tiny segment per message and an ingest spends most of its
// time merging them. search_state.indexed_upto marks the boundary: every message at or below it
// is in the index (corrections never are), none above it is, and the triggers respect that.
class SearchIndex
{
public:
    // Indexes every message stored since the last call. Writers call it inside their
    // transaction; searches call it first, so a search never misses a stored message.
    // Outside a transaction it opens its own when there is work to do.
    static bool catchUp(Connection &connection);

private:
    static bool index(Connection &connection, qint64 after, qint64 upTo);
};

} // namespace Natter
