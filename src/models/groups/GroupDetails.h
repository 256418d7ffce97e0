#pragma once

#include "Group.h"
#include "GroupService.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Natter {

class AccountSession;

// One group for a conversation's header and footer: its name, who is in it, and whether the
// person can still write there (and if not, why), kept current as the service learns more.
class GroupDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::GroupService *service READ service WRITE setService NOTIFY serviceChanged)
    // Where the group's picture comes from (its GroupAdmin); without it, picture stays empty.
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // The room's bare JID, as the chat list and the conversation know it.
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    Q_PROPERTY(bool isGroup READ isGroup NOTIFY changed)
    Q_PROPERTY(qint64 chatId READ chatId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString subject READ subject NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QColor color READ color NOTIFY changed)
    // The room's picture (XEP-0486) as a local file, once fetched and checked; empty: initials.
    Q_PROPERTY(QUrl picture READ picture NOTIFY pictureChanged)
    Q_PROPERTY(bool channel READ channel NOTIFY changed)
    // The peer is someone in one of our groups' rooms (room@service/nick), written to privately:
    // name is then "Bob (Family)" and roomName the group's name. Not a group itself.
    Q_PROPERTY(bool privateChat READ privateChat NOTIFY changed)
    Q_PROPERTY(QString roomName READ roomName NOTIFY changed)
    // Nobody can write here any more: the composer gives way to stateText.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY changed)
    // Why the group is read-only, one sentence; empty while joined.
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    // The room's own words when it put us out, untrusted plain text; empty when none.
    Q_PROPERTY(QString exitReason READ exitReason NOTIFY changed)
    // "Alice, Bob, You", or "12 participants" past a handful; empty when nobody is known.
    Q_PROPERTY(QString participantsText READ participantsText NOTIFY participantsChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY participantsChanged)

public:
    // More names than this do not fit a header line: the count is shown instead.
    static constexpr int MaxNamedParticipants = 5;

    explicit GroupDetails(QObject *parent = nullptr);

    GroupService *service() const { return m_service; }
    void setService(GroupService *service);
    QString peer() const { return m_peer; }
    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QUrl picture() const { return m_picture; }
    void setPeer(const QString &peer);

    bool isGroup() const { return m_group.chatId != 0 && !m_private; }
    bool privateChat() const { return m_private; }
    QString roomName() const;
    qint64 chatId() const { return m_group.chatId; }
    QString name() const;
    QString subject() const { return m_group.subject; }
    QString initials() const;
    QColor color() const;
    bool channel() const { return isGroup() && m_group.kind == ChatKind::Channel; }
    bool readOnly() const { return isGroup() && m_group.state != GroupState::Joined; }
    QString stateText() const;
    QString exitReason() const { return readOnly() ? m_group.exitReason : QString(); }
    QString participantsText() const { return m_participantsText; }
    int participantCount() const { return m_participantCount; }

    // A list of the nicks for a header: sorted, ours last as "You", or a count past max.
    static QString summary(QStringList others, bool includesMe, int max = MaxNamedParticipants);

    Q_INVOKABLE void leave();

Q_SIGNALS:
    void serviceChanged();
    void sessionChanged();
    void pictureChanged();
    void peerChanged();
    void changed();
    void participantsChanged();

private:
    void update();
    void updateParticipants();
    void updatePicture();

    QPointer<GroupService> m_service;
    QPointer<AccountSession> m_session;
    QUrl m_picture;
    QString m_peer;
    Group m_group; // for a private chat, the group whose room it goes through
    bool m_private = false;
    QString m_participantsText;
    int m_participantCount = 0;
};

} // namespace Natter
