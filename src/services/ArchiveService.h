#pragma once

#include <QFuture>
#include <QObject>

#include <functional>

namespace Natter {

class ArchiveSync;
class HistoryService;
class Session;
struct ArchivePage;

// Keeps local history whole against the server's archive (XEP-0313): on every fresh connect it
// catches up from the newest archived message the store holds (or, on a new machine, loads the
// recent history), and it pages one chat further back on demand.
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
    bool isCatchingUp() const { return m_catchingUp; }
    // How many catch-ups have finished since start; one per fresh connection.
    int completedCatchUps() const { return m_completedCatchUps; }
    // Loads up to one page of older messages of the chat with peer from the archive; resolves
    // with how many were new to the store.
    QFuture<int> fetchOlder(qint64 chatId, const QString &peer);

Q_SIGNALS:
    void catchUpFinished(int storedCount);

private:
    void catchUp();
    void storePage(const ArchivePage &page, bool markRead, std::function<void(int)> done);
    void continueAfter(const QString &afterId, int stored);
    void continueBefore(const QString &beforeId, int pagesLeft, int stored);
    void finish(int stored);

    Session *m_session;
    ArchiveSync *m_sync;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    bool m_catchingUp = false;
    std::function<bool(const QString &)> m_isBlocked;
    int m_completedCatchUps = 0;
};

} // namespace Natter
