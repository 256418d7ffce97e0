#include "ChatActions.h"

#include "CachedFiles.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessagingService.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Natter {

ChatActions::ChatActions(HistoryService *history, MessagingService *messaging, GroupService *groups,
    const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_messaging(messaging)
    , m_groups(groups)
    , m_cacheDir(cacheDir)
{ }

QFuture<bool> ChatActions::clearMessages(qint64 chatId)
{
    return removeMessages(chatId, false).then(this, [this, chatId](bool cleared) {
        if (cleared)
            Q_EMIT chatCleared(chatId);
        return cleared;
    });
}

QFuture<bool> ChatActions::deleteChat(qint64 chatId, bool leaveGroup)
{
    // Leaving first: a group still joined would go on filling the chat it was deleted from.
    if (leaveGroup && m_groups->group(chatId).chatId == chatId)
        m_groups->leave(chatId);
    return removeMessages(chatId, true).then(this, [this, chatId](bool deleted) {
        if (deleted)
            Q_EMIT chatDeleted(chatId);
        return deleted;
    });
}

QFuture<bool> ChatActions::removeMessages(qint64 chatId, bool hide)
{
    return m_history->chats()
        .clearMessages(chatId, hide)
        .then(this,
            [this](const std::optional<QStringList> &files) {
                if (!files)
                    return QtFuture::makeReadyFuture(false);
                // A chat can take thousands of files with it: they go off the GUI thread.
                return QtConcurrent::run(CachedFiles::remove, m_cacheDir, *files).then([] {
                    return true;
                });
            })
        .unwrap();
}

void ChatActions::markUnread(qint64 chatId)
{
    m_history->chats().setMarkedUnread(chatId, true);
}

void ChatActions::markRead(qint64 chatId)
{
    m_history->chats().setMarkedUnread(chatId, false);
    m_history->chats().newestIncoming(chatId).then(this, [this](qint64 newest) {
        if (newest != 0)
            m_messaging->markDisplayed(newest);
    });
}

void ChatActions::opened(qint64 chatId)
{
    if (chatId != 0)
        m_history->chats().setMarkedUnread(chatId, false);
}

QFuture<QList<qint64>> ChatActions::find(qint64 chatId, const QString &text)
{
    if (chatId == 0 || text.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(QList<qint64>());
    return m_history->search()
        .search(text, chatId, SearchStore::Order::Newest, MaxFindMatches)
        .then(this, [](QList<SearchHit> hits) {
            // The index lists by arrival; a page fetched from the archive arrives late.
            std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
                return a.message.timestamp != b.message.timestamp
                    ? a.message.timestamp > b.message.timestamp
                    : a.message.id > b.message.id;
            });
            QList<qint64> ids;
            ids.reserve(hits.size());
            for (const SearchHit &hit : std::as_const(hits))
                ids.append(hit.message.id);
            return ids;
        });
}

} // namespace Natter
