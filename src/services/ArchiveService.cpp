#include "ArchiveService.h"

#include "ArchiveSync.h"
#include "HistoryService.h"
#include "ServiceLogging.h"
#include "Session.h"

namespace Natter {

namespace {
constexpr int PageSize = 250;
// A new machine loads this many pages of recent history; older pages come on scrolling.
constexpr int FreshInstallPages = 4;
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
        if (!m_session->resumed())
            catchUp();
    });
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
    m_history->archive()
        .newestArchived(m_accountId)
        .then(this, [this](const ArchiveStore::Cursor &cursor) {
            if (!cursor.stanzaId.isEmpty())
                return continueAfter(cursor.stanzaId, 0);
            // Nothing from the archive yet: a new machine or a wiped profile.
            m_sync->fetchAfter({}, PageSize).then(this, [this](const ArchivePage &page) {
                storePage(page, true, [this, page](int stored) {
                    if (page.complete || !page.error.isEmpty())
                        return finish(stored);
                    continueBefore(page.first, FreshInstallPages - 1, stored);
                });
            });
        });
}

void ArchiveService::continueAfter(const QString &afterId, int stored)
{
    m_sync->fetchAfter(afterId, PageSize)
        .then(this, [this, afterId, stored](const ArchivePage &page) {
            storePage(page, false, [this, page, afterId, stored](int added) {
                if (page.complete || !page.error.isEmpty() || page.last.isEmpty()
                    || page.last == afterId)
                    return finish(stored + added);
                continueAfter(page.last, stored + added);
            });
        });
}

void ArchiveService::continueBefore(const QString &beforeId, int pagesLeft, int stored)
{
    if (pagesLeft <= 0 || beforeId.isEmpty())
        return finish(stored);
    m_sync->fetchBefore({}, beforeId, PageSize)
        .then(this, [this, pagesLeft, stored](const ArchivePage &page) {
            storePage(page, true, [this, page, pagesLeft, stored](int added) {
                if (page.complete || !page.error.isEmpty())
                    return finish(stored + added);
                continueBefore(page.first, pagesLeft - 1, stored + added);
            });
        });
}

void ArchiveService::storePage(
    const ArchivePage &page, bool markRead, std::function<void(int)> done)
{
    if (!page.error.isEmpty())
        qCWarning(lcServices) << "archive query failed:" << page.error;
    if (page.messages.isEmpty())
        return done(0);
    QList<Message> messages;
    for (const Message &message : page.messages) {
        if (!(message.direction == Direction::Incoming && m_isBlocked && m_isBlocked(message.peer)))
            messages.append(message);
    }
    if (messages.isEmpty())
        return done(0);
    for (Message &message : messages) {
        message.accountId = m_accountId;
        // History from before this machine knew the account is not news.
        message.read = markRead || message.direction == Direction::Outgoing;
    }
    m_history->messages().insertMessages(messages).then(
        this, [done](const QList<Message> &stored) { done(int(stored.size())); });
}

void ArchiveService::finish(int stored)
{
    m_catchingUp = false;
    ++m_completedCatchUps;
    qCInfo(lcServices) << "archive catch-up stored" << stored << "messages";
    Q_EMIT catchUpFinished(stored);
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
                storePage(page, true, [promise](int stored) {
                    promise->addResult(stored);
                    promise->finish();
                });
                return promise->future();
            })
        .unwrap();
}

} // namespace Natter
