#pragma once

#include "Message.h"

#include <QFuture>
#include <QObject>

namespace Natter {

class Session;
class ArchiveCollector;

// One page of the account's server archive (XEP-0313), oldest message first.
struct ArchivePage
{
    QList<Message> messages;
    bool complete = false; // no more pages in the asked direction
    QString first; // archive id of the oldest message in this page
    QString last; // archive id of the newest message in this page
    QString error; // set when the query failed
};

// Reads the account's own archive. A result counts only as the answer to a query we sent
// (its queryid) and only from our own archive; anything else claiming to be one is dropped.
class ArchiveSync : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveSync(Session *session, QObject *parent = nullptr);

    // Catching up: messages archived after afterId, oldest first. An empty afterId asks for the
    // newest page instead (a fresh install).
    QFuture<ArchivePage> fetchAfter(const QString &afterId, int max);
    // Scrolling back in one chat: messages with peer archived before beforeId.
    QFuture<ArchivePage> fetchBefore(const QString &peer, const QString &beforeId, int max);
    int unsolicitedDropped() const;

private:
    QFuture<ArchivePage> query(
        const QString &with, const QString &after, const QString &before, int max);

    Session *m_session;
    ArchiveCollector *m_collector;
};

} // namespace Natter
