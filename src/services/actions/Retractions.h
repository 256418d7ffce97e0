#pragma once

#include "HeldActions.h"
#include "Message.h"
#include "RetractCodec.h"
#include "RetractionStore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace Natter {

class ArchiveService;
class GroupMessaging;
class HistoryService;
class MessageSync;
class MucSync;
class RetractSync;
class Session;

// Deleting messages. For everyone (XEP-0424): ours within RetractWindowMs, and the retractions
// others send, on every path, counted only from the original's author; in groups also a
// moderator's (XEP-0425) when the room itself announces it. A retracted message keeps its
// place as "This message was deleted": text, mentions and files are gone, from the disk too.
// For me: the message leaves the history at once, and Undo can bring it back for UndoMs.
class Retractions : public QObject
{
    Q_OBJECT

public:
    // Like WhatsApp's (about two days): long enough to notice a message sent to the wrong chat,
    // short enough that old history stays what everyone read.
    static constexpr qint64 RetractWindowMs = 48LL * 60 * 60 * 1000;
    static constexpr int UndoMs = 5000;
    // Retractions of messages not stored yet, from people with no chat yet, kept at most.
    static constexpr int MaxOrphans = 100;

    Retractions(Session *session, MessageSync *messages, MucSync *muc, GroupMessaging *groups,
        ArchiveService *archive, HistoryService *history, const QString &cacheDir,
        QObject *parent = nullptr);
    ~Retractions() override;

    void setAccountId(qint64 accountId);
    // Which chats are groups (their retractions name the room's stanza-id).
    void setGroupFilter(std::function<bool(const QString &)> isGroup)
    {
        m_isGroup = std::move(isGroup);
    }
    void setUndoInterval(int ms) { m_undoMs = ms; }

    // Whether the person may delete message for everyone at nowMs: ours, sent, within the window,
    // not deleted yet, and (in a group) known to the room by its stanza-id.
    bool canRetract(const Message &message, qint64 nowMs) const;
    // Whether a retraction counts for original (see the trust rules in ISSUE 19).
    static bool mayApply(const Message &original, const Retraction &retraction);

    // Delete for everyone: the message is deleted here at once, and the retraction goes out now
    // or, offline, once when the chat can be reached again.
    QFuture<bool> retract(qint64 messageId);
    // Delete for me: gone at once (messageRemoved); for good after UndoMs.
    QFuture<bool> deleteForMe(qint64 messageId);
    // Brings a message deleted for me back, while its Undo lasts; false when it is too late.
    QFuture<bool> undoDelete(qint64 messageId);

Q_SIGNALS:
    // A message of the chat was deleted for everyone (by us, its author or a moderator).
    void messageRetracted(qint64 chatId, qint64 messageId);
    // A message deleted for me can no longer be brought back.
    void deleteFinal(qint64 messageId);

private:
    void receive(const Retraction &retraction);
    void apply(qint64 chatId, const Retraction &retraction);
    void heardOf(const QList<Message> &messages);
    void removeFiles(const QStringList &files) const;
    void flushOutbox(const QString &room = {});
    void send(const Message &message);

    Session *m_session;
    MucSync *m_muc;
    GroupMessaging *m_groups;
    HistoryService *m_history;
    RetractSync *m_sync;
    RetractionStore m_store;
    QString m_cacheDir;
    qint64 m_accountId = 0;
    std::function<bool(const QString &)> m_isGroup;
    int m_undoMs = UndoMs;
    HeldActions m_held;
    QList<Retraction> m_orphans; // for peers without a chat yet (catch-up stores them later)
    QSet<qint64> m_inFlight; // our retractions on the wire, sent once
    QHash<qint64, quint64> m_trashed; // deleted for me, undo still possible → which deletion
    quint64 m_lastDeletion = 0;
};

} // namespace Natter
