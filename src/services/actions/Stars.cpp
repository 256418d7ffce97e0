#include "Stars.h"

#include "HistoryService.h"

#include <QDateTime>

namespace Natter {

Stars::Stars(HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_store(history->database(), history->messages())
{ }

QFuture<bool> Stars::starredNow(QFuture<Message> change)
{
    return change.then([](const Message &message) { return message.starredAt != 0; });
}

QFuture<bool> Stars::star(qint64 messageId)
{
    return starredNow(m_store.setStarred(messageId, QDateTime::currentMSecsSinceEpoch()));
}

QFuture<bool> Stars::unstar(qint64 messageId)
{
    return starredNow(m_store.setStarred(messageId, 0));
}

QFuture<bool> Stars::toggle(qint64 messageId)
{
    return starredNow(m_store.toggle(messageId, QDateTime::currentMSecsSinceEpoch()));
}

QFuture<QList<Message>> Stars::starred(qint64 chatId, StarStore::Cursor after, int count)
{
    if (m_accountId == 0)
        return QtFuture::makeReadyFuture(QList<Message> {});
    return m_store.starred(m_accountId, chatId, after, count);
}

QFuture<int> Stars::unstarChat(qint64 chatId)
{
    return m_store.unstarChat(chatId).then(this, [this, chatId](int count) {
        Q_EMIT starsCleared(chatId);
        return count;
    });
}

} // namespace Natter
