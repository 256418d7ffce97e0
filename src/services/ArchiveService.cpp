#include "ArchiveService.h"

#include "ArchiveSync.h"
#include "HistoryService.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QDateTime>

namespace Natter {

namespace {
constexpr int PageSize = 250;
// A new machine loads this many pages of recent history; older pages come on scrolling.
constexpr int FreshInstallPages = 4;
// Restarting by time when the archive lost our place: start this much before the last stored
// message, since the clocks on both ends blur the edge; dedupe drops what comes twice.
constexpr qint64 RestartOverlapMs = qint64 { 10 } * 60 * 1000;
} // namespace

ArchiveService::ArchiveService(
    Session *session, ArchiveSync *sync, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
    , m_history(history)
{
    connect(session, &Session::connected, this, [this] {
        // A resumed stream lost nothing, so there is nothing to catch up on.
        if (m_session->resumed())
            return;
        m_caughtUp = false;
        m_exhausted.clear(); // what failed on the old connection may answer now
        catchUp();
    });
    connect(history, &HistoryService::chatCleared, this,
        [this](qint64 chatId) { m_exhausted.remove(chatId); });
}

void ArchiveService::setAccountId(qint64 accountId)
{
    const bool wasUnknown = m_accountId == 0;
    m_accountId = accountId;
    if (wasUnknown && accountId != 0 && m_session->state() == ConnectionState::Connected)
        catchUp();
}

void ArchiveService::catchUp()
{
    if (m_accountId == 0 || m_catchingUp)
        return;
    m_catchingUp = true;
    m_news.clear();
    m_history->archive().catchUpPoint(m_accountId).then(this, [this](const CatchUpPoint &point) {
        if (!point.isNull())
            return continueAfter(point, 0, true);
        // Nothing from the archive yet: a new machine or a wiped profile.
        m_sync->fetchAfter({}, PageSize).then(this, [this](const ArchivePage &page) {
            const CatchUpPoint newest { m_accountId, page.error.isEmpty() ? page.last : QString(),
                page.lastStamp };
            storePage(page, true, newest, [this, page](int stored) {
                if (page.complete || !page.error.isEmpty())
                    return finish(stored, page.error.isEmpty());
                continueBefore(page.first, FreshInstallPages - 1, stored);
            });
        });
    });
}

void ArchiveService::continueAfter(const CatchUpPoint &from, int stored, bool mayRestart)
{
    m_sync->fetchAfter(from.archiveId, PageSize)
        .then(this, [this, from, stored, mayRestart](const ArchivePage &page) {
            // The archive was purged or rebuilt: our id is gone, but time still orders it.
            if (page.unknownId && mayRestart)
                return restartByTime(from, stored);
            storeForward(page, from, stored);
        });
}

void ArchiveService::restartByTime(const CatchUpPoint &from, int stored)
{
    qCInfo(lcServices) << "the archive no longer knows the catch-up point; restarting by time";
    const qint64 start = std::max<qint64>(0, from.archivedAt - RestartOverlapMs);
    m_sync->fetchSince(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), PageSize)
        .then(this,
            [this, from, stored](const ArchivePage &page) { storeForward(page, from, stored); });
}

void ArchiveService::storeForward(const ArchivePage &page, const CatchUpPoint &from, int stored)
{
    CatchUpPoint next = from;
    if (page.error.isEmpty() && !page.last.isEmpty()) {
        next.archiveId = page.last;
        next.archivedAt = page.lastStamp > 0 ? page.lastStamp : from.archivedAt;
    }
    storePage(page, false, next, [this, page, from, next, stored](int added) {
        if (page.complete || !page.error.isEmpty() || page.last.isEmpty()
            || page.last == from.archiveId)
            return finish(stored + added, page.error.isEmpty());
        continueAfter(next, stored + added, false);
    });
}

void ArchiveService::continueBefore(const QString &beforeId, int pagesLeft, int stored)
{
    if (pagesLeft <= 0 || beforeId.isEmpty())
        return finish(stored, true);
    m_sync->fetchBefore({}, beforeId, PageSize)
        .then(this, [this, pagesLeft, stored](const ArchivePage &page) {
            storePage(page, true, {}, [this, page, pagesLeft, stored](int added) {
                // The newest page is in, so an older page's failure leaves no gap to catch up.
                if (page.complete || !page.error.isEmpty())
                    return finish(stored + added, true);
                continueBefore(page.first, pagesLeft - 1, stored + added);
            });
        });
}

void ArchiveService::storePage(const ArchivePage &page, bool markRead, const CatchUpPoint &point,
    const std::function<void(int)> &done)
{
    if (!page.error.isEmpty())
        qCWarning(lcServices) << "archive query failed:" << page.error;
    // Held by whoever applies them until the messages they name are stored.
    if (!page.retractions.isEmpty())
        Q_EMIT retractionsArchived(page.retractions);
    QList<Message> messages;
    for (const Message &message : page.messages) {
        if (!(message.direction == Direction::Incoming && m_isBlocked && m_isBlocked(message.peer)))
            messages.append(message);
    }
    if (messages.isEmpty() && point.isNull())
        return done(0);
    for (Message &message : messages) {
        message.accountId = m_accountId;
        // History from before this machine knew the account is not news.
        message.read = markRead || message.direction == Direction::Outgoing;
    }
    // The point moves in the transaction that stores the page, so a crash never skips a message.
    auto store = [this, messages, markRead, point, requests = page.receiptRequests, done] {
        m_history->messages()
            .insertMessages(messages, point)
            .then(this, [this, markRead, requests, done](const QList<Message> &stored) {
                if (!markRead) {
                    noteNews(stored);
                    oweReceipts(stored, requests);
                }
                done(int(stored.size()));
            });
    };
    // A stranger without a chat here opens a request, as live (RequestStore keeps other chats).
    QStringList strangers;
    for (const Message &m : std::as_const(messages)) {
        if (m.direction == Direction::Incoming && m_isStranger && !strangers.contains(m.peer)
            && m_isStranger(m.peer))
            strangers.append(m.peer);
    }
    if (strangers.isEmpty() || !m_openRequests)
        return store();
    m_openRequests(strangers).then(this, store);
}

void ArchiveService::liveMessagesStored(const QList<Message> &messages)
{
    if (!m_caughtUp || m_catchingUp)
        return;
    // In arrival order, so the last with our server's stanza-id is the newest in the archive.
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->accountId == m_accountId && !it->stanzaId.isEmpty()) {
            m_history->archive().setCatchUpPoint({ m_accountId, it->stanzaId, it->timestamp });
            return;
        }
    }
}

