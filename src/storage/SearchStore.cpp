#include "SearchStore.h"

#include "Database.h"
#include "FindWords.h"
#include "MessageReader.h"
#include "SearchIndex.h"

#include <QSet>

#include <algorithm>
#include <sqlite3.h>

namespace Natter {

namespace {

// The snippet keeps about a dozen words around the matches; markers are control characters,
// never markup, because the body is untrusted text.
#define SNIPPET_ARGS "char(2), char(3), '…', 12)"

const char *bodyQuery(bool inChat, SearchStore::Order order)
{
    static const QByteArray head = QByteArray("SELECT ") + MessageReader::Columns
        + ", snippet(message_search, 0, " SNIPPET_ARGS ", message_search.rank "
          "FROM message_search JOIN messages m ON m.id = message_search.rowid "
          "WHERE message_search MATCH ?1 ";
    static const QByteArray queries[4] = {
        head + "ORDER BY message_search.rowid DESC LIMIT ?2",
        head + "AND m.chat_id = ?3 ORDER BY message_search.rowid DESC LIMIT ?2",
        head + "ORDER BY message_search.rank LIMIT ?2",
        head + "AND m.chat_id = ?3 ORDER BY message_search.rank LIMIT ?2",
    };
    return queries[(order == SearchStore::Order::Relevance ? 2 : 0) + (inChat ? 1 : 0)].constData();
}

const char *attachmentQuery(bool inChat, SearchStore::Order order)
{
    static const QByteArray head = QByteArray("SELECT ") + MessageReader::Columns
        + ", snippet(attachment_search, 0, " SNIPPET_ARGS ", attachment_search.rank "
          "FROM attachment_search JOIN attachments a ON a.id = attachment_search.rowid "
          "JOIN messages m ON m.id = a.message_id WHERE attachment_search MATCH ?1 ";
    static const QByteArray queries[4] = {
        head + "ORDER BY m.id DESC LIMIT ?2",
        head + "AND m.chat_id = ?3 ORDER BY m.id DESC LIMIT ?2",
        head + "ORDER BY attachment_search.rank LIMIT ?2",
        head + "AND m.chat_id = ?3 ORDER BY attachment_search.rank LIMIT ?2",
    };
    return queries[(order == SearchStore::Order::Relevance ? 2 : 0) + (inChat ? 1 : 0)].constData();
}

struct RankedHit
{
    SearchHit hit;
    double rank = 0;
};

void collect(Connection &c, const char *sql, const QString &match, qint64 chatId, int limit,
    bool inAttachment, QList<RankedHit> &out)
{
    Statement s = c.prepare(sql);
    s.bind(1, match).bind(2, limit);
    if (chatId)
        s.bind(3, chatId);
    MessageReader reader(c);
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
        RankedHit ranked;
        ranked.hit.message = reader.read(s);
        ranked.hit.snippet = s.text(MessageReader::ColumnCount);
        ranked.hit.inAttachment = inAttachment;
        ranked.rank = s.real(MessageReader::ColumnCount + 1);
        out.append(std::move(ranked));
    }
    c.check(rc);
}

} // namespace

SearchStore::SearchStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<QList<SearchHit>> SearchStore::search(
    const QString &text, qint64 chatId, Order order, int limit)
{
    return m_db.run([=](Connection &c) { return searchNow(c, text, chatId, order, limit); });
}

QString SearchStore::matchExpression(const QString &text, bool prefixLast)
{
    const QStringList words = FindWords::split(text);
    QString expression;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i)
            expression += u' ';
        expression += u'"' + words[i] + u'"';
    }
    if (prefixLast && !words.isEmpty())
        expression += u'*';
    return expression;
}

QString SearchStore::bodyMatchExpression(Connection &c, const QString &text)
{
    QString match = matchExpression(text);
    const qsizetype lastWord = match.lastIndexOf(u'"', match.size() - 3);
    if (match.isEmpty() || lastWord < 0)
        return match;
    // The last word as the list of indexed words it begins, when that list is not huge.
    bool tooMany = false;
    const QList<QByteArray> terms = SearchIndex::termsStartingWith(
        c, match.mid(lastWord + 1, match.size() - lastWord - 3), MaxPrefixTerms, &tooMany);
    if (tooMany)
        return match;
    if (terms.isEmpty())
        return {};
    QString expression
        = match.left(lastWord) + (lastWord ? QStringLiteral("AND (") : QStringLiteral("("));
    for (qsizetype i = 0; i < terms.size(); ++i)
        expression += (i ? QStringLiteral(" OR \"") : QStringLiteral("\""))
            + QString::fromUtf8(terms[i]) + u'"';
    return expression + u')';
}

QList<SearchHit> SearchStore::searchNow(
    Connection &c, const QString &text, qint64 chatId, Order order, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    // Normally a no-op: writers index what they store. It covers any other writer.
    if (!SearchIndex::catchUp(c))
        return {};
    QList<RankedHit> ranked;
    const QString bodyMatch = bodyMatchExpression(c, text);
    if (!bodyMatch.isEmpty())
        collect(c, bodyQuery(chatId, order), bodyMatch, chatId, limit, false, ranked);
    collect(c, attachmentQuery(chatId, order), match, chatId, limit, true, ranked);
    // Merge the two sources; a message found by both is listed once, for its body.
    std::stable_sort(ranked.begin(), ranked.end(), [order](const RankedHit &a, const RankedHit &b) {
        if (order == Order::Relevance)
            return a.rank < b.rank;
        return a.hit.message.id > b.hit.message.id;
    });
    QList<SearchHit> hits;
    QSet<qint64> seen;
    for (RankedHit &r : ranked) {
        if (hits.size() == limit)
            break;
        if (!seen.contains(r.hit.message.id)) {
            seen.insert(r.hit.message.id);
            hits.append(std::move(r.hit));
        }
    }
    return hits;
}

} // namespace Natter
