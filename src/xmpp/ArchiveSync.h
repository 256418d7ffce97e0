#pragma once

#include "Message.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
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
    qint64 lastStamp = 0; // the archive's time of last (ms), 0 when not known
    QString error; // set when the query failed
    bool unknownId = false; // the archive does not know the id asked after (item-not-found)
    // Incoming messages that asked for a receipt (XEP-0184): message id -> the full JID to answer.
    QHash<QString, QString> receiptRequests;
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
    // Catching up when the archive lost our place: messages archived at or after start.
    QFuture<ArchivePage> fetchSince(const QDateTime &start, int max);
    // Scrolling back in one chat: messages with peer archived before beforeId.
    QFuture<ArchivePage> fetchBefore(const QString &peer, const QString &beforeId, int max);

private:
    QFuture<ArchivePage> query(const QString &with, const QString &after, const QString &before,
        int max, const QDateTime &start = {});

    Session *m_session;
    ArchiveCollector *m_collector;
};

} // namespace Natter
