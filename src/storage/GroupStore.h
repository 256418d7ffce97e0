#pragma once

#include "Group.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Connection;
class Database;

// The groups of an account: each is a chat of a group kind with a row of what we know of the
// room. Changes are announced by groupChanged on the thread that owns the store.
class GroupStore : public QObject
{
    Q_OBJECT
public:
    explicit GroupStore(Database &database, QObject *parent = nullptr);
    ~GroupStore() override;

    // Adds the group, or updates its name, subject, nick, state and reason; its chat is created
    // (or turned into a group chat) as needed. Resolves with the group, chatId set; chatId 0 on
    // failure.
    QFuture<Group> saveGroup(const Group &group);
    // The account's groups, every state, oldest first.
    QFuture<QList<Group>> groups(qint64 accountId);
    // Where the room's archive catch-up resumes; call once the messages up to it are stored.
    QFuture<bool> setArchiveId(qint64 chatId, const QString &archiveId);
    // The group's picture as cached (its SHA-1), so a restart shows it before any fetch.
    QFuture<bool> setAvatarHash(qint64 chatId, const QString &hash);

    // Replaces the group's stored member list; a member given without a nickname keeps the
    // stored one. Resolves with the list it replaced, nicknames kept: empty on the first visit
    // (and on failure, when nothing can be compared).
    QFuture<QList<GroupMember>> replaceMembers(qint64 chatId, const QList<GroupMember> &members);
    // One member's change as the room told it while we were in: an affiliation below member
    // takes them off the list, a nickname left empty keeps the stored one. Nothing when no list
    // is stored yet (a part of one would make the next entry's comparison wrong).
    QFuture<bool> updateMember(qint64 chatId, const GroupMember &member);

    // Our messages one marker covers at most, newest first: older ones were covered by the
    // reader's earlier markers, and a marker stays one bounded write however long the group.
    static constexpr int MaxReadsPerMarker = 200;
    // A marker names one of the chat's newest this many messages; one naming an older message
    // is stale (a reader marks what they see now) and finds nothing.
    static constexpr int MarkerReach = 2000;
    // reader has read the chat up to and including the message with the room's stanza-id
    // (a marker means "read up to here"): records it for each of our sent messages up to it.
    // Resolves with those newly read, each with all its readers; nothing when the id names no
    // message of this chat.
    QFuture<QList<MessageReads>> recordRead(
        qint64 chatId, const QString &stanzaId, const QString &reader, qint64 readAt);
    // Our messages in the chat that someone has read and that are not Read yet, newest first
    // (at most MaxReadsPerMarker), each with its readers.
    QFuture<QList<MessageReads>> partlyRead(qint64 chatId);
    // Who has read one of our messages, oldest read first.
    QFuture<QList<GroupReader>> readers(qint64 messageId);

Q_SIGNALS:
    void groupChanged(qint64 chatId);

private:
    static QList<GroupReader> readersOf(Connection &c, qint64 messageId);

    Database &m_db;
};

} // namespace Natter
