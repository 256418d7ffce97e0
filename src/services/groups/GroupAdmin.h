#pragma once

#include "MucTypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

template <typename T> class QPromise;

namespace Natter {

class AvatarCache;
class GroupService;
class MucOwnerSync;
class MucSync;
class RoomAdminSync;
class Session;

// One person of a group for its participants panel: who is in the room now, and the members
// who are not. nick is the room's name for them (or the address's name while away).
struct Participant
{
    QString nick;
    QString jid; // bare, when the room shows it
    MucAffiliation affiliation = MucAffiliation::None;
    MucRole role = MucRole::None;
    bool online = false;
    bool self = false;
};

// What an owner or admin may do in a group, and doing it: members added, removed, banned,
// made or dismissed as admins, and the group's name, description, picture, or its end. Every
// action ends with an empty string, or the reason in words for the person: never silently.
class GroupAdmin : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Add,
        Remove,
        Ban,
        MakeAdmin,
        DismissAdmin,
        Rename,
        Subject,
        Picture,
        Destroy
    };
    Q_ENUM(Action)

    // Our subject change that the room neither confirms nor refuses in this time failed.
    static constexpr int SubjectTimeoutMs = 20000;
    // A busy room's member list is read again at most this often.
    static constexpr int MemberRefreshMs = 3000;

    GroupAdmin(Session *session, MucSync *muc, MucOwnerSync *owner, RoomAdminSync *rooms,
        GroupService *groups, const QString &avatarDir, QObject *parent = nullptr);
    ~GroupAdmin() override;

    // Whether someone with affiliation own (and role ownRole) may do action to target
    // (None for actions on the group itself); subjectOpen: the room lets members set it.
    static bool allowed(Action action, MucAffiliation own, MucRole ownRole,
        MucAffiliation target = MucAffiliation::None, bool subjectOpen = false);

    QList<Participant> participants(qint64 chatId) const;
    MucAffiliation ownAffiliation(qint64 chatId) const;
    MucRole ownRole(qint64 chatId) const;
    bool subjectOpen(qint64 chatId) const;
    // The group's picture (a cached PNG), empty when it has none.
    QString avatarPath(qint64 chatId) const;

    QFuture<QString> addMember(qint64 chatId, const QString &jid);
    QFuture<QString> removeMember(qint64 chatId, const QString &jid);
    QFuture<QString> ban(qint64 chatId, const QString &jid);
    QFuture<QString> makeAdmin(qint64 chatId, const QString &jid);
    QFuture<QString> dismissAdmin(qint64 chatId, const QString &jid);
    QFuture<QString> rename(qint64 chatId, const QString &name);
    QFuture<QString> setSubject(qint64 chatId, const QString &subject);
    // From an image file the person chose (a path); scaled and checked like our own avatar.
    QFuture<QString> setPicture(qint64 chatId, const QString &filePath);
    // That file as the PNG a group's picture is made of; empty, with error set, when unusable.
    QByteArray preparePicture(const QString &filePath, QString *error) const;
    // Sets png (from preparePicture) as the group's picture.
    QFuture<QString> publishPicture(qint64 chatId, const QByteArray &png);
    QFuture<QString> destroy(qint64 chatId, const QString &reason = {});

Q_SIGNALS:
    void participantsChanged(qint64 chatId);
    void avatarChanged(qint64 chatId);
    // The room gave its member list (on entry, and after changes while we are in).
    void membersRead(const QString &room, const Natter::MemberList &members);

private:
    struct RoomState
    {
        MemberList members;
        // The nickname each member last had here, so one who is away is still shown by it.
        QHash<QString, QString> lastNicks;
        QString avatarHash;
        bool subjectOpen = false;
        bool refreshQueued = false;
        std::shared_ptr<QPromise<QString>> subject;
    };

    QString roomOf(qint64 chatId) const;
    qint64 chatOf(const QString &room) const;
    QFuture<QString> affiliate(qint64 chatId, const QString &jid, MucAffiliation affiliation);
    void refresh(const QString &room);
    void rememberNicks(const QString &room);
    void refreshMembers(const QString &room);
    void readInfo(const QString &room);
    // bytes of the picture, or the hash of one already cached; neither: the group has none.
    void takeAvatar(const QString &room, const QByteArray &bytes, const QString &cached = {});
    void finishSubject(const QString &room, const QString &error);

    Session *m_session;
    MucSync *m_muc;
    MucOwnerSync *m_owner;
    RoomAdminSync *m_rooms;
    GroupService *m_groups;
    AvatarCache *m_cache;
    QHash<QString, RoomState> m_state; // by room
};

} // namespace Natter
