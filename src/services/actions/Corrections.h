#pragma once

#include "Message.h"
#include "MessageReader.h"

#include <QFuture>
#include <QObject>

namespace Natter {

class HeldActions;
class HistoryService;
class MessagingService;

// Last message correction (XEP-0308). Received corrections are judged and applied as the
// history stores them (MessageWriter, CorrectionRule); this holds the ones that came before
// their original until it is stored. Ours: a correction is stored like any message of ours,
// in the outbox until the server has it, and names the original by the origin-id we sent.
class Corrections : public QObject
{
    Q_OBJECT

public:
    Corrections(HistoryService *history, MessagingService *messaging, QObject *parent = nullptr);

    HeldActions *held() const { return m_held; }

    // Whether we may edit this message of ours now (the "Edit" menu entry).
    static bool mayEditNow(const Message &message);
    // Our message messageId if we may still edit it (see CorrectionRule::mayEdit); else a
    // Message with id 0.
    QFuture<Message> editable(qint64 messageId) const;
    // Our newest message in the chat, if we may still edit it; else a Message with id 0.
    QFuture<Message> lastEditable(qint64 chatId) const;
    // A corrected message's texts, oldest first (its first, then each correction's).
    QFuture<QList<MessageVersion>> versions(qint64 messageId) const;
    // Replaces the text of our message messageId: stores the correction and sends it. Resolves
    // with false when the message cannot be edited (anymore) or the text is empty.
    QFuture<bool> correct(qint64 messageId, const QString &text);

    // How many of the chat's newest messages are searched for our last one.
    static constexpr int LastMessageSearchDepth = 50;

private:
    void hold(const QList<Message> &corrections);

    HistoryService *m_history;
    MessagingService *m_messaging;
    HeldActions *m_held;
};

} // namespace Natter
