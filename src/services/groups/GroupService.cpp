#include "GroupService.h"

#include "BookmarkSync.h"
#include "GroupMessaging.h"
#include "GroupSystemLines.h"
#include "HistoryService.h"
#include "Jid.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "Nickname.h"
#include "PrivatePeer.h"
#include "ServiceLogging.h"
#include "Session.h"
#include "XmppUri.h"

#include <QPromise>
#include <QRandomGenerator>

#include <memory>

namespace Natter {

namespace {
// Random room names: nobody finds a private group by guessing its address. 16 characters of
// base32 are 80 bits.
constexpr int RoomNameLength = 16;

QString randomRoomName()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString name;
    for (int i = 0; i < RoomNameLength; ++i)
        name.append(QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(32)]));
    return name;
}

QFuture<GroupResult> finished(const QString &error)
{
    return QtFuture::makeReadyFuture(GroupResult { 0, error });
}

// Where the room put us, as a state the chat list keeps; nullopt when it is only for now.
std::optional<GroupState> stateAfter(RoomExit exit)
{
    switch (exit) {
    case RoomExit::Kicked:
        return GroupState::Kicked;
    case RoomExit::Banned:
        return GroupState::Banned;
    case RoomExit::MembershipRevoked:
        return GroupState::Removed;
    case RoomExit::Destroyed:
        return GroupState::Destroyed;
    case RoomExit::ShutDown:
        break; // the service comes back: the group is entered again on the next session
    }
    return std::nullopt;
}

// A refusal to enter again that will not change by itself.
std::optional<GroupState> stateAfter(JoinFailure failure)
{
    switch (failure) {
    case JoinFailure::Banned:
        return GroupState::Banned;
    case JoinFailure::MembersOnly:
        return GroupState::Removed;
    case JoinFailure::NotFound:
        return GroupState::Destroyed;
    default:
        return std::nullopt;
    }
}
} // namespace

