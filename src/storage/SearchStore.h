#pragma once

#include "SearchHit.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Connection;
class Database;

// Full-text search over message bodies and attachment file names (SQLite FTS5), case- and
// diacritics-insensitive. The index follows edits and deletions through triggers.
class SearchStore : public QObject
{
    Q_OBJECT
public:
    enum class Order {
        Newest, // most recently stored first; cheap at any size
        Relevance, // best match first (bm25); costs more for very common words
    };
    Q_ENUM(Order)

    explicit SearchStore(Database &database, QObject *parent = nullptr);

    // Messages containing every word of text (the last word also as a prefix, for search as
    // you type), in one chat or in all (chatId 0).
    QFuture<QList<SearchHit>> search(
        const QString &text, qint64 chatId = 0, Order order = Order::Newest, int limit = 50);

    // The FTS5 query for what a person typed: every word quoted, so no input is ever syntax.
    // Empty when text has no word in it.
    static QString matchExpression(const QString &text, bool prefixLast = true);
    // Runs the search on the database thread; for the benchmark and SearchStore itself.
    static QList<SearchHit> searchNow(
        Connection &connection, const QString &text, qint64 chatId, Order order, int limit);

private:
    // Beyond this many words a prefix is left to FTS5 (a letter or two, typed as a first key).
    static constexpr int MaxPrefixTerms = 200;
    // The body query: matchExpression, with the last word's prefix expanded to indexed words.
    // Empty when no indexed word has that prefix.
    static QString bodyMatchExpression(Connection &connection, const QString &text);

    Database &m_db;
};

} // namespace Natter
