#pragma once

#include <QHash>
#include <QObject>

namespace Natter {

class HistoryService;

// The unread messages over all chats of the account, for the tray icon's badge.
class UnreadCounter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    explicit UnreadCounter(HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);
    int unreadCount() const { return m_total; }

Q_SIGNALS:
    void unreadCountChanged();

private:
    void refresh(qint64 chatId);
    void apply(qint64 chatId, int count);

    HistoryService *m_history;
    qint64 m_accountId = 0;
    QHash<qint64, int> m_unread; // chat id → unread messages
    int m_total = 0;
};

} // namespace Natter
