#pragma once

#include "Message.h"
#include "Reaction.h"
#include "Retraction.h"

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
    // XEP-0424/0425 retractions in this page, oldest first; never among messages.
    QList<Retraction> retractions;
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
    // A room's own archive (XEP-0313 §6.1.3), after afterId (empty: its newest page) or before
    // beforeId. Messages come with the room as peer and the author's nickname as sender, all
    // Incoming: which are ours is for the caller to tell.
    QFuture<ArchivePage> fetchRoomAfter(const QString &room, const QString &afterId, int max);
    QFuture<ArchivePage> fetchRoomBefore(const QString &room, const QString &beforeId, int max);

Q_SIGNALS:
    // XEP-0444 reactions in a page, just before the page's future ends; in a room's archive
    // every reactor is someone else (which are ours is for the caller to tell, by name).
    void reactionsReceived(const QList<Natter::Reaction> &reactions);

private:
    struct Query
    {
        QString archive; // a room's bare JID; empty for our own archive
        QString with;
        QString after; // null: not set
        QString before; // null: not set; empty: the last page
        int max = 0;
        QDateTime start;
    };
    QFuture<ArchivePage> query(const QString &with, const QString &after, const QString &before,
        int max, const QDateTime &start = {})
    {
        return run({ {}, with, after, before, max, start });
    }
    QFuture<ArchivePage> run(const Query &q);

    Session *m_session;
    ArchiveCollector *m_collector;
};

} // namespace Natter
