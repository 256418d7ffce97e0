#pragma once

#include "Group.h"
#include "Message.h"
#include "MucTypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Natter {

class GroupMessaging;
class GroupService;
class HistoryService;
class MucOwnerSync;
class MucSync;
class Session;

// "Read by" in private groups (never in channels), with XEP-0333 markers as Conversations sends
// them: our marker names the room's stanza-id of the newest message the person read; a member's
// marker marks our messages up to the one it names as read by that member, and a message of
// ours turns Read once every other member of the room's member list has read it.
class GroupReceipts : public QObject
{
    Q_OBJECT

public:
    // Reading a page marks many messages at once: the newest of them goes out this much later,
    // as one marker.
    static constexpr int MarkerDelayMs = 300;

    GroupReceipts(Session *session, MucSync *muc, MucOwnerSync *owner, GroupService *groups,
        GroupMessaging *messaging, HistoryService *history, QObject *parent = nullptr);

    // The person has read message, an incoming group message, and read receipts are on.
    void markDisplayed(const Message &message);
    // Who has read our message, with the nickname each has in the room now.
    QFuture<QList<GroupReader>> readers(qint64 messageId);
    // The group's members other than us ("read by 3 of 5"); -1 while the list is not known.
    Q_INVOKABLE int memberCount(qint64 chatId) const;
    // The room's members as we know them (bare JIDs, us included); empty while not known.
    QStringList members(const QString &room) const;

Q_SIGNALS:
    // Someone read our message: its readers changed.
    void readersChanged(qint64 messageId);
    void membersChanged(qint64 chatId);

private:
    struct Room
    {
        QSet<QString> members;
        bool known = false;
        bool fetching = false;
        bool fetchAgain = false;
        Message marking; // the newest read message whose marker waits to go out
        qint64 markedAt = 0; // the timestamp of the newest one marked already
        qint64 markedId = 0;
    };

    void fetchMembers(const QString &room);
    void checkAffiliations(const QString &room);
    void handleDisplayed(const QString &room, const Occupant &reader, const QString &stanzaId);
    // Our messages all the other members have read become Read.
    void settle(const QString &room, const QList<MessageReads> &reads);
    void sendMarkers();
    QString ownJid() const;

    Session *m_session;
    MucSync *m_muc;
    MucOwnerSync *m_owner;
    GroupService *m_groups;
    HistoryService *m_history;
    QHash<QString, Room> m_rooms;
    QTimer m_markerTimer;
};

} // namespace Natter
