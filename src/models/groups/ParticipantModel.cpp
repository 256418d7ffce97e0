#include "ParticipantModel.h"

#include "AccountSession.h"
#include "ConsistentColor.h"
#include "Contact.h"
#include "GroupService.h"

#include <QCollator>
#include <QColor>

namespace Natter {

namespace {
// Owners, then admins, then everyone else.
int rank(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Owner:
        return 0;
    case MucAffiliation::Admin:
        return 1;
    default:
        return 2;
    }
}
} // namespace

ParticipantModel::ParticipantModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ParticipantModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session->groupAdmin(), nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        GroupAdmin *admin = m_session->groupAdmin();
        connect(admin, &GroupAdmin::participantsChanged, this, [this](qint64 id) {
            if (id == chatId())
                reload();
        });
        connect(admin, &GroupAdmin::avatarChanged, this, [this](qint64 id) {
            if (id == chatId())
                updateAvatar();
        });
        connect(m_session->groups(), &GroupService::groupChanged, this, [this](qint64 id) {
            if (id == chatId())
                reload();
        });
    }
    reload();
    Q_EMIT sessionChanged();
}

void ParticipantModel::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    reload();
    Q_EMIT peerChanged();
}

qint64 ParticipantModel::chatId() const
{
    return m_session && !m_peer.isEmpty() ? m_session->groups()->groupFor(m_peer).chatId : 0;
}

void ParticipantModel::reload()
{
    const qint64 id = chatId();
    if (id == 0) {
        setParticipants({}, MucAffiliation::None, MucRole::None, false);
    } else {
        GroupAdmin *admin = m_session->groupAdmin();
        setParticipants(admin->participants(id), admin->ownAffiliation(id), admin->ownRole(id),
            admin->subjectOpen(id));
    }
    updateAvatar();
}

void ParticipantModel::updateAvatar()
{
    const qint64 id = chatId();
    const QString path = id ? m_session->groupAdmin()->avatarPath(id) : QString();
    const QUrl url = path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
    if (url == m_avatar)
        return;
    m_avatar = url;
    Q_EMIT avatarChanged();
}

void ParticipantModel::setParticipants(
    QList<Participant> participants, MucAffiliation own, MucRole ownRole, bool subjectOpen)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(participants.begin(), participants.end(),
        [&collator](const Participant &a, const Participant &b) {
            if (a.self != b.self)
                return a.self;
            if (rank(a.affiliation) != rank(b.affiliation))
                return rank(a.affiliation) < rank(b.affiliation);
            if (a.online != b.online)
                return a.online;
            return collator.compare(a.nick, b.nick) < 0;
        });
    const bool permissions = own != m_own || ownRole != m_ownRole || subjectOpen != m_subjectOpen;
    const bool counted = participants.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(participants);
    m_own = own;
    m_ownRole = ownRole;
    m_subjectOpen = subjectOpen;
    endResetModel();
    if (counted)
        Q_EMIT countChanged();
    if (permissions)
        Q_EMIT permissionsChanged();
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::onlineCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Participant &p) { return p.online; }));
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant &p = m_rows.at(index.row());
    switch (role) {
    case NickRole:
    case Qt::DisplayRole:
        return p.self ? tr("You") : p.nick;
    case JidRole:
        return p.jid;
    case InitialsRole:
        return Contact::initials(p.nick);
    case ColorRole:
        // The colour the conversation gives the same nickname (XEP-0392).
        return QColor::fromRgb(consistentColor(p.nick));
    case AffiliationTextRole:
        return affiliationText(p.affiliation);
    case IsAdminRole:
        return rank(p.affiliation) < 2;
    case OnlineRole:
        return p.online;
    case SelfRole:
        return p.self;
    case CanRemoveRole:
        return canOn(index.row(), GroupAdmin::Action::Remove);
    case CanBanRole:
        return canOn(index.row(), GroupAdmin::Action::Ban);
    case CanMakeAdminRole:
        return canOn(index.row(), GroupAdmin::Action::MakeAdmin);
    case CanDismissAdminRole:
        return canOn(index.row(), GroupAdmin::Action::DismissAdmin);
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantModel::roleNames() const
{
    return { { NickRole, "nick" }, { JidRole, "jid" }, { InitialsRole, "initials" },
        { ColorRole, "tint" }, { AffiliationTextRole, "affiliationText" },
        { IsAdminRole, "isAdmin" }, { OnlineRole, "online" }, { SelfRole, "self" },
        { CanRemoveRole, "canRemove" }, { CanBanRole, "canBan" },
        { CanMakeAdminRole, "canMakeAdmin" }, { CanDismissAdminRole, "canDismissAdmin" } };
}

QString ParticipantModel::affiliationText(MucAffiliation affiliation)
{
    switch (affiliation) {
    case MucAffiliation::Owner:
        return tr("Owner");
    case MucAffiliation::Admin:
        return tr("Admin");
    case MucAffiliation::Member:
        return tr("Member");
    default:
        return {};
    }
}

bool ParticipantModel::can(GroupAdmin::Action action, MucAffiliation target) const
{
    return GroupAdmin::allowed(action, m_own, m_ownRole, target, m_subjectOpen);
}

bool ParticipantModel::canOn(int row, GroupAdmin::Action action) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Participant &p = m_rows.at(row);
    // Only someone whose address the room shows can be changed (affiliations are by address).
    return !p.self && !p.jid.isEmpty() && can(action, p.affiliation);
}

