#include "SearchIndex.h"

#include "Connection.h"
#include "StorageLog.h"

#include <QSet>

#include <sqlite3.h>

namespace Natter {

namespace {

// The tokenizer message_search uses, through FTS5's public API, so words fold identically.
class Tokenizer
{
public:
    explicit Tokenizer(sqlite3 *db)
    {
        fts5_api *api = nullptr;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(stmt);
        }
        sqlite3_finalize(stmt);
        void *context = nullptr;
        const char *args[] = { "remove_diacritics", "2" };
        if (api && api->xFindTokenizer(api, "unicode61", &context, &m_module) == SQLITE_OK
            && m_module.xCreate(context, args, 2, &m_tokenizer) != SQLITE_OK) {
            m_tokenizer = nullptr;
        }
        if (!m_tokenizer)
            qCWarning(lcStorage) << "the FTS5 tokenizer is not available";
    }
    ~Tokenizer()
    {
        if (m_tokenizer)
            m_module.xDelete(m_tokenizer);
    }
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    bool isValid() const { return m_tokenizer != nullptr; }
    void tokenize(const char *text, int size, QSet<QByteArray> &out) const
    {
        auto add = [](void *set, int, const char *token, int n, int, int) {
            static_cast<QSet<QByteArray> *>(set)->insert(QByteArray(token, n));
            return SQLITE_OK;
        };
        m_module.xTokenize(m_tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, text, size, add);
    }

private:
    fts5_tokenizer m_module {};
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace

bool SearchIndex::catchUp(Connection &c)
{
    qint64 indexedUpTo = 0;
    qint64 newest = 0;
    bool edited = false;
    {
        Statement s = c.prepare("SELECT indexed_upto, coalesce((SELECT max(id) FROM messages), 0), "
                                "EXISTS (SELECT 1 FROM search_terms_pending) FROM search_state");
        if (c.check(s.step()) != SQLITE_ROW)
            return false;
        indexedUpTo = s.int64(0);
        newest = s.int64(1);
        edited = s.int64(2) != 0;
    }
    if (newest <= indexedUpTo && !edited)
        return true;
    const bool ownTransaction = sqlite3_get_autocommit(c.handle());
    if (ownTransaction && !c.begin())
        return false;
    if (!index(c, indexedUpTo, std::max(newest, indexedUpTo))) {
        if (ownTransaction)
            c.rollback();
        return false;
    }
    return !ownTransaction || c.commit();
}

bool SearchIndex::index(Connection &c, qint64 after, qint64 upTo)
{
    if (!learnTerms(c, after, upTo))
        return false;
    if (upTo > after) {
        // One statement for the whole tail: FTS5 writes it as a single segment.
        Statement index = c.prepare("INSERT INTO message_search (rowid, body) SELECT id, body FROM "
                                    "messages WHERE id > ?1 AND id <= ?2 AND corrects_id IS NULL");
        index.bind(1, after).bind(2, upTo);
        if (c.check(index.step()) != SQLITE_DONE)
            return false;
    }
    Statement mark = c.prepare("UPDATE search_state SET indexed_upto = ?");
    mark.bind(1, upTo);
    return c.check(mark.step()) == SQLITE_DONE;
}

bool SearchIndex::learnTerms(Connection &c, qint64 after, qint64 upTo)
{
    const Tokenizer tokenizer(c.handle());
    if (!tokenizer.isValid())
        return false;
    QSet<QByteArray> terms;
    {
        // New messages, and indexed ones whose text an edit replaced.
        Statement s = c.prepare("SELECT body FROM messages WHERE id > ?1 AND id <= ?2 "
                                "AND corrects_id IS NULL UNION ALL SELECT m.body "
                                "FROM search_terms_pending p JOIN messages m ON m.id = p.id");
        s.bind(1, after).bind(2, upTo);
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            const QByteArray body = s.blob(0);
            tokenizer.tokenize(body.constData(), int(body.size()), terms);
        }
        if (c.check(rc) != SQLITE_DONE)
            return false;
    }
    Statement add = c.prepare("INSERT OR IGNORE INTO search_terms (term) VALUES (?)");
    for (const QByteArray &term : std::as_const(terms)) {
        add.bindText(1, term);
        if (c.check(add.step()) != SQLITE_DONE)
            return false;
        add.reset();
    }
    return c.exec("DELETE FROM search_terms_pending") == SQLITE_OK;
}

QList<QByteArray> SearchIndex::termsStartingWith(
    Connection &c, const QString &prefix, int limit, bool *tooMany)
{
    *tooMany = false;
    const Tokenizer tokenizer(c.handle());
    QSet<QByteArray> folded;
    const QByteArray utf8 = prefix.toUtf8();
    if (tokenizer.isValid())
        tokenizer.tokenize(utf8.constData(), int(utf8.size()), folded);
    if (folded.size() != 1) {
        *tooMany = true; // not a single word: let FTS5 interpret it
        return {};
    }
    const QByteArray first = *folded.cbegin();
    // No UTF-8 text contains the byte 0xff, so this bounds every word that starts with first.
    const QByteArray end = first + '\xff';
    Statement s = c.prepare("SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?");
    s.bindText(1, first).bindText(2, end).bind(3, limit + 1);
    QList<QByteArray> terms;
    while (s.step() == SQLITE_ROW)
        terms.append(s.blob(0));
    if (terms.size() > limit) {
        *tooMany = true;
        return {};
    }
    return terms;
}

} // namespace Natter
