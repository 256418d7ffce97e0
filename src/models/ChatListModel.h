#pragma once

#include "AccountSession.h"
#include "Chat.h"
#include "Enums.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

struct Message;

// The chat list: one row per chat with avatar, name, a one-line preview of the last message,
// its time, ticks for our own, the unread count and a live "typing…". Pinned chats stay on
// top; archived chats and message requests (chats strangers opened) are listed on their own.
// Rows follow the store as messages arrive.
class ChatListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int archivedCount READ archivedCount NOTIFY archivedCountChanged)
    // The message requests instead of the chats; a blocked stranger's request is listed nowhere.
    Q_PROPERTY(bool showRequests READ showRequests WRITE setShowRequests NOTIFY showRequestsChanged)
    Q_PROPERTY(int requestCount READ requestCount NOTIFY requestCountChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    enum Role {
        ChatIdRole = Qt::UserRole + 1,
        PeerRole,
        NameRole,
        InitialsRole,
        ColorRole,
        AvatarRole,
        PresenceRole,
        PreviewRole, // the last message on one line, plain text; a file without text by its kind
        PreviewIconRole, // "photo", "video", "audio", "document" for a file; else empty
        OwnLastRole, // the last message is ours: the row shows "You: " and ticks
        DeliveryStateRole, // of the last message, when it is ours
        TimeRole, // "14:02", "Yesterday", "Tuesday" or a date
        TimestampRole, // ms since the epoch, 0 for a chat without messages
        UnreadRole,
        PinnedRole,
        ArchivedRole,
        TypingRole,
        IsGroupRole,
        // In a group, the nickname of whoever wrote the last message when it is not ours.
        LastSenderRole,
        // Muted now: no notifications, a muted icon, and the unread count shown greyed.
        MutedRole,
        // The person marked it unread: a badge without a number until it is opened.
        MarkedUnreadRole,
    };
    Q_ENUM(Role)

    explicit ChatListModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);
    int archivedCount() const;
    bool showRequests() const { return m_showRequests; }
    void setShowRequests(bool show);
    int requestCount() const;
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setPinned(qint64 chatId, bool pinned);
    Q_INVOKABLE void setArchived(qint64 chatId, bool archived);
    // The row of a chat, -1 when it is not shown.
    Q_INVOKABLE int rowOf(qint64 chatId) const;
    // The peer of the chat step rows away from peer's row (Alt+Up/Down), or of the first row
    // when peer is not shown; empty past either end.
    Q_INVOKABLE QString peerNear(const QString &peer, int step) const;

    // For tests and benchmarks: the moment the stored chats were first shown.
    static constexpr int RefreshDelayMs = 50;

Q_SIGNALS:
    void sessionChanged();
    void filterChanged();
    void showArchivedChanged();
    void countChanged();
    void archivedCountChanged();
    void showRequestsChanged();
    void requestCountChanged();
    void loadedChanged();

private:
    void reload();
    void scheduleRefresh(qint64 chatId);
    void refreshPending();
    void apply(const Chat &chat);
    void applyMessageChange(const Message &message);
    void applyUnread(qint64 chatId, int unread);
    void applyTyping(const QString &peer, ChatState state);
    void applyContacts(const QStringList &jids);
    void rebuildVisible();
    bool accepts(const Chat &chat) const;
    bool isRequest(const Chat &chat) const;
    // Rows again from scratch: the filter, the view or the requests changed.
    void resetVisible();
    void countRequests();
    QString displayName(const Chat &chat) const;
    // Learns who wrote a group's last message, for its "Alice: …" preview.
    int indexOfChat(qint64 chatId) const;

    QPointer<AccountSession> m_session;
    QList<Chat> m_chats; // every chat of the account, in list order
    QList<int> m_visible; // indexes into m_chats of the rows shown, in order
    QSet<QString> m_typing; // peers typing now
    QSet<qint64> m_refresh; // chats to read again from the store
    QTimer m_refreshTimer;
    QString m_filter;
    bool m_showArchived = false;
    bool m_showRequests = false;
    int m_requestCount = 0;
    bool m_loaded = false;
    quint64 m_generation = 0; // drops answers to a reload that was replaced
};

} // namespace Natter
