#pragma once

#include "Group.h"
#include "Message.h"
#include "MucTypes.h"
#include "Retraction.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Natter {

class ArchiveSync;
class HistoryService;
class MucSync;
class Session;
struct ArchivePage;

// The path of group messages, each stored exactly once: live from the room, reflected back to us
// and from the room's archive. On every entry into a room, the room's archive is read from where
// the last visit left off, and only then does what waits in the outbox go out, so a message the
// room already has (sent before a crash) is recognised by its origin-id and not sent twice.
class GroupMessaging : public QObject
{
    Q_OBJECT

public:
    // Room archive pages of this many messages; a catch-up stops after MaxCatchUpPages and
    // resumes there on the next entry, so one visit never holds the connection for long.
    static constexpr int CatchUpPageSize = 100;
    static constexpr int MaxCatchUpPages = 50;
    // Live messages wait this long to share one transaction; the room's archive covers a crash
    // in between, since the catch-up point moves only after they are stored.
    static constexpr int BatchDelayMs = 20;

    GroupMessaging(Session *session, MucSync *muc, ArchiveSync *archive, HistoryService *history,
        QObject *parent = nullptr);

    void setAccountId(qint64 accountId) { m_accountId = accountId; }

    // The room let us in: catch up from its archive, then send what waits for it.
    void roomEntered(const Group &group);
    // We are out of the room: its messages wait in the outbox until the next entry.
    void roomLeft(const QString &room);
    // Entered and caught up: new messages go out at once.
    bool isReady(const QString &room) const;
    // Sends a stored message of ours to its group now, if the group is entered and caught up.
    void transmit(const Message &message);
    // The "@Nick" in body that name someone in room now: the references our message carries.
    QList<Mention> mentionsIn(const QString &room, const QString &body) const;

Q_SIGNALS:
    // New group messages on disk, live or from the room's archive.
    void messagesStored(const QList<Natter::Message> &messages);
    // The room's archive has been read up to now (or as far as one visit reads).
    void caughtUp(const QString &room);
    // Retractions and moderations (XEP-0424/0425) from the room's archive.
    void retractionsArchived(const QList<Natter::Retraction> &retractions);

private:
    struct Room
    {
        qint64 chatId = 0;
        QString nick;
        QString archiveId; // where the next catch-up starts
        bool catchingUp = false;
        int pages = 0;
        QString liveNewest; // newest live stanza-id stored since the last archive query
        bool markable = false; // members of a private group exchange read markers
    };
    struct Sent
    {
        qint64 id = 0;
        QString room; // only the room it went to may report on it
    };

    void handleLive(const Message &message, const Occupant &author);
    void flushLive();
    void fetchPage(const QString &room);
    void storePage(const QString &room, const ArchivePage &page, bool fresh);
    void finishCatchUp(const QString &room, const QString &newest);
    void flushOutbox(const QString &room);
    // Makes message one of the room's, as we tell it: ours when it bears our nickname.
    void adopt(const Room &room, Message &message) const;
    void handleFailed(const QString &room, const QString &originId, const QString &reason);

    Session *m_session;
    MucSync *m_muc;
    ArchiveSync *m_archive;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    QHash<QString, Room> m_rooms;
    QHash<QString, Sent> m_inFlight; // origin-id → sent and not yet reflected
    QList<Message> m_live;
    QTimer m_flushTimer;
};

} // namespace Natter
