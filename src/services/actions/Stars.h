#pragma once

#include "Message.h"
#include "StarStore.h"

#include <QFuture>
#include <QObject>

namespace Natter {

class HistoryService;

// Starred messages, as in WhatsApp: a person marks a message to find it again, in a list per
// chat and across chats. Stars are local to this device and never sent. A message deleted for
// everyone loses its star (the schema sees to it); one deleted for me takes it along, and Undo
// brings both back.
class Stars : public QObject
{
    Q_OBJECT

public:
    // Starred messages listed at a time, newest star first.
    static constexpr int PageSize = 50;

    explicit Stars(HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId) { m_accountId = accountId; }

    // Each resolves with whether the message is starred afterwards; a message that cannot be
    // starred (a system line, deleted, gone) stays unstarred. The change reaches the models as
    // HistoryService::messageChanged.
    QFuture<bool> star(qint64 messageId);
    QFuture<bool> unstar(qint64 messageId);
    QFuture<bool> toggle(qint64 messageId);
    // A page of the account's starred messages after the cursor: of one chat, or of all when
    // chatId is 0.
    QFuture<QList<Message>> starred(
        qint64 chatId, StarStore::Cursor after = {}, int count = PageSize);
    // For clearing a chat: every star of it goes (starsCleared); resolves with how many.
    QFuture<int> unstarChat(qint64 chatId);

Q_SIGNALS:
    // Every star of the chat went at once.
    void starsCleared(qint64 chatId);

private:
    static QFuture<bool> starredNow(QFuture<Message> change);

    StarStore m_store;
    qint64 m_accountId = 0;
};

} // namespace Natter
