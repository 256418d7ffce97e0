#pragma once

#include "Message.h"

#include <QHash>
#include <QList>
#include <QString>

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
        Failed, // SQLite failed (e.g. disk full); the transaction must be rolled back
    };

    explicit MessageWriter(Connection &connection)
        : m_c(connection)
    { }

    // Inserts one message inside the caller's transaction. Fills in id, chatId, accountId.
    Outcome insert(Message &message);
    // Forgets cached chat rows; call after a rollback, which may have undone their insertion.
    void clearCache() { m_chats.clear(); }

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
    };

    bool resolveChat(Message &message);
    Outcome failure() const;
    // Returns the id of the stored copy of message, or 0 when it is new.
    qint64 findStanzaId(const Message &message);
    qint64 findSenderId(const Message &message);
    bool insertRow(const Message &message);
    Outcome insertSystemLine(Message &message);
    bool insertAttachments(Message &message);
    void applyCorrection(const Message &message);

    Connection &m_c;
    QHash<qint64, ChatInfo> m_chats;
    bool m_advanced = false; // the last insert moved a stored message of ours to Sent
};

} // namespace Natter
