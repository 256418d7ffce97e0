#include "GroupAdmin.h"

#include "AvatarCache.h"
#include "GroupService.h"
#include "GroupSystemLines.h"
#include "Jid.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "Nickname.h"
#include "RoomAdminSync.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QCryptographicHash>
#include <QPromise>
#include <QTimer>

namespace Natter {

namespace {
QFuture<QString> failed(const QString &error)
{
    return QtFuture::makeReadyFuture(error);
}

QString notInGroup()
{
    return GroupAdmin::tr("You are not in this group any more.");
}

bool atLeast(MucAffiliation own, MucAffiliation needed)
{
    return int(own) >= int(needed);
}
} // namespace

GroupAdmin::GroupAdmin(Session *session, MucSync *muc, MucOwnerSync *owner, RoomAdminSync *rooms,
    GroupService *groups, const QString &avatarDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_owner(owner)
    , m_rooms(rooms)
    , m_groups(groups)
    , m_cache(new AvatarCache(avatarDir, this))
{
    connect(muc, &MucSync::occupantsChanged, this, [this](const QString &room) {
        const qint64 chatId = chatOf(room);
        if (chatId == 0)
            return;
        if (!m_state.contains(room))
            refresh(room); // just entered: what the room is like now
        else if (m_groups->groupFor(room).kind == ChatKind::PrivateGroup)
            refreshMembers(room);
        rememberNicks(room);
        Q_EMIT participantsChanged(chatId);
    });
    // A room entered before its group was saved (a first join) is read once the group is known.
    connect(groups, &GroupService::groupsChanged, this, [this] {
        for (const Group &group : m_groups->groups()) {
            if (group.state == GroupState::Joined && !m_state.contains(group.room)
                && m_muc->isJoined(group.room))
                refresh(group.room);
        }
    });
    connect(muc, &MucSync::configurationChanged, this, &GroupAdmin::readInfo);
    connect(muc, &MucSync::subjectChanged, this,
        [this](const QString &room) { finishSubject(room, {}); });
    connect(muc, &MucSync::subjectRefused, this, &GroupAdmin::finishSubject);
    connect(muc, &MucSync::roomExited, this, [this](const QString &room) {
        finishSubject(room, notInGroup());
        if (const qint64 chatId = chatOf(room))
            Q_EMIT participantsChanged(chatId);
    });
    connect(owner, &MucOwnerSync::affiliationChanged, this, &GroupAdmin::refreshMembers);
    connect(session, &Session::disconnected, this, [this] {
        // Read again on the next entry; the picture stays until the room says otherwise.
        for (auto it = m_state.begin(); it != m_state.end();)
            it = it->avatarHash.isEmpty() ? m_state.erase(it) : std::next(it);
    });
}

GroupAdmin::~GroupAdmin()
{
    for (const QString &room : m_state.keys())
        finishSubject(room, notInGroup());
}

bool GroupAdmin::allowed(
    Action action, MucAffiliation own, MucRole ownRole, MucAffiliation target, bool subjectOpen)
{
    using A = MucAffiliation;
    switch (action) {
    case Action::Add:
        return atLeast(own, A::Admin);
    case Action::Remove:
    case Action::Ban:
        // An admin acts on members and strangers; only an owner on admins (XEP-0045 §9.1).
        return own == A::Owner ? target != A::Owner
                               : own == A::Admin && int(target) < int(A::Admin);
    case Action::MakeAdmin:
        return own == A::Owner && int(target) < int(A::Admin) && target != A::Outcast;
    case Action::DismissAdmin:
        return own == A::Owner && target == A::Admin;
    case Action::Subject:
        return atLeast(own, A::Admin) || ownRole == MucRole::Moderator
            || (subjectOpen && ownRole != MucRole::Visitor && ownRole != MucRole::None);
    case Action::Rename:
    case Action::Picture:
    case Action::Destroy:
        return own == A::Owner;
    }
    return false;
}

QList<Participant> GroupAdmin::participants(qint64 chatId) const
{
    const Group group = m_groups->group(chatId);
    if (group.chatId == 0 || group.state != GroupState::Joined)
        return {};
    const Occupant self = m_muc->self(group.room);
    QList<Participant> list;
    QSet<QString> present;
    if (!self.nick.isEmpty())
        list.append({ self.nick, self.realJid, self.affiliation, self.role, true, true });
    for (const Occupant &o : m_muc->occupants(group.room)) {
        list.append({ o.nick, o.realJid, o.affiliation, o.role, true, false });
        if (!o.realJid.isEmpty())
            present.insert(o.realJid.toLower());
    }
    const RoomState state = m_state.value(group.room);
    const MemberList &members = state.members;
    const QString own = m_session->settings().jid.bare().toLower();
    for (const QString &jid : members.jids) {
        if (present.contains(jid) || jid == own)
            continue;
        const QString nick = state.lastNicks.value(jid, jid.section(u'@', 0, 0));
        list.append({ nick, jid, members.affiliations.value(jid), MucRole::None, false, false });
    }
    return list;
}

MucAffiliation GroupAdmin::ownAffiliation(qint64 chatId) const
{
    const QString room = roomOf(chatId);
    return m_muc->isJoined(room) ? m_muc->self(room).affiliation : MucAffiliation::None;
}

MucRole GroupAdmin::ownRole(qint64 chatId) const
{
    const QString room = roomOf(chatId);
    return m_muc->isJoined(room) ? m_muc->self(room).role : MucRole::None;
}

bool GroupAdmin::subjectOpen(qint64 chatId) const
{
    return m_state.value(roomOf(chatId)).subjectOpen;
}

QString GroupAdmin::avatarPath(qint64 chatId) const
{
    const Group group = m_groups->group(chatId);
    // Until the room is read again, the picture it had last time (cached on disk).
    const auto it = m_state.constFind(group.room);
    const QString hash
        = it != m_state.cend() && !it->avatarHash.isEmpty() ? it->avatarHash : group.avatarHash;
    return hash.isEmpty() ? QString() : m_cache->pathFor(hash);
}

QFuture<QString> GroupAdmin::addMember(qint64 chatId, const QString &address)
{
    const auto jid = Jid::parse(address.trimmed());
    if (!jid || jid->node().isEmpty())
        return failed(tr("That is not an address. It looks like name@example.org."));
    const QString room = roomOf(chatId);
    const QString bare = jid->bare();
    return affiliate(chatId, bare, MucAffiliation::Member)
        .then(this, [this, room, bare](QString e) {
            // Members first, then the invitation: a members-only room lets them in.
            if (e.isEmpty())
                m_owner->invite(room, bare);
            return e;
        });
}

QFuture<QString> GroupAdmin::removeMember(qint64 chatId, const QString &jid)
{
    return affiliate(chatId, jid, MucAffiliation::None);
}

QFuture<QString> GroupAdmin::ban(qint64 chatId, const QString &jid)
{
    return affiliate(chatId, jid, MucAffiliation::Outcast);
}

QFuture<QString> GroupAdmin::makeAdmin(qint64 chatId, const QString &jid)
{
    return affiliate(chatId, jid, MucAffiliation::Admin);
}

QFuture<QString> GroupAdmin::dismissAdmin(qint64 chatId, const QString &jid)
{
    return affiliate(chatId, jid, MucAffiliation::Member);
}

QFuture<QString> GroupAdmin::affiliate(
    qint64 chatId, const QString &jid, MucAffiliation affiliation)
{
    const QString room = roomOf(chatId);
    if (room.isEmpty() || !m_muc->isJoined(room))
        return failed(notInGroup());
    if (jid.isEmpty())
        return failed(tr("This participant's address is hidden, so they cannot be changed."));
    // Marked before asking: the room tells its occupants before it answers us.
    m_groups->systemLines()->markOwn(room, jid, affiliation);
    // The room decides; asking lets a member see the room's own refusal.
    return m_owner->changeAffiliation(room, jid, affiliation)
        .then(this, [this, room, jid](const QString &error) {
            if (!error.isEmpty())
                m_groups->systemLines()->forgetOwn(room, jid);
            return error;
        });
}

QFuture<QString> GroupAdmin::rename(qint64 chatId, const QString &rawName)
{
    const QString room = roomOf(chatId);
    const QString name = Nickname::sanitized(rawName, GroupService::MaxNameLength);
    if (room.isEmpty() || !m_muc->isJoined(room))
        return failed(notInGroup());
    if (name.isEmpty())
        return failed(tr("Give the group a name."));
    return m_rooms->rename(room, name).then(this, [this, room, name](const QString &error) {
        if (error.isEmpty())
            m_groups->takeRoomName(room, name);
        return error;
    });
}

QFuture<QString> GroupAdmin::setSubject(qint64 chatId, const QString &rawSubject)
{
    const QString room = roomOf(chatId);
    const QString subject = Nickname::sanitized(rawSubject, GroupService::MaxSubjectLength);
    if (room.isEmpty())
        return failed(notInGroup());
    finishSubject(room, tr("Replaced by a newer description."));
    if (!m_muc->setSubject(room, subject))
        return failed(notInGroup());
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    m_state[room].subject = promise;
    QTimer::singleShot(SubjectTimeoutMs, this, [this, room, promise] {
        if (m_state.value(room).subject == promise)
            finishSubject(room, tr("The group did not answer. Try again later."));
    });
    return promise->future();
}

QFuture<QString> GroupAdmin::setPicture(qint64 chatId, const QString &filePath)
{
    const QString room = roomOf(chatId);
    if (room.isEmpty() || !m_muc->isJoined(room))
        return failed(notInGroup());
    QString error;
    const QByteArray png = preparePicture(filePath, &error);
    return png.isEmpty() ? failed(error) : publishPicture(chatId, png);
}

QByteArray GroupAdmin::preparePicture(const QString &filePath, QString *error) const
{
    const auto prepared = m_cache->prepareOwn(filePath, error);
    return prepared ? prepared->first : QByteArray();
}

QFuture<QString> GroupAdmin::publishPicture(qint64 chatId, const QByteArray &png)
{
    const QString room = roomOf(chatId);
    if (room.isEmpty() || !m_muc->isJoined(room))
        return failed(notInGroup());
    return m_rooms->setAvatar(room, png).then(this, [this, room, png](const QString &e) {
        if (e.isEmpty())
            takeAvatar(room, png);
        return e;
    });
}

QFuture<QString> GroupAdmin::destroy(qint64 chatId, const QString &reason)
{
    const QString room = roomOf(chatId);
    if (room.isEmpty() || !m_muc->isJoined(room))
        return failed(notInGroup());
    // The room then puts every occupant out, us too: the group turns read-only, Destroyed.
    return m_rooms->destroy(room, Nickname::sanitized(reason, GroupService::MaxSubjectLength));
}

QString GroupAdmin::roomOf(qint64 chatId) const
{
    return m_groups->group(chatId).room;
}

qint64 GroupAdmin::chatOf(const QString &room) const
{
    return m_groups->groupFor(room).chatId;
}

void GroupAdmin::refresh(const QString &room)
{
    m_state.insert(room, m_state.value(room));
    refreshMembers(room);
    readInfo(room);
}

void GroupAdmin::rememberNicks(const QString &room)
{
    RoomState &state = m_state[room];
    for (const Occupant &o : m_muc->occupants(room)) {
        if (o.realJid.isEmpty() || state.lastNicks.value(o.realJid) == o.nick)
            continue;
        // Bounded like the member list: a busy public room cannot grow it without end.
        if (state.lastNicks.size() >= MucOwnerSync::MaxMembers)
            state.lastNicks.clear();
        state.lastNicks.insert(o.realJid, o.nick);
    }
}

void GroupAdmin::refreshMembers(const QString &room)
{
    RoomState &state = m_state[room];
    if (state.refreshQueued)
        return;
    state.refreshQueued = true;
    // At most once per MemberRefreshMs: a busy room's presence does not become a flood of IQs.
    QTimer::singleShot(state.members.known ? MemberRefreshMs : 0, this, [this, room] {
        if (!m_state.contains(room) || !m_muc->isJoined(room)) {
            m_state[room].refreshQueued = false;
            return;
        }
        m_owner->members(room).then(this, [this, room](const MemberList &members) {
            RoomState &entry = m_state[room];
            entry.refreshQueued = false;
            entry.members = members;
            Q_EMIT membersRead(room, members);
            if (const qint64 chatId = chatOf(room))
                Q_EMIT participantsChanged(chatId);
        });
    });
}

void GroupAdmin::readInfo(const QString &room)
{
    m_owner->roomInfo(room).then(this, [this, room](const RoomInfo &info) {
        if (!info.found)
            return;
        m_state[room].subjectOpen = info.subjectChangeable;
        if (!info.name.isEmpty())
            m_groups->takeRoomName(room, info.name);
        const QString known = m_state.value(room).avatarHash;
        if (!info.avatarHash.isEmpty() && info.avatarHash == known)
            return;
        if (!info.avatarHash.isEmpty() && !m_cache->pathFor(info.avatarHash).isEmpty())
            return takeAvatar(room, {}, info.avatarHash);
        // A room that does not announce its picture's hash is asked for the picture itself.
        m_rooms->avatar(room).then(
            this, [this, room](const QByteArray &bytes) { takeAvatar(room, bytes); });
    });
}

void GroupAdmin::takeAvatar(const QString &room, const QByteArray &bytes, const QString &cached)
{
    QString hash = cached;
    if (hash.isEmpty() && !bytes.isEmpty()) {
        hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
        QString error;
        if (m_cache->pathFor(hash).isEmpty() && m_cache->store(hash, bytes, &error).isEmpty()) {
            qCInfo(lcServices) << "a group's picture was refused:" << error;
            return;
        }
    }
    RoomState &state = m_state[room];
    m_groups->takeAvatarHash(room, hash);
    if (state.avatarHash == hash)
        return;
    state.avatarHash = hash;
    if (const qint64 chatId = chatOf(room))
        Q_EMIT avatarChanged(chatId);
}

void GroupAdmin::finishSubject(const QString &room, const QString &error)
{
    const auto it = m_state.find(room);
    if (it == m_state.end() || !it->subject)
        return;
    const auto promise = std::exchange(it->subject, nullptr);
    promise->addResult(error);
    promise->finish();
}

} // namespace Natter
