#include "IdCodec.h"

#include "Statement.h"

#include <QByteArray>
#include <QUuid>

#include <sqlite3.h>

namespace Natter {

namespace {

qint32 defaultHash(qint64 chatId, QStringView id)
{
    // FNV-1a over the chat id and the UTF-16 code units: fast and well spread for short ids.
    quint64 h = 14695981039346656037ULL;
    auto mix = [&h](quint64 v) {
        h ^= v;
        h *= 1099511628211ULL;
    };
    mix(quint64(chatId));
    for (QChar c : id)
        mix(c.unicode());
    return qint32(quint32(h ^ (h >> 32)));
}

IdCodec::HashFunction s_hash = &defaultHash;

bool isCanonicalNumber(const QString &id)
{
    if (id.isEmpty() || id.size() > 18 || (id.size() > 1 && id.front() == u'0'))
        return false;
    for (QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

qint32 IdCodec::key(qint64 chatId, QStringView id)
{
    return s_hash(chatId, id);
}

void IdCodec::setHashFunctionForTesting(HashFunction hash)
{
    s_hash = hash ? hash : &defaultHash;
}

void IdCodec::bind(Statement &stmt, int index, const QString &id)
{
    if (id.isEmpty()) {
        stmt.bindNull(index);
        return;
    }
    if (isCanonicalNumber(id)) {
        stmt.bind(index, id.toLongLong());
        return;
    }
    if (id.size() == 36) {
        const QUuid uuid(id);
        // Only ids that print back identically are packed, so reading never alters an id.
        if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id) {
            stmt.bindBlob(index, uuid.toRfc4122());
            return;
        }
    }
    stmt.bind(index, id);
}

QString IdCodec::read(const Statement &stmt, int column)
{
    switch (stmt.type(column)) {
    case SQLITE_INTEGER:
        return QString::number(stmt.int64(column));
    case SQLITE_BLOB:
        return QUuid::fromRfc4122(stmt.blob(column)).toString(QUuid::WithoutBraces);
    case SQLITE_TEXT:
        return stmt.text(column);
    default:
        return {};
    }
}

} // namespace Natter
