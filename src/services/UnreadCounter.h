#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace Natter {

class HistoryService;
struct Chat;

// The unread messages over all chats of the account, for the tray icon's badge. A muted chat
// keeps its count in the chat list but leaves this total (WhatsApp). A chat marked unread
// counts as one until it is opened. A message request counts nothing until it is accepted.
class UnreadCounter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    explicit UnreadCounter(HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);
    int unreadCount() const { return m_total; }
    void setMuteFilter(std::function<bool(qint64 chatId)> isMuted)
    {
        m_isMuted = std::move(isMuted);
    }
    void setRequestFilter(std::function<bool(qint64 chatId)> isRequest)
    {
        m_isRequest = std::move(isRequest);
    }
    // Sums the counts again, after a chat was muted or unmuted or a mute ended.
    void recount();

Q_SIGNALS:
    void unreadCountChanged();

private:
    void refresh(qint64 chatId);
    void apply(qint64 chatId, int count);
    void applyChat(const Chat &chat);
    int counted(qint64 chatId, int count) const;

    HistoryService *m_history;
    qint64 m_accountId = 0;
    std::function<bool(qint64)> m_isMuted;
    std::function<bool(qint64)> m_isRequest;
    bool leftOut(qint64 chatId) const;
    QHash<qint64, int> m_unread; // chat id → unread messages
    QSet<qint64> m_marked; // chats marked unread
    int m_total = 0;
};

} // namespace Natter