void ParticipantModel::track(const QString &action, QFuture<QString> future)
{
    ++m_busy;
    if (m_busy == 1)
        Q_EMIT busyChanged();
    future.then(this, [this, action](const QString &error) {
        if (--m_busy == 0)
            Q_EMIT busyChanged();
        Q_EMIT actionFinished(action, error);
    });
}

void ParticipantModel::onRow(int row, GroupAdmin::Action action, const QString &name,
    QFuture<QString> (GroupAdmin::*call)(qint64, const QString &))
{
    if (!canOn(row, action))
        return Q_EMIT actionFinished(name, tr("You cannot do that in this group."));
    track(name, (m_session->groupAdmin()->*call)(chatId(), m_rows.at(row).jid));
}

void ParticipantModel::addMember(const QString &jid)
{
    if (!m_session)
        return;
    track(QStringLiteral("add"), m_session->groupAdmin()->addMember(chatId(), jid));
}

void ParticipantModel::remove(int row)
{
    onRow(row, GroupAdmin::Action::Remove, QStringLiteral("remove"), &GroupAdmin::removeMember);
}

void ParticipantModel::ban(int row)
{
    onRow(row, GroupAdmin::Action::Ban, QStringLiteral("ban"), &GroupAdmin::ban);
}

void ParticipantModel::makeAdmin(int row)
{
    onRow(row, GroupAdmin::Action::MakeAdmin, QStringLiteral("makeAdmin"), &GroupAdmin::makeAdmin);
}

void ParticipantModel::dismissAdmin(int row)
{
    onRow(row, GroupAdmin::Action::DismissAdmin, QStringLiteral("dismissAdmin"),
        &GroupAdmin::dismissAdmin);
}

void ParticipantModel::rename(const QString &name)
{
    if (m_session)
        track(QStringLiteral("rename"), m_session->groupAdmin()->rename(chatId(), name));
}

void ParticipantModel::setSubject(const QString &subject)
{
    if (m_session)
        track(QStringLiteral("subject"), m_session->groupAdmin()->setSubject(chatId(), subject));
}

void ParticipantModel::setPicture(const QUrl &file)
{
    if (!m_session)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    track(QStringLiteral("picture"), m_session->groupAdmin()->setPicture(chatId(), path));
}

void ParticipantModel::deleteGroup()
{
    if (m_session)
        track(QStringLiteral("delete"), m_session->groupAdmin()->destroy(chatId()));
}

} // namespace Natter