GroupService::GroupService(Session *session, MucSync *muc, MucOwnerSync *owner,
    BookmarkSync *bookmarks, GroupMessaging *messaging, HistoryService *history, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_muc(muc)
    , m_owner(owner)
    , m_bookmarks(bookmarks)
    , m_messaging(messaging)
    , m_systemLines(new GroupSystemLines(
          muc, history, [this](const QString &room) { return groupFor(room); }, this))
    , m_history(history)
{
    // A resumed stream is still in every room; a new session must enter them again.
    connect(session, &Session::connected, this, [this] {
        if (m_session->resumed() || !m_loaded)
            return; // load() enters the groups once it knows them
        enterAll();
        syncBookmarks();
    });
    connect(bookmarks, &BookmarkSync::bookmarkChanged, this, &GroupService::takeBookmark);
    connect(bookmarks, &BookmarkSync::bookmarkRetracted, this, &GroupService::dropBookmarked);
    connect(muc, &MucSync::roomExited, this, &GroupService::handleExit);
    connect(muc, &MucSync::configurationChanged, this, &GroupService::rereadName);
    connect(muc, &MucSync::invitationReceived, this, &GroupService::handleInvitation);
    connect(muc, &MucSync::occupantsChanged, this, [this](const QString &room) {
        if (const auto it = m_groups.constFind(room); it != m_groups.cend())
            Q_EMIT participantsChanged(it->chatId);
    });
    connect(muc, &MucSync::subjectChanged, this, [this](const QString &room, const QString &s) {
        const auto it = m_groups.constFind(room);
        const QString subject = Nickname::sanitized(s, MaxSubjectLength);
        if (it == m_groups.cend() || it->subject == subject)
            return;
        Group changed = *it;
        changed.subject = subject;
        save(changed);
    });
}

void GroupService::setAccountId(qint64 accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    m_messaging->setAccountId(accountId);
    m_groups.clear();
    m_loaded = false;
    if (accountId != 0)
        load(accountId);
    Q_EMIT groupsChanged();
}

void GroupService::load(qint64 accountId)
{
    m_history->groups().groups(accountId).then(this, [this, accountId](const QList<Group> &all) {
        if (accountId != m_accountId)
            return;
        for (const Group &group : all)
            m_groups.insert(group.room, group);
        m_loaded = true;
        Q_EMIT groupsChanged();
        if (m_session->state() == ConnectionState::Connected) {
            enterAll();
            syncBookmarks();
        }
    });
}

void GroupService::syncBookmarks()
{
    m_bookmarks->fetch().then(this, [this](const std::optional<QList<Bookmark>> &bookmarks) {
        if (!bookmarks)
            return;
        for (const Bookmark &bookmark : *bookmarks)
            takeBookmark(bookmark);
    });
}

void GroupService::takeBookmark(const Bookmark &bookmark)
{
    if (!bookmark.password.isEmpty())
        m_passwords.insert(bookmark.room, bookmark.password);
    // Only groups this device does not know: one it left or was put out of stays as it is.
    if (!bookmark.autojoin || m_groups.contains(bookmark.room) || !m_loaded
        || m_session->state() != ConnectionState::Connected)
        return;
    join(bookmark.room, bookmark.nick, bookmark.password)
        .then(this, [room = bookmark.room](const GroupResult &result) {
            if (!result.error.isEmpty())
                qCInfo(lcServices) << "could not join a bookmarked group:" << result.error;
        });
}

void GroupService::dropBookmarked(const QString &room)
{
    // The person left the group on another device.
    if (const auto it = m_groups.constFind(room);
        it != m_groups.cend() && it->state == GroupState::Joined)
        leave(it->chatId);
}

void GroupService::enterAll()
{
    for (const Group &group : std::as_const(m_groups)) {
        if (group.state == GroupState::Joined && !m_muc->isJoined(group.room))
            enter(group);
    }
}

void GroupService::enter(const Group &group)
{
    m_muc->join(group.room, group.nick, m_passwords.value(group.room))
        .then(this, [this, room = group.room](const JoinResult &joined) {
            const auto it = m_groups.constFind(room);
            if (it == m_groups.cend() || it->state != GroupState::Joined)
                return;
            Group entered = *it;
            if (joined.failure == JoinFailure::None) {
                if (entered.nick != joined.nick) {
                    entered.nick = joined.nick;
                    save(entered);
                }
                m_messaging->roomEntered(entered);
                return;
            }
            qCInfo(lcServices) << "could not enter a group again:" << joined.text;
            if (const auto state = stateAfter(joined.failure)) {
                entered.state = *state;
                entered.exitReason = joined.text;
                save(entered);
            }
        });
}

QFuture<GroupResult> GroupService::create(const QString &rawName, const QStringList &members)
{
    const QString name = Nickname::sanitized(rawName, MaxNameLength);
    if (name.isEmpty())
        return finished(tr("Give the group a name."));
    if (m_session->state() != ConnectionState::Connected || m_accountId == 0)
        return finished(tr("You are offline. Groups can be created once Natter is connected."));
    QStringList invited;
    for (const QString &member : members) {
        const auto jid = Jid::parse(member.trimmed());
        if (jid && !jid->node().isEmpty() && !invited.contains(jid->bare())
            && invited.size() < MaxNewMembers)
            invited.append(jid->bare());
    }
    auto promise = std::make_shared<QPromise<GroupResult>>();
    promise->start();
    auto fail = [promise](const QString &error) {
        promise->addResult(GroupResult { 0, error });
        promise->finish();
    };
    m_owner->discoverService().then(this, [=, this](const QString &service) {
        if (service.isEmpty())
            return fail(tr("Your server does not offer groups."));
        const QString room = randomRoomName() + u'@' + service;
        m_muc->join(room, defaultNick()).then(this, [=, this](const JoinResult &joined) {
            if (joined.failure != JoinFailure::None)
                return fail(joined.text);
            if (!joined.created) {
                m_muc->leave(room);
                return fail(tr("The server gave no new group. Try again."));
            }
            m_owner->configurePrivateGroup(room, name).then(this, [=, this](bool configured) {
                if (!configured) {
                    m_muc->leave(room);
                    return fail(tr("The server did not accept the group's settings."));
                }
                Group group;
                group.accountId = m_accountId;
                group.room = room;
                group.kind = ChatKind::PrivateGroup;
                group.name = name;
                group.nick = joined.nick;
                admit(group, {}).then(this, [=, this](const GroupResult &result) {
                    // Members first, then the invitation: a members-only room lets them in.
                    for (const QString &member : invited) {
                        m_owner->setAffiliation(room, member, MucAffiliation::Member)
                            .then(this,
                                [this, room, member](bool) { m_owner->invite(room, member); });
                    }
                    promise->addResult(result);
                    promise->finish();
                });
            });
        });
    });
    return promise->future();
}

QFuture<GroupResult> GroupService::join(
    const QString &address, const QString &nick, const QString &password)
{
    const QString text = address.trimmed();
    std::optional<Jid> jid;
    if (text.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)) {
        if (const auto uri = XmppUri::parse(text))
            jid = uri->jid();
    } else {
        jid = Jid::parse(text);
    }
    if (!jid || jid->node().isEmpty())
        return finished(tr("That is not a group address. It looks like name@groups.example.org."));
    const QString room = jid->bare().toLower();
    if (const auto it = m_groups.constFind(room);
        it != m_groups.cend() && it->state == GroupState::Joined && m_muc->isJoined(room))
        return QtFuture::makeReadyFuture(GroupResult { it->chatId, {} });
    if (m_session->state() != ConnectionState::Connected || m_accountId == 0)
        return finished(tr("You are offline. Groups can be joined once Natter is connected."));
    const QString chosen = Nickname::sanitized(nick, MucSync::MaxNickLength);
    auto promise = std::make_shared<QPromise<GroupResult>>();
    promise->start();
    auto finish = [promise](const GroupResult &result) {
        promise->addResult(result);
        promise->finish();
    };
    m_owner->roomInfo(room).then(this, [=, this](const RoomInfo &info) {
        if (!info.found)
            return finish({ 0, joinFailureText(JoinFailure::NotFound) });
        m_muc->join(room, chosen.isEmpty() ? defaultNick() : chosen, password)
            .then(this, [=, this](const JoinResult &joined) {
                if (joined.failure != JoinFailure::None)
                    return finish({ 0, joined.text });
                Group group;
                group.accountId = m_accountId;
                group.room = room;
                group.kind = info.membersOnly && info.nonAnonymous ? ChatKind::PrivateGroup
                                                                   : ChatKind::Channel;
                group.name = Nickname::sanitized(info.name, MaxNameLength);
                if (group.name.isEmpty())
                    group.name = jid->node();
                group.nick = joined.nick;
                admit(group, password).then(this, finish);
            });
    });
    return promise->future();
}

