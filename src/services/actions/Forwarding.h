#pragma once

#include "Message.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace Natter {

class HistoryService;
class MessagingService;

// Forwarding (issue 19): a message goes to other chats as a new message of ours, marked
// "Forwarded", through the normal outbox. A file goes on as it is: the same link and metadata,
// never uploaded again, and only if the local copy is still the file its hash names.
class Forwarding : public QObject
{
    Q_OBJECT

public:
    // WhatsApp's limit, against forwarding as a way to spam: a person picks at most this many.
    static constexpr int MaxChats = 5;
    // Messages forwarded at once: a conversation's worth, not a history's.
    static constexpr int MaxMessages = 100;

    Forwarding(HistoryService *history, MessagingService *messaging, const QString &mediaCache,
        QObject *parent = nullptr);

    // A person's message that is fully there: not deleted, not a group's own line, and every
    // file has its link (not still uploading).
    static bool canForward(const Message &message);

    // Stores a forwarded copy of messageId for each of peers (bare JIDs of chats or contacts,
    // at most MaxChats). Resolves with an empty string once every copy is in the outbox, else
    // with why nothing was forwarded, in words for the person.
    QFuture<QString> forward(qint64 messageId, const QStringList &peers);
    // Several messages chosen together, oldest first: each forwarded in turn, so the copies keep
    // their order; stops at the first that can't be, with why.
    QFuture<QString> forward(const QList<qint64> &messageIds, const QStringList &peers);

Q_SIGNALS:
    // Copies of one message were stored for these chats.
    void forwarded(const QStringList &peers);

private:
    QFuture<QString> forwardChecked(const Message &original, const QStringList &peers);

    HistoryService *m_history;
    MessagingService *m_messaging;
    QString m_outgoingDir;
};

} // namespace Natter
