#include "UnreadCounter.h"

#include "ChatStore.h"
#include "HistoryService.h"
#include "MessageStore.h"

#include <QSet>

namespace Natter {

UnreadCounter::UnreadCounter(HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{
    MessageStore &messages = history->messages();
    // The chat row keeps the count; re-read it for the chats a batch touched.
    connect(&messages, &MessageStore::messagesAdded, this, [this](const QList<Message> &added) {
        QSet<qint64> chats;
        for (const Message &message : added) {
            if (message.direction == Direction::Incoming && !message.read)
                chats.insert(message.chatId);
        }
        for (const qint64 chatId : std::as_const(chats))
            refresh(chatId);
    });
    connect(&messages, &MessageStore::messageRemoved, this,
        [this](qint64 chatId, qint64) { refresh(chatId); });
    connect(&messages, &MessageStore::unreadCountChanged, this, &UnreadCounter::apply);
    // Marked unread or read, cleared or deleted.
    connect(&history->chats(), &ChatStore::chatChanged, this, &UnreadCounter::refresh);
}

void UnreadCounter::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    m_unread.clear();
    m_marked.clear();
    if (std::exchange(m_total, 0) != 0)
        Q_EMIT unreadCountChanged();
    if (accountId == 0)
        return;
    m_history->chats().chats(accountId).then(this, [this, accountId](const QList<Chat> &chats) {
        if (accountId != m_accountId)
            return;
        for (const Chat &chat : chats)
            applyChat(chat);
    });
}

void UnreadCounter::refresh(qint64 chatId)
{
    m_history->chats().chat(chatId).then(this, [this](const Chat &chat) {
        if (chat.id != 0 && (m_accountId == 0 || chat.accountId == m_accountId))
            applyChat(chat);
    });
}

void UnreadCounter::applyChat(const Chat &chat)
{
    const bool wasMarked = m_marked.contains(chat.id);
    if (wasMarked == chat.markedUnread)
        return apply(chat.id, chat.unreadCount);
    // The mark changes what the chat counts: take its old share out, put the new one in.
    const bool muted = leftOut(chat.id);
    const int before = counted(chat.id, m_unread.value(chat.id));
    if (chat.markedUnread)
        m_marked.insert(chat.id);
    else
        m_marked.remove(chat.id);
    m_unread.insert(chat.id, chat.unreadCount);
    const int after = counted(chat.id, chat.unreadCount);
    if (muted || before == after)
        return;
    m_total += after - before;
    Q_EMIT unreadCountChanged();
}

bool UnreadCounter::leftOut(qint64 chatId) const
{
    return (m_isMuted && m_isMuted(chatId)) || (m_isRequest && m_isRequest(chatId));
}

int UnreadCounter::counted(qint64 chatId, int count) const
{
    return count == 0 && m_marked.contains(chatId) ? 1 : count;
}

void UnreadCounter::apply(qint64 chatId, int count)
{
    const int before = counted(chatId, m_unread.value(chatId));
    m_unread.insert(chatId, count);
    const int after = counted(chatId, count);
    if (after == before || leftOut(chatId))
        return;
    m_total += after - before;
    Q_EMIT unreadCountChanged();
}

void UnreadCounter::recount()
{
    int total = 0;
    for (auto it = m_unread.cbegin(); it != m_unread.cend(); ++it) {
        if (!leftOut(it.key()))
            total += counted(it.key(), it.value());
    }
    if (std::exchange(m_total, total) != total)
        Q_EMIT unreadCountChanged();
}

} // namespace Natter
