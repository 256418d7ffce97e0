#pragma once

#include "AccountSession.h"
#include "AttachmentRoles.h"
#include "Message.h"
#include "MessageSelection.h"
#include "MessageWindow.h"
#include "ReactionRoles.h"
#include "ReplyQuotes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// One conversation for QML, newest message in row 0 (the view lays out bottom to top, so older
// pages are appended without moving what the person looks at). A window of the history is
// loaded by key and grows lazily both ways: from the store, and from the server archive past
// the oldest local message. Ticks, edits and new messages follow the store live.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    Q_PROPERTY(qint64 chatId READ chatId NOTIFY chatIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // The newest stored message is loaded: new ones appear as they arrive.
    Q_PROPERTY(bool atLiveEnd READ atLiveEnd NOTIFY atLiveEndChanged)
    // Nothing older exists, locally or in the server's archive.
    Q_PROPERTY(bool atStart READ atStart NOTIFY atStartChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(bool peerTyping READ peerTyping NOTIFY peerTypingChanged)
    // How many messages were unread when the chat opened, for the "N unread messages" divider.
    Q_PROPERTY(int unreadAtOpen READ unreadAtOpen NOTIFY chatIdChanged)
    // The chat is a group: incoming messages carry their author's nickname.
    Q_PROPERTY(bool isGroup READ isGroup NOTIFY chatIdChanged)
    // Several messages chosen at once, to act on together.
    Q_PROPERTY(Natter::MessageSelection *selection READ selection CONSTANT)
    // What the in-chat find looks for: its words are marked in the bubbles' text.
    Q_PROPERTY(QString findText READ findText WRITE setFindText NOTIFY findTextChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        BodyRole, // plain text, as stored
        HtmlRole, // escaped, styled rich text for the bubble
        OutgoingRole,
        TimeRole, // "14:02"
        TimestampRole,
        DeliveryStateRole,
        ErrorTextRole,
        EditedRole,
        DaySeparatorRole, // "Today", "Yesterday", …: set on the first message of each day
        GroupedWithOlderRole, // same sender shortly before: no gap, no bubble tail
        UnreadDividerRole, // the first message that was unread when the chat opened
        SenderNameRole, // in a group, the author's nickname (untrusted); else empty
        SenderColorRole, // the nickname's XEP-0392 colour, the same in every chat
        IsSystemRole, // a line of the group's own ("Bob added Carol"), not a message
        SystemTextRole, // that line in words, plain text; else empty
        // XEP-0461: what a reply answers (ReplyQuotes): its state (ReplyQuotes::State), the
        // original's author (untrusted, plain), that author's colour, one line of it, and a
        // photo's thumbnail URL.
        ReplyStateRole,
        ReplyAuthorRole,
        ReplyColorRole,
        ReplyExcerptRole,
        ReplyThumbnailRole,
        RetractedRole, // deleted for everyone: "This message was deleted"
        CanRetractRole, // ours, and still within the window for "Delete for everyone"
        // XEP-0444: one chip per emoji, [{ emoji, count, ours, names, accessibleName }]
        ReactionsRole,
        CheckedRole, // one of several messages chosen at once (selection)
        ForwardedRole, // forwarded from another chat: "Forwarded" above the text
        CanForwardRole, // a person's message, not deleted, with every file uploaded
        StarredRole, // starred on this device (Stars)
        // The first file's roles (AttachmentRoles) follow, far above these.
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    explicit ConversationModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString peer() const { return m_peer; }
    void setPeer(const QString &peer);
    qint64 chatId() const { return m_chatId; }
    bool isLoading() const { return m_loading; }
    bool atLiveEnd() const { return m_atLiveEnd; }
    bool atStart() const { return m_atStart; }
    int unreadCount() const { return m_unreadCount; }
    bool peerTyping() const { return m_peerTyping; }
    int unreadAtOpen() const { return m_unreadAtOpen; }
    bool isGroup() const { return m_isGroup; }
    MessageSelection *selection() { return &m_selection; }
    QString findText() const { return m_findText; }
    void setFindText(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads the page before the oldest loaded message, from the archive when the store has none.
    Q_INVOKABLE void fetchOlder();
    // Loads the page after the newest loaded message, when the view is not at the live end.
    Q_INVOKABLE void fetchNewer();
    // Loads the history around a message (a search hit) and asks the view to show it.
    Q_INVOKABLE void jumpTo(qint64 messageId);
    Q_INVOKABLE void jumpToLatest();
    // Shows the message a reply answers, paging back the archive when it is not local (a few
    // pages at most); originalNotFound() when it is nowhere.
    Q_INVOKABLE void jumpToOriginal(qint64 replyId);
    // The person has seen this message (in view, window active): mark it and those before read.
    Q_INVOKABLE void markSeen(qint64 messageId);
    Q_INVOKABLE void retry(qint64 messageId);
    Q_INVOKABLE int rowOf(qint64 messageId) const;
    // The message id in a row, 0 when there is no such row.
    Q_INVOKABLE qint64 idAt(int row) const;
    // The newest loaded message of ours, -1 when none is loaded (Up in an empty composer).
    Q_INVOKABLE int lastOwnRow() const;
    // Puts a row's plain text on the clipboard, as stored (no markup, no rich text).
    Q_INVOKABLE void copyText(int row) const;
    // The links in a row's text, for its menu: a keyboard opens them there.
    Q_INVOKABLE QStringList linksAt(int row) const;
    // Whether the row is a message of ours we may still edit (XEP-0308), for its menu.
    Q_INVOKABLE bool canEditAt(int row) const;
    // Deleting (session.retractions decides): for everyone, or for me with an Undo that lasts
    // Retractions::UndoMs; deletedForMe tells the view to offer it.
    Q_INVOKABLE void retract(qint64 messageId);
    Q_INVOKABLE void deleteForMe(qint64 messageId);
    Q_INVOKABLE void undoDelete(qint64 messageId);
    // Our reaction emoji on a row's message: added, or taken back when it is ours already.
    Q_INVOKABLE void react(int row, const QString &emoji);
    // Stars the message, or takes its star away (session.stars).
    Q_INVOKABLE void toggleStar(qint64 messageId);
    // The quick bar's emoji.
    Q_INVOKABLE QStringList quickReactions() const;

    // Choosing several messages: a row in or out (click, Space), or every message from the last
    // one chosen to this row (Shift). Then the choice, oldest first: its text on the clipboard,
    // or every message deleted for me (with one Undo) or for everyone (when all may be).
    Q_INVOKABLE void toggleChecked(int row) { m_selection.toggle(row); }
    Q_INVOKABLE void extendChecked(int row) { m_selection.extendTo(row); }
    Q_INVOKABLE void copyChecked() const;
    Q_INVOKABLE void deleteCheckedForMe();
    Q_INVOKABLE void retractChecked();
    // Stars every chosen message, or takes the stars away when all of them have one.
    Q_INVOKABLE void starChecked();

    // A message's files, by attachment id: forwarded to session.media.
    Q_INVOKABLE void download(qint64 attachmentId) { m_attachments.download(attachmentId); }
    Q_INVOKABLE void cancelTransfer(qint64 id) { m_attachments.cancelTransfer(id); }
    Q_INVOKABLE void retryUpload(qint64 id) { m_attachments.retryUpload(id); }
    Q_INVOKABLE void openExternally(qint64 id) { m_attachments.openExternally(id); }
    Q_INVOKABLE bool saveAs(qint64 id, const QUrl &target)
    {
        return m_attachments.saveAs(id, target);
    }

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void chatIdChanged();
    void countChanged();
    void loadingChanged();
    void atLiveEndChanged();
    void atStartChanged();
    void unreadCountChanged();
    void peerTypingChanged();
    // The view should bring this row into sight: the first unread or a search hit, else row 0
    // (the newest) whenever a new window of the history has been loaded.
    void positionRequested(int row);
    void originalNotFound();
    void deletedForMe(qint64 messageId);
    void findTextChanged();

private:
    void open();
    void showWindow(const QList<Message> &oldestFirst, qint64 focusId, bool atLiveEnd);
    void replaceRows(const QList<Message> &newestFirstRows);
    void appendOlder(const QList<Message> &oldestFirst);
    void prependNewer(const QList<Message> &oldestFirst);
    void insertLive(const QList<Message> &added);
    void applyChange(const Message &message);
    void removeRow(qint64 messageId);
    void setLoading(bool loading);
    void setAtLiveEnd(bool atLiveEnd);
    void setAtStart(bool atStart);
    void touchNeighbours(int first, int last);
    void applyProgress(qint64 attachmentId, double progress);
    // A system line in words, naming a member known only by address as the contact they are.
    QString systemText(const Message &message) const;
    QVariant replyData(const Message &message, int role) const;
    void repaintRepliesTo(qint64 originalId);

    QPointer<AccountSession> m_session;
    QString m_peer;
    qint64 m_chatId = 0;
    MessageWindow m_window;
    MessageSelection m_selection { m_window, this };
    mutable QHash<qint64, QString> m_html; // formatted bodies, made when first shown
    QString m_findText;
    QStringList m_findWords; // m_findText's words, marked in m_html
    AttachmentRoles m_attachments;
    ReplyQuotes m_replies;
    ReactionRoles m_reactions;
    qint64 m_firstUnreadId = 0;
    qint64 m_pendingJump = 0; // asked for while the chat was still opening
    qint64 m_seenUpTo = 0; // the newest message reported seen, by timestamp
    bool m_loading = false;
    bool m_reloading = false; // a new window is on its way; live messages wait for it
    QList<Message> m_early; // live messages that arrived while the window was reloading
    bool m_atLiveEnd = true;
    bool m_atStart = false;
    int m_unreadCount = 0;
    int m_unreadAtOpen = 0;
    bool m_isGroup = false;
    bool m_peerTyping = false;
    quint64 m_generation = 0; // drops answers meant for a chat that is no longer shown
};

} // namespace Natter
