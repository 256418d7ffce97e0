#pragma once

#include "Message.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Natter {

class Connection;

// Writes incoming and outgoing messages on the database thread, each exactly once: the same
// message may arrive live, as a carbon, from offline storage and from MAM, in any order.
class MessageWriter
{
public:
    enum class Outcome {
        Inserted, // a new row
        Duplicate, // already stored; message.id is set to the stored row
        // Already stored, and this copy shows our pending message reached the server (a room's
        // reflection, an archive's copy): it is Sent now; message.id is set to the stored row.
        Advanced,
        Rejected, // cannot be stored (unknown chat or account); skipped, the rest goes on
        // A correction (XEP-0308) of a message not stored yet: not stored, for the caller to
        // hold until the original arrives.
        Waiting,
        Ignored, // a correction its original's author did not send; not stored
        // From the archive, and at or before the point its chat was cleared to: not stored.
        Cleared,
        Failed, // SQLite failed (e.g. disk full); the transaction must be rolled back
    };

    explicit MessageWriter(Connection &connection)
        : m_c(connection)
    { }

    // Inserts one message inside the caller's transaction. Fills in id, chatId, accountId.
    Outcome insert(Message &message);
    // Forgets cached chat rows; call after a rollback, which may have undone their insertion.
    void clearCache() { m_chats.clear(); }
    // Stored replies that insert() tied to their original since the last call (see ReplyLinks).
    QList<qint64> takeTiedReplies() { return std::exchange(m_tiedReplies, {}); }

    // Returns the chat of (account, peer), creating it when needed; 0 on failure.
    static qint64 ensureChat(Connection &connection, qint64 accountId, const QString &peer);

private:
    struct ChatInfo
    {
        qint64 accountId = 0;
        QString peer;
        QString accountJid;
        // A group's messages are named by the room's stanza-id (XEP-0444, 0461, 0424), so
        // theirs is always keyed, origin-id or not; see MessageRefs.
        bool keyStanzaIds = false;
        // The chat was cleared up to here (ms, archive id); 0 and empty when it never was.
        qint64 clearedAt = 0;
        QString clearedStanzaId;
        bool request = false; // a message request (chats.request)
    };

    bool resolveChat(Message &message);
    // Whether message comes back from the archive into what its chat was cleared of.
    bool wasCleared(const Message &message) const;
    Outcome failure() const;
    // Returns the id of the stored copy of message, or 0 when it is new.
    qint64 findStanzaId(const Message &message);
    qint64 findSenderId(const Message &message);
    bool insertRow(const Message &message);
    Outcome insertSystemLine(Message &message);
    bool insertAttachments(Message &message);
    Outcome checkCorrection(Message &message);
    // The local id of the original message a correction names; 0 when none, -1 on error.
    qint64 findCorrected(const Message &message);
    qint64 findCorrectedByStanzaId(const Message &message);
    bool applyCorrection(const Message &message);

    Connection &m_c;
    QHash<qint64, ChatInfo> m_chats;
    QList<qint64> m_tiedReplies;
    bool m_advanced = false; // the last insert moved a stored message of ours to Sent
};

} // namespace Natter