QFuture<GroupResult> GroupService::admit(const Group &group, const QString &password)
{
    if (!password.isEmpty())
        m_passwords.insert(group.room, password);
    return m_history->groups().saveGroup(group).then(this, [this, password](const Group &saved) {
        if (saved.chatId == 0) {
            m_muc->leave(saved.room);
            return GroupResult { 0, tr("The group could not be saved in your history.") };
        }
        const Group previous = m_groups.value(saved.room);
        Group entered = saved;
        entered.archiveId = previous.archiveId;
        entered.avatarHash = previous.avatarHash;
        m_groups.insert(saved.room, entered);
        m_messaging->roomEntered(entered);
        m_bookmarks->publish({ saved.room, saved.name, saved.nick, password, true });
        Q_EMIT groupsChanged();
        return GroupResult { saved.chatId, {} };
    });
}

void GroupService::leave(qint64 chatId)
{
    Group left = group(chatId);
    if (left.chatId == 0 || left.state != GroupState::Joined)
        return;
    m_muc->leave(left.room);
    m_messaging->roomLeft(left.room);
    m_bookmarks->retract(left.room);
    m_passwords.remove(left.room);
    left.state = GroupState::Left;
    left.exitReason.clear();
    save(left);
}

void GroupService::takeRoomName(const QString &room, const QString &rawName)
{
    const auto it = m_groups.constFind(room);
    const QString name = Nickname::sanitized(rawName, MaxNameLength);
    if (it == m_groups.cend() || name.isEmpty() || it->name == name)
        return;
    Group renamed = *it;
    renamed.name = name;
    // Whoever reads the new name first (after status 104, our own rename, or an entry) tells the
    // timeline, once; a group that had no name yet is named, not renamed.
    if (!it->name.isEmpty()) {
        SystemEvent line;
        line.type = SystemEvent::Type::Renamed;
        line.value = name;
        m_systemLines->record(renamed, line);
    }
    save(renamed);
}

void GroupService::takeAvatarHash(const QString &room, const QString &hash)
{
    const auto it = m_groups.find(room);
    if (it == m_groups.end() || it->avatarHash == hash)
        return;
    it->avatarHash = hash;
    m_history->groups().setAvatarHash(it->chatId, hash);
}

void GroupService::save(const Group &group)
{
    m_groups.insert(group.room, group);
    m_history->groups().saveGroup(group);
    Q_EMIT groupChanged(group.chatId);
}

Group GroupService::group(qint64 chatId) const
{
    for (const Group &group : m_groups) {
        if (group.chatId == chatId)
            return group;
    }
    return {};
}

QList<Occupant> GroupService::participants(qint64 chatId) const
{
    const Group found = group(chatId);
    return found.chatId == 0 ? QList<Occupant>() : m_muc->occupants(found.room);
}

void GroupService::handleExit(const QString &room, RoomExit exit, const QString &reason)
{
    const auto it = m_groups.constFind(room);
    if (it == m_groups.cend())
        return;
    m_messaging->roomLeft(room);
    const auto state = stateAfter(exit);
    if (!state)
        return;
    Group out = *it;
    m_systemLines->recordExit(out, exit);
    out.state = *state;
    out.exitReason = Nickname::sanitized(reason, MaxSubjectLength);
    save(out);
}

