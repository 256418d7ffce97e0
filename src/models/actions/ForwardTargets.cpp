#include "ForwardTargets.h"

#include "ChatListModel.h"
#include "ContactListModel.h"
#include "Forwarding.h"

#include <QSet>

#include <algorithm>

namespace Natter {

ForwardTargets::ForwardTargets(QObject *parent)
    : QAbstractListModel(parent)
    , m_chats(new ChatListModel(this))
    , m_contacts(new ContactListModel(this))
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &ForwardTargets::rebuild);
    // Rows come and go as the lists load or a chat starts; a preview or presence changing does
    // not move a row, and a list that moves under the person's finger is worse than a stale one.
    for (QAbstractItemModel *source : { static_cast<QAbstractItemModel *>(m_chats),
             static_cast<QAbstractItemModel *>(m_contacts) }) {
        connect(source, &QAbstractItemModel::modelReset, &m_rebuild, qOverload<>(&QTimer::start));
        connect(source, &QAbstractItemModel::rowsInserted, &m_rebuild, qOverload<>(&QTimer::start));
        connect(source, &QAbstractItemModel::rowsRemoved, &m_rebuild, qOverload<>(&QTimer::start));
    }
}

ForwardTargets::~ForwardTargets() = default;

void ForwardTargets::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_chats->setSession(session);
    m_contacts->setService(session ? session->contacts() : nullptr);
    m_picked.clear();
    m_rebuild.start();
    Q_EMIT sessionChanged();
    Q_EMIT pickedChanged();
}

void ForwardTargets::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    m_chats->setFilter(filter);
    m_contacts->setFilter(filter);
    rebuild(); // at once: the person typed, and the list answers that key
    Q_EMIT filterChanged();
}

QStringList ForwardTargets::pickedNames() const
{
    QStringList names;
    for (const Target &t : m_picked)
        names.append(t.name);
    return names;
}

int ForwardTargets::maxPicks() const
{
    return Forwarding::MaxChats;
}

void ForwardTargets::rebuild()
{
    m_rebuild.stop();
    QList<Target> rows;
    QSet<QString> peers;
    for (int i = 0; i < m_chats->rowCount(); ++i) {
        const QModelIndex index = m_chats->index(i);
        Target t;
        t.peer = index.data(ChatListModel::PeerRole).toString();
        t.name = index.data(ChatListModel::NameRole).toString();
        t.initials = index.data(ChatListModel::InitialsRole).toString();
        t.color = index.data(ChatListModel::ColorRole).value<QColor>();
        t.avatar = index.data(ChatListModel::AvatarRole).toUrl();
        t.isGroup = index.data(ChatListModel::IsGroupRole).toBool();
        t.isChat = true;
        peers.insert(t.peer);
        rows.append(t);
    }
    for (int i = 0; i < m_contacts->rowCount(); ++i) {
        const QModelIndex index = m_contacts->index(i);
        Target t;
        t.peer = index.data(ContactListModel::JidRole).toString();
        // A blocked contact gets nothing from us, forwarded or not.
        if (peers.contains(t.peer) || index.data(ContactListModel::BlockedRole).toBool())
            continue;
        t.name = index.data(ContactListModel::NameRole).toString();
        t.initials = index.data(ContactListModel::InitialsRole).toString();
        t.color = index.data(ContactListModel::ColorRole).value<QColor>();
        t.avatar = index.data(ContactListModel::AvatarRole).toUrl();
        peers.insert(t.peer);
        rows.append(t);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int ForwardTargets::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ForwardTargets::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &t = m_rows.at(index.row());
    switch (role) {
    case PeerRole:
        return t.peer;
    case NameRole:
    case Qt::DisplayRole:
        return t.name;
    case InitialsRole:
        return t.initials;
    case ColorRole:
        return t.color;
    case AvatarRole:
        return t.avatar;
    case IsGroupRole:
        return t.isGroup;
    case PickedRole:
        return std::any_of(
            m_picked.cbegin(), m_picked.cend(), [&t](const Target &p) { return p.peer == t.peer; });
    case KindTextRole:
        return t.isGroup ? tr("Group") : t.isChat ? tr("Chat") : tr("Contact");
    default:
        return {};
    }
}

QHash<int, QByteArray> ForwardTargets::roleNames() const
{
    return {
        { PeerRole, "peer" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { ColorRole, "color" },
        { AvatarRole, "avatar" },
        { IsGroupRole, "isGroup" },
        { PickedRole, "picked" },
        { KindTextRole, "kindText" },
    };
}

bool ForwardTargets::toggle(int row)
{
    if (row < 0 || row >= m_rows.size() || m_busy)
        return false;
    const Target &t = m_rows.at(row);
    const auto it = std::find_if(
        m_picked.begin(), m_picked.end(), [&t](const Target &p) { return p.peer == t.peer; });
    if (it != m_picked.end()) {
        m_picked.erase(it);
    } else if (m_picked.size() >= Forwarding::MaxChats) {
        setErrorText(
            tr("You can forward to at most %n chats at once.", nullptr, Forwarding::MaxChats));
        return false;
    } else {
        m_picked.append(t);
    }
    setErrorText({});
    Q_EMIT dataChanged(index(row), index(row), { PickedRole });
    Q_EMIT pickedChanged();
    return true;
}

void ForwardTargets::clear()
{
    m_picked.clear();
    setErrorText({});
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { PickedRole });
    Q_EMIT pickedChanged();
}

void ForwardTargets::sendAll(const QVariantList &messageIds)
{
    if (!m_session || m_busy || m_picked.isEmpty())
        return;
    QList<qint64> ids;
    for (const QVariant &id : messageIds)
        ids.append(id.toLongLong());
    QStringList peers;
    for (const Target &t : m_picked)
        peers.append(t.peer);
    setBusy(true);
    setErrorText({});
    m_session->forwarding()->forward(ids, peers).then(this, [this, peers](const QString &error) {
        setBusy(false);
        if (!error.isEmpty()) {
            setErrorText(error);
            return;
        }
        const int chats = int(peers.size());
        clear();
        Q_EMIT sent(chats);
    });
}

void ForwardTargets::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void ForwardTargets::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Natter
