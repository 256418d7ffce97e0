#pragma once

#include "AccountSession.h"
#include "GroupAdmin.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Natter {

class AccountSession;

// One group's participants panel: the people in it (us first as "You", then owners and admins,
// then everyone by name; members who are away greyed), and what we may do to each and to the
// group. Each action ends in actionFinished, with the reason in words when it did not work.
class ParticipantModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // The room's bare JID.
    Q_PROPERTY(QString peer READ peer WRITE setPeer NOTIFY peerChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY countChanged)
    // The group's picture, empty when it has none.
    Q_PROPERTY(QUrl avatar READ avatar NOTIFY avatarChanged)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY permissionsChanged)
    Q_PROPERTY(bool canRename READ canRename NOTIFY permissionsChanged)
    Q_PROPERTY(bool canSetSubject READ canSetSubject NOTIFY permissionsChanged)
    Q_PROPERTY(bool canSetPicture READ canSetPicture NOTIFY permissionsChanged)
    Q_PROPERTY(bool canDestroy READ canDestroy NOTIFY permissionsChanged)
    // An action is on its way to the room.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    enum Role {
        NickRole = Qt::UserRole + 1,
        JidRole,
        InitialsRole,
        ColorRole,
        AffiliationTextRole,
        IsAdminRole,
        OnlineRole,
        SelfRole,
        CanRemoveRole,
        CanBanRole,
        CanMakeAdminRole,
        CanDismissAdminRole,
    };

    explicit ParticipantModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString peer() const { return m_peer; }
    void setPeer(const QString &peer);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int onlineCount() const;
    QUrl avatar() const { return m_avatar; }
    bool canAdd() const { return can(GroupAdmin::Action::Add); }
    bool canRename() const { return can(GroupAdmin::Action::Rename); }
    bool canSetSubject() const { return can(GroupAdmin::Action::Subject); }
    bool canSetPicture() const { return can(GroupAdmin::Action::Picture); }
    bool canDestroy() const { return can(GroupAdmin::Action::Destroy); }
    bool busy() const { return m_busy > 0; }

    // The rows as the service reports them, and what we are in the group; sorted here.
    void setParticipants(
        QList<Participant> participants, MucAffiliation own, MucRole ownRole, bool subjectOpen);
    // Affiliations as a person reads them: "Owner", "Admin", "Member"; empty for none.
    static QString affiliationText(MucAffiliation affiliation);

    Q_INVOKABLE void addMember(const QString &jid);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void ban(int row);
    Q_INVOKABLE void makeAdmin(int row);
    Q_INVOKABLE void dismissAdmin(int row);
    Q_INVOKABLE void rename(const QString &name);
    Q_INVOKABLE void setSubject(const QString &subject);
    Q_INVOKABLE void setPicture(const QUrl &file);
    Q_INVOKABLE void deleteGroup();

Q_SIGNALS:
    void sessionChanged();
    void peerChanged();
    void countChanged();
    void avatarChanged();
    void permissionsChanged();
    void busyChanged();
    // action: "add", "remove", "ban", "makeAdmin", "dismissAdmin", "rename", "subject",
    // "picture", "delete"; error empty when it worked.
    void actionFinished(const QString &action, const QString &error);

private:
    bool can(GroupAdmin::Action action, MucAffiliation target = MucAffiliation::None) const;
    bool canOn(int row, GroupAdmin::Action action) const;
    void reload();
    void updateAvatar();
    qint64 chatId() const;
    void track(const QString &action, QFuture<QString> future);
    void onRow(int row, GroupAdmin::Action action, const QString &name,
        QFuture<QString> (GroupAdmin::*call)(qint64, const QString &));

    QPointer<AccountSession> m_session;
    QString m_peer;
    QList<Participant> m_rows;
    MucAffiliation m_own = MucAffiliation::None;
    MucRole m_ownRole = MucRole::None;
    bool m_subjectOpen = false;
    QUrl m_avatar;
    int m_busy = 0;
};

} // namespace Natter
