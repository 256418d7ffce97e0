#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

namespace Natter {

class GroupService;
class HistoryService;
class MessagingService;

// What the person does to a whole chat, from its row's menu or its header: clear its messages
// or delete it here (the server's archive keeps them, and never brings them back), mark it
// unread or read, and find words in it. Muting is MuteService's.
class ChatActions : public QObject
{
    Q_OBJECT

public:
    // An in-chat find lists at most this many matches, the newest; past them the person
    // narrows the words.
    static constexpr int MaxFindMatches = 1000;

    ChatActions(HistoryService *history, MessagingService *messaging, GroupService *groups,
        const QString &cacheDir, QObject *parent = nullptr);

    // Removes the chat's messages from this computer, with their downloaded files; the chat
    // stays. Resolves with false when there is no such chat.
    QFuture<bool> clearMessages(qint64 chatId);
    // As clearMessages, and the chat leaves the list until its next message. A group is left
    // first when leaveGroup is true.
    QFuture<bool> deleteChat(qint64 chatId, bool leaveGroup);
    // The same for QML, which has no futures; chatCleared and chatDeleted follow.
    Q_INVOKABLE void clear(qint64 chatId) { clearMessages(chatId); }
    Q_INVOKABLE void remove(qint64 chatId, bool leaveGroup) { deleteChat(chatId, leaveGroup); }

    // A badge on the chat, counted as unread, until the chat is opened.
    Q_INVOKABLE void markUnread(qint64 chatId);
    // What opening the chat does: its messages are read, markers go out where they may and
    // the other devices hear of it (ReadSync); a mark of unread goes.
    Q_INVOKABLE void markRead(qint64 chatId);
    // The chat is on screen: a mark of unread has done its work.
    Q_INVOKABLE void opened(qint64 chatId);

    // The chat's messages with every word of text (the last also as a prefix), newest first,
    // by id; at most MaxFindMatches.
    QFuture<QList<qint64>> find(qint64 chatId, const QString &text);

Q_SIGNALS:
    void chatCleared(qint64 chatId);
    void chatDeleted(qint64 chatId);

private:
    QFuture<bool> removeMessages(qint64 chatId, bool hide);

    HistoryService *m_history;
    MessagingService *m_messaging;
    GroupService *m_groups;
    QString m_cacheDir;
};

} // namespace Natter