void ArchiveService::noteNews(const QList<Message> &stored)
{
    for (const Message &message : stored) {
        if (message.direction != Direction::Incoming || message.read)
            continue;
        CaughtUpChat &chat = m_news[message.peer];
        ++chat.count;
        if (chat.count == 1 || message.timestamp >= chat.newest.timestamp)
            chat.newest = message;
    }
}

void ArchiveService::oweReceipts(
    const QList<Message> &stored, const QHash<QString, QString> &requests)
{
    // Only what this machine stored just now: a message first stored live got its receipt then.
    QList<std::pair<QString, QString>> owed;
    for (const Message &message : stored) {
        const auto it = requests.constFind(message.messageId);
        if (message.direction == Direction::Incoming && it != requests.cend())
            owed.append({ *it, message.messageId });
    }
    if (!owed.isEmpty())
        Q_EMIT receiptsOwed(owed);
}

void ArchiveService::finish(int stored, bool caughtUp)
{
    m_catchingUp = false;
    m_caughtUp = caughtUp;
    ++m_completedCatchUps;
    qCInfo(lcServices) << "archive catch-up stored" << stored << "messages";
    const QList<CaughtUpChat> news = std::exchange(m_news, {}).values();
    Q_EMIT catchUpFinished(stored);
    if (!news.isEmpty())
        Q_EMIT newsCaughtUp(news);
}

QFuture<int> ArchiveService::fetchOlder(qint64 chatId, const QString &peer)
{
    return m_history->archive()
        .oldestArchived(chatId)
        .then(this,
            [this, peer](const ArchiveStore::Cursor &cursor) {
                return m_sync->fetchBefore(peer, cursor.stanzaId, PageSize);
            })
        .unwrap()
        .then(this,
            [this](const ArchivePage &page) {
                auto promise = std::make_shared<QPromise<int>>();
                promise->start();
                storePage(page, true, {}, [promise](int stored) {
                    promise->addResult(stored);
                    promise->finish();
                });
                return promise->future();
            })
        .unwrap();
}

QFuture<ArchiveService::OlderPage> ArchiveService::olderPage(
    qint64 chatId, const QString &peer, qint64 beforeMessageId, int count)
{
    auto local = beforeMessageId != 0 ? m_history->pageBefore(beforeMessageId, count)
                                      : QtFuture::makeReadyFuture(QList<Message>());
    return local
        .then(this,
            [=, this](const QList<Message> &page) {
                if (!page.isEmpty())
                    return QtFuture::makeReadyFuture(OlderPage { page, false });
                if (m_exhausted.contains(chatId))
                    return QtFuture::makeReadyFuture(OlderPage { {}, true });
                if (m_session->state() != ConnectionState::Connected)
                    return QtFuture::makeReadyFuture(OlderPage {});
                return fetchOlder(chatId, peer)
                    .then(this,
                        [=, this](int stored) {
                            if (stored <= 0) {
                                m_exhausted.insert(chatId);
                                return QtFuture::makeReadyFuture(OlderPage { {}, true });
                            }
                            // The new messages are in the store now, older than the view's.
                            if (beforeMessageId != 0)
                                return olderPage(chatId, peer, beforeMessageId, count);
                            return m_history->newestPage(chatId, count)
                                .then(this, [](const QList<Message> &newest) {
                                    return OlderPage { newest, false };
                                });
                        })
                    .unwrap();
            })
        .unwrap();
}

} // namespace Natter
