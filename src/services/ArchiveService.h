#pragma once

#include "ArchiveStore.h"
#include "Message.h"
#include "Retraction.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Natter {

class ArchiveSync;
class HistoryService;
class Session;
struct ArchivePage;

// What one catch-up brought into a chat that the person has not seen: for one notification.
struct CaughtUpChat
{
    Message newest; // incoming, unread
    int count = 0;
};

// Keeps local history whole against the server's archive (XEP-0313): on every fresh connect it
// catches up from the account's catch-up point (or, on a new machine, loads the recent history),
// and it pages one chat further back on demand. The point is the last archive id received from
// the archive or stamped by our server on a live message, never a sender-given timestamp.
class ArchiveService : public QObject
{
    Q_OBJECT

public:
    ArchiveService(
        Session *session, ArchiveSync *sync, HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);
    // Archived messages from a JID this returns true for are not restored (blocking).
    void setBlockedFilter(std::function<bool(const QString &)> isBlocked)
    {
        m_isBlocked = std::move(isBlocked);
    }
    // As MessagingService::setRequests: a stranger's archived message opens a message request.
    void setRequests(std::function<bool(const QString &)> isStranger,
        std::function<QFuture<void>(const QStringList &)> open)
    {
        m_isStranger = std::move(isStranger);
        m_openRequests = std::move(open);
    }
    bool isCatchingUp() const { return m_catchingUp; }
    // How many catch-ups have finished since start; one per fresh connection.
    int completedCatchUps() const { return m_completedCatchUps; }
    // Loads up to one page of older messages of the chat with peer from the archive; resolves
    // with how many were new to the store.
    QFuture<int> fetchOlder(qint64 chatId, const QString &peer);
    // The page of a chat older than beforeMessageId (0: the chat shows nothing yet), oldest
    // first: from the store, and from the server's archive once the store has nothing older.
    // atStart says the archive has nothing older either; an empty page without it means "not
    // now" (offline), and the view asks again later.
    struct OlderPage
    {
        QList<Message> messages;
        bool atStart = false;
    };
    QFuture<OlderPage> olderPage(
        qint64 chatId, const QString &peer, qint64 beforeMessageId, int count);
    // Live messages now stored: once caught up, the catch-up point follows their stanza-ids.
    void liveMessagesStored(const QList<Message> &messages);

Q_SIGNALS:
    void catchUpFinished(int storedCount);
    // After a catch-up that stored unread incoming messages (not a new machine's old history):
    // per chat, how many and the newest, so they can be announced once.
    void newsCaughtUp(const QList<Natter::CaughtUpChat> &chats);
    // Messages the catch-up stored whose senders asked for a receipt: (full JID, message id).
    // Receipts are the messaging service's to send (it knows whom we tell what).
    void receiptsOwed(const QList<std::pair<QString, QString>> &receipts);
    // Retractions (XEP-0424) the catch-up found, one-to-one.
    void retractionsArchived(const QList<Natter::Retraction> &retractions);

private:
    void catchUp();
    void storePage(const ArchivePage &page, bool markRead, const CatchUpPoint &point,
        const std::function<void(int)> &done);
    void continueAfter(const CatchUpPoint &from, int stored, bool mayRestart);
    void restartByTime(const CatchUpPoint &from, int stored);
    void storeForward(const ArchivePage &page, const CatchUpPoint &from, int stored);
    void continueBefore(const QString &beforeId, int pagesLeft, int stored);
    void noteNews(const QList<Message> &stored);
    void oweReceipts(const QList<Message> &stored, const QHash<QString, QString> &requests);
    void finish(int stored, bool caughtUp);

    Session *m_session;
    ArchiveSync *m_sync;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    bool m_catchingUp = false;
    // Live stanza-ids may move the point only when nothing before them is missing any more.
    bool m_caughtUp = false;
    std::function<bool(const QString &)> m_isBlocked;
    std::function<bool(const QString &)> m_isStranger;
    std::function<QFuture<void>(const QStringList &)> m_openRequests;
    int m_completedCatchUps = 0;
    QHash<QString, CaughtUpChat> m_news; // by peer, for the catch-up under way
    // Chats whose archive has nothing older; asked again on the next fresh connection.
    QSet<qint64> m_exhausted;
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::CaughtUpChat)
