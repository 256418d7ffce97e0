#pragma once

#include <QString>
#include <QStringView>

namespace Natter {

class Statement;

// XMPP ids (stanza-id, origin-id, message id) stored compactly, and their dedupe keys.
// Most ids are UUIDs or decimal counters; they are stored as a 16-byte blob or an integer
// instead of 36 or 16 characters of text, which keeps a million-message history small.
class IdCodec
{
public:
    using HashFunction = qint32 (*)(qint64 chatId, QStringView id);

    // A 32-bit key of (chat, id) for the dedupe indexes. Equal keys only suggest a match: the
    // caller confirms it against the full id, so a collision can never drop a message.
    static qint32 key(qint64 chatId, QStringView id);
    // Tests force collisions with a hash that returns a constant; nullptr restores the default.
    static void setHashFunctionForTesting(HashFunction hash);

    // Binds id in its most compact form; an empty id binds NULL.
    static void bind(Statement &stmt, int index, const QString &id);
    // Reads back exactly the text that was bound.
    static QString read(const Statement &stmt, int column);
};

} // namespace Natter