void GroupService::rereadName(const QString &room)
{
    m_owner->roomInfo(room).then(this, [this, room](const RoomInfo &info) {
        if (info.found)
            takeRoomName(room, info.name);
    });
}

void GroupService::handleInvitation(
    const QString &rawRoom, const QString &from, const QString &reason, const QString &password)
{
    const QString room = rawRoom.toLower();
    if (m_isBlocked && m_isBlocked(from))
        return;
    if (const auto it = m_groups.constFind(room);
        it != m_groups.cend() && it->state == GroupState::Joined)
        return;
    m_invitations.removeIf([&room](const Invitation &i) { return i.room == room; });
    m_invitations.prepend({ room, from, Nickname::sanitized(reason, MaxNameLength), password,
        m_isContact && m_isContact(from) });
    if (m_invitations.size() > MaxInvitations)
        m_invitations.resize(MaxInvitations);
    Q_EMIT invitationsChanged();
}

QVariantList GroupService::invitations() const
{
    QVariantList list;
    for (const Invitation &i : m_invitations) {
        list.append(QVariantMap { { QStringLiteral("room"), i.room },
            { QStringLiteral("from"), i.from }, { QStringLiteral("reason"), i.reason },
            { QStringLiteral("fromContact"), i.fromContact } });
    }
    return list;
}

void GroupService::createGroup(const QString &name, const QStringList &members, const QUrl &picture)
{
    // The picture is checked first: an unusable file leaves no half-made group behind.
    QByteArray png;
    if (!picture.isEmpty() && m_preparePicture) {
        QString error;
        png = m_preparePicture(
            picture.isLocalFile() ? picture.toLocalFile() : picture.toString(), &error);
        if (png.isEmpty()) {
            Q_EMIT createFinished(0, error);
            return;
        }
    }
    create(name, members).then(this, [this, png](const GroupResult &result) {
        if (result.chatId != 0 && !png.isEmpty() && m_publishPicture)
            m_publishPicture(result.chatId, png);
        Q_EMIT createFinished(result.chatId, result.error);
    });
}

void GroupService::joinGroup(const QString &address, const QString &nick, const QString &password)
{
    join(address, nick, password).then(this, [this](const GroupResult &result) {
        Q_EMIT joinFinished(result.chatId, result.error);
    });
}

void GroupService::acceptInvitation(const QString &room)
{
    const auto it = std::find_if(m_invitations.cbegin(), m_invitations.cend(),
        [&room](const Invitation &i) { return i.room == room; });
    if (it == m_invitations.cend())
        return;
    join(room, {}, it->password).then(this, [this, room](const GroupResult &result) {
        if (result.error.isEmpty())
            declineInvitation(room);
        Q_EMIT joinFinished(result.chatId, result.error);
    });
}

void GroupService::declineInvitation(const QString &room)
{
    if (m_invitations.removeIf([&room](const Invitation &i) { return i.room == room; }) > 0)
        Q_EMIT invitationsChanged();
}

QString GroupService::defaultNick() const
{
    const QString nick = m_defaultNick ? Nickname::sanitized(m_defaultNick()) : QString();
    return nick.isEmpty() ? m_session->settings().jid.node() : nick;
}

QFuture<qint64> GroupService::privateChat(qint64 chatId, const QString &nick)
{
    QString peer = PrivatePeer::make(group(chatId).room, nick.left(MucSync::MaxNickLength));
    if (peer.isEmpty() || m_accountId == 0)
        return QtFuture::makeReadyFuture(qint64(0));
    return m_history->chats().ensureChat(m_accountId, peer, ChatKind::GroupPrivate);
}

QString GroupService::openPrivateChat(qint64 chatId, const QString &nick)
{
    QString peer = PrivatePeer::make(group(chatId).room, nick.left(MucSync::MaxNickLength));
    if (peer.isEmpty() || m_accountId == 0)
        return {};
    // The history runs its work in order: the conversation's own look-up finds this chat.
    (void)privateChat(chatId, nick);
    return peer;
}

bool GroupService::isPrivateChat(const QString &peer) const
{
    return PrivatePeer::isPrivate(peer) && m_groups.contains(PrivatePeer::room(peer));
}

QString GroupService::privateChatTitle(const QString &peer) const
{
    if (!isPrivateChat(peer))
        return {};
    const Group group = groupFor(PrivatePeer::room(peer));
    return PrivatePeer::title(PrivatePeer::nick(peer),
        group.name.isEmpty() ? group.room.section(u'@', 0, 0) : group.name);
}

} // namespace Natter
