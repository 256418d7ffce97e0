#pragma once

#include "Group.h"
#include "MucTypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <functional>

namespace Natter {

class BookmarkSync;
class GroupMessaging;
class GroupSystemLines;
class HistoryService;
class MucOwnerSync;
class MucSync;
class Session;

// How creating or joining a group ended: its chat, or why not in words for the person.
struct GroupResult
{
    qint64 chatId = 0;
    QString error;
};

// The person's groups: creating a private group, joining one by its address or an invitation,
// leaving, and being put out. Every group the person is in is entered again on each new
// session; one that refuses for good (destroyed, banned, membership taken) stays in the chat
// list read-only, with the reason. The account's bookmarks (XEP-0402) carry the list of groups to
// the person's other devices and to a fresh install: joining adds one, leaving removes it, and
// a group bookmarked elsewhere is joined here too.
class GroupService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY invitationsChanged)

public:
    // Invitations kept at most, newest first; older ones go, so a flood cannot grow the list.
    static constexpr int MaxInvitations = 50;
    // A group's name and subject, as stored and shown; a reason for leaving too.
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxSubjectLength = 1024;
    // Members invited when a group is created, at most (WhatsApp's group size).
    static constexpr int MaxNewMembers = 1024;

    GroupService(Session *session, MucSync *muc, MucOwnerSync *owner, BookmarkSync *bookmarks,
        GroupMessaging *messaging, HistoryService *history, QObject *parent = nullptr);

    void setAccountId(qint64 accountId);
    // The nickname a group gets unless the person chooses one (the profile name).
    void setDefaultNick(std::function<QString()> nick) { m_defaultNick = std::move(nick); }
    // Invitations from a JID this returns true for are offered as from a contact.
    void setContactFilter(std::function<bool(const QString &)> isContact)
    {
        m_isContact = std::move(isContact);
    }
    void setBlockedFilter(std::function<bool(const QString &)> isBlocked)
    {
        m_isBlocked = std::move(isBlocked);
    }
    // How a new group gets its picture (GroupAdmin): prepare checks and re-encodes the chosen
    // file before the room exists (empty bytes, with error set, when it is not usable); publish
    // sets it on the room once it does.
    void setPictureRoute(std::function<QByteArray(const QString &path, QString *error)> prepare,
        std::function<void(qint64 chatId, const QByteArray &png)> publish)
    {
        m_preparePicture = std::move(prepare);
        m_publishPicture = std::move(publish);
    }

    // Creates a private group named name on the account's group service, with members (bare
    // JIDs) made members and invited.
    QFuture<GroupResult> create(const QString &name, const QStringList &members);
    // Joins the group at address (a bare JID or an xmpp:room@service?join link).
    QFuture<GroupResult> join(
        const QString &address, const QString &nick = {}, const QString &password = {});
    // Leaves the group; it stays in the chat list, read-only.
    void leave(qint64 chatId);
    // The room's name as the room says it now (an owner renamed it, here or elsewhere).
    void takeRoomName(const QString &room, const QString &name);
    // The group's picture is now the cached one with this hash (empty: none); kept for restarts.
    void takeAvatarHash(const QString &room, const QString &hash);

    bool isGroup(const QString &peer) const { return m_groups.contains(peer); }
    Group group(qint64 chatId) const;
    Group groupFor(const QString &room) const { return m_groups.value(room); }
    QList<Group> groups() const { return m_groups.values(); }
    QList<Occupant> participants(qint64 chatId) const;
    QVariantList invitations() const;

    // picture: an image file the person chose for the group, or empty.
    Q_INVOKABLE void createGroup(
        const QString &name, const QStringList &members, const QUrl &picture = {});
    Q_INVOKABLE void joinGroup(
        const QString &address, const QString &nick = {}, const QString &password = {});
    Q_INVOKABLE void acceptInvitation(const QString &room);
    Q_INVOKABLE void declineInvitation(const QString &room);
    Q_INVOKABLE void leaveGroup(qint64 chatId) { leave(chatId); }
    // The room of a group's chat, to open it once createFinished or joinFinished names it.
    Q_INVOKABLE QString roomOf(qint64 chatId) const { return group(chatId).room; }
    // The nickname a group is joined with unless the person types another.
    Q_INVOKABLE QString defaultNickname() const { return defaultNick(); }

    // "Message privately": the chat with nick through the group's room (a GroupPrivate chat,
    // peer room@service/nick), created as needed. Resolves with its id, 0 when there is none.
    QFuture<qint64> privateChat(qint64 chatId, const QString &nick);
    // The same for QML: starts the chat and returns its peer to open (the chat is in the
    // history before the conversation asks for it); empty when chatId names no group.
    Q_INVOKABLE QString openPrivateChat(qint64 chatId, const QString &nick);
    // peer is room@service/nick in one of our groups' rooms.
    bool isPrivateChat(const QString &peer) const;
    // "Bob (Family)" for such a peer, plain text; empty for any other.
    Q_INVOKABLE QString privateChatTitle(const QString &peer) const;

    // The groups' timeline lines, for the services that find more of them (AwayChanges).
    GroupSystemLines *systemLines() const { return m_systemLines; }

Q_SIGNALS:
    void groupsChanged();
    void groupChanged(qint64 chatId);
    void participantsChanged(qint64 chatId);
    void invitationsChanged();
    // The outcome of createGroup, joinGroup or acceptInvitation; error empty on success.
    void createFinished(qint64 chatId, const QString &error);
    void joinFinished(qint64 chatId, const QString &error);

private:
    struct Invitation
    {
        QString room;
        QString from;
        QString reason;
        QString password;
        bool fromContact = false;
    };

    void load(qint64 accountId);
    void enterAll();
    void syncBookmarks();
    // A group bookmarked on another device (or before a fresh install) is joined here too.
    void takeBookmark(const Bookmark &bookmark);
    void dropBookmarked(const QString &room);
    void enter(const Group &group);
    QFuture<GroupResult> admit(const Group &group, const QString &password);
    void save(const Group &group);
    void handleExit(const QString &room, RoomExit exit, const QString &reason);
    // The room's configuration changed: a new name is saved and told in its timeline.
    void rereadName(const QString &room);
    void handleInvitation(
        const QString &room, const QString &from, const QString &reason, const QString &password);
    QString defaultNick() const;

    Session *m_session;
    MucSync *m_muc;
    MucOwnerSync *m_owner;
    BookmarkSync *m_bookmarks;
    GroupMessaging *m_messaging;
    GroupSystemLines *m_systemLines;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    QHash<QString, Group> m_groups; // by room
    bool m_loaded = false; // m_groups holds the account's groups from the history
    QList<Invitation> m_invitations; // newest first
    QHash<QString, QString> m_passwords; // room → password, for the rooms that need one
    std::function<QString()> m_defaultNick;
    std::function<bool(const QString &)> m_isContact;
    std::function<bool(const QString &)> m_isBlocked;
    std::function<QByteArray(const QString &, QString *)> m_preparePicture;
    std::function<void(qint64, const QByteArray &)> m_publishPicture;
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::GroupResult)
