#pragma once

#include "Message.h"

#include <QList>

namespace Natter {

class Connection;

// Ties XEP-0461 replies to the local messages they answer, on the database thread: a reply
// stored after its original finds it at once; one stored first waits (reply_ref kept, no
// reply_to_id) and is tied when the original arrives, from any path and in any order.
class ReplyLinks
{
public:
    explicit ReplyLinks(Connection &connection)
        : m_c(connection)
    { }

    // message was just stored: sets its replyToId when the original is here (and repliesToUs
    // when that original is ours), and ties earlier replies that name message. False on a
    // database error.
    bool link(Message &message);
    // The replies tied by link() to an original that came after them.
    const QList<qint64> &tied() const { return m_tied; }

private:
    qint64 original(const Message &reply);
    bool ours(qint64 id, bool &mine);
    bool tieWaiting(const Message &original);

    Connection &m_c;
    QList<qint64> m_tied;
};

} // namespace Natter
