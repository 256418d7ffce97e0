#include "ChatListModel.h"

#include "AttachmentRoles.h"
#include "ChatStateService.h"
#include "ChatTime.h"
#include "ConsistentColor.h"
#include "Contact.h"
#include "ContactListModel.h"
#include "ContactService.h"
#include "GroupAdmin.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageCard.h"
#include "MessageRequests.h"
#include "MuteService.h"
#include "PrivatePeer.h"

#include <QColor>
#include <QDateTime>

namespace Natter {

namespace {
// Long enough for any preview line; the delegate elides the rest.
constexpr int PreviewChars = 160;

bool listsBefore(const Chat &a, const Chat &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.lastTimestamp != b.lastTimestamp)
        return a.lastTimestamp > b.lastTimestamp;
    return a.id > b.id;
}

QString previewOf(const QString &body)
{
    QString line = body.left(PreviewChars);
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line.trimmed();
}

int msUntilTomorrow()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    return int(std::clamp<qint64>(now.msecsTo(midnight) + 1000, 1000, qint64 { 24 } * 3600 * 1000));
}
} // namespace

ChatListModel::ChatListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChatListModel::refreshPending);

    // "Today" becomes "Yesterday" at midnight without anything arriving.
    auto *dayTimer = new QTimer(this);
    dayTimer->setSingleShot(true);
    connect(dayTimer, &QTimer::timeout, this, [this, dayTimer] {
        if (!m_visible.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), { TimeRole });
        dayTimer->start(msUntilTomorrow());
    });
    dayTimer->start(msUntilTomorrow());
}

void ChatListModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->history(), nullptr, this, nullptr);
        disconnect(m_session->chatStates(), nullptr, this, nullptr);
        disconnect(m_session->contacts(), nullptr, this, nullptr);
        disconnect(m_session->groups(), nullptr, this, nullptr);
        disconnect(m_session->mutes(), nullptr, this, nullptr);
        disconnect(m_session->groupAdmin(), nullptr, this, nullptr);
        disconnect(m_session->contacts()->messageRequests(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        HistoryService *history = m_session->history();
        connect(m_session, &AccountSession::accountIdChanged, this, &ChatListModel::reload);
        connect(history, &HistoryService::messagesAdded, this, [this](const QList<Message> &added) {
            for (const Message &message : added)
                scheduleRefresh(message.chatId);
        });
        connect(history, &HistoryService::messageChanged, this, &ChatListModel::applyMessageChange);
        connect(history, &HistoryService::messageRemoved, this,
            [this](qint64 chatId, qint64) { scheduleRefresh(chatId); });
        connect(history, &HistoryService::unreadCountChanged, this, &ChatListModel::applyUnread);
        connect(history, &HistoryService::chatChanged, this, &ChatListModel::scheduleRefresh);
        connect(m_session->chatStates(), &ChatStateService::peerStateChanged, this,
            &ChatListModel::applyTyping);
        connect(m_session->contacts(), &ContactService::contactsChanged, this,
            &ChatListModel::applyContacts);
        connect(m_session->contacts(), &ContactService::contactsReset, this,
            [this] { applyContacts({}); });
        // A request opened, accepted or blocked moves between the lists.
        connect(m_session->contacts()->messageRequests(), &MessageRequests::changed, this,
            &ChatListModel::resetVisible);
        connect(m_session->contacts(), &ContactService::blockedChanged, this,
            &ChatListModel::resetVisible);
        // A group's name or state changes in its own row, not in the chat's.
        connect(m_session->groups(), &GroupService::groupChanged, this,
            &ChatListModel::scheduleRefresh);
        connect(m_session->groupAdmin(), &GroupAdmin::avatarChanged, this,
            &ChatListModel::scheduleRefresh);
        // A mute starts, is lifted or runs out: every row may change its look.
        connect(m_session->mutes(), &MuteService::mutesChanged, this, [this] {
            if (!m_visible.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), { MutedRole });
        });
        connect(m_session->groups(), &GroupService::groupsChanged, this, [this] {
            for (const Group &group : m_session->groups()->groups())
                scheduleRefresh(group.chatId);
        });
    }
    reload();
    Q_EMIT sessionChanged();
}

void ChatListModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    beginResetModel();
    rebuildVisible();
    endResetModel();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void ChatListModel::setShowArchived(bool show)
{
    if (m_showArchived == show)
        return;
    m_showArchived = show;
    resetVisible();
    Q_EMIT showArchivedChanged();
}

void ChatListModel::setShowRequests(bool show)
{
    if (m_showRequests == show)
        return;
    m_showRequests = show;
    resetVisible();
    Q_EMIT showRequestsChanged();
}

int ChatListModel::requestCount() const
{
    return m_requestCount;
}

void ChatListModel::resetVisible()
{
    beginResetModel();
    rebuildVisible();
    endResetModel();
    Q_EMIT countChanged();
}

bool ChatListModel::isRequest(const Chat &chat) const
{
    return m_session && m_session->contacts()->messageRequests()->isRequestChat(chat.id);
}

int ChatListModel::archivedCount() const
{
    return int(std::count_if(m_chats.cbegin(), m_chats.cend(),
        [](const Chat &chat) { return chat.archived && !chat.hidden; }));
}

void ChatListModel::reload()
{
    const quint64 generation = ++m_generation;
    const qint64 accountId = m_session ? m_session->accountId() : 0;
    if (accountId == 0) {
        beginResetModel();
        m_chats.clear();
        m_visible.clear();
        endResetModel();
        Q_EMIT countChanged();
        Q_EMIT archivedCountChanged();
        return;
    }
    m_session->history()->chatList(accountId).then(
        this, [this, generation](const QList<Chat> &chats) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_chats = chats;
            std::stable_sort(m_chats.begin(), m_chats.end(), listsBefore);
            rebuildVisible();
            endResetModel();
            Q_EMIT countChanged();
            Q_EMIT archivedCountChanged();
            if (!m_loaded) {
                m_loaded = true;
                Q_EMIT loadedChanged();
            }
        });
}

void ChatListModel::scheduleRefresh(qint64 chatId)
{
    m_refresh.insert(chatId);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ChatListModel::refreshPending()
{
    if (!m_session)
        return;
    const qint64 accountId = m_session->accountId();
    const QSet<qint64> chatIds = std::exchange(m_refresh, {});
    for (const qint64 chatId : chatIds) {
        m_session->history()->chat(chatId).then(
            this, [this, accountId, chatId, generation = m_generation](const Chat &chat) {
                if (generation != m_generation)
                    return;
                if (chat.id == 0) { // removed
                    Chat gone;
                    gone.id = -chatId;
                    apply(gone);
                } else if (chat.accountId == accountId) {
                    apply(chat);
                }
            });
    }
}

// Puts the chat where it belongs and tells the view the least it needs to know: a changed
// row, a move to the top, an insertion or a removal. A negative id removes chat -id.
void ChatListModel::apply(const Chat &chat)
{
    const qint64 id = chat.id < 0 ? -chat.id : chat.id;
    const int oldIndex = indexOfChat(id);
    const int oldRow = int(m_visible.indexOf(oldIndex));
    const int archivedBefore = archivedCount();

    QList<Chat> chats = m_chats;
    if (oldIndex >= 0)
        chats.removeAt(oldIndex);
    if (chat.id > 0)
        chats.insert(std::upper_bound(chats.begin(), chats.end(), chat, listsBefore), chat);
    QList<int> visible;
    for (int i = 0; i < chats.size(); ++i) {
        if (accepts(chats.at(i)))
            visible.append(i);
    }
    int newRow = -1;
    if (chat.id > 0) {
        const int newIndex = int(std::find_if(chats.cbegin(), chats.cend(), [id](const Chat &c) {
            return c.id == id;
        }) - chats.cbegin());
        newRow = int(visible.indexOf(newIndex));
    }

    if (oldRow < 0 && newRow < 0) {
        m_chats = chats;
        m_visible = visible;
    } else if (oldRow < 0) {
        beginInsertRows({}, newRow, newRow);
        m_chats = chats;
        m_visible = visible;
        endInsertRows();
        Q_EMIT countChanged();
    } else if (newRow < 0) {
        beginRemoveRows({}, oldRow, oldRow);
        m_chats = chats;
        m_visible = visible;
        endRemoveRows();
        Q_EMIT countChanged();
    } else {
        if (oldRow != newRow) {
            beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
            m_chats = chats;
            m_visible = visible;
            endMoveRows();
        } else {
            m_chats = chats;
            m_visible = visible;
        }
        Q_EMIT dataChanged(index(newRow), index(newRow));
    }
    if (archivedCount() != archivedBefore)
        Q_EMIT archivedCountChanged();
    countRequests();
}

void ChatListModel::applyMessageChange(const Message &message)
{
    const int i = indexOfChat(message.chatId);
    if (i < 0 || m_chats.at(i).lastMessageId != message.id)
        return;
    Chat &chat = m_chats[i];
    chat.lastDeliveryState = message.deliveryState;
    chat.lastBody = message.body;
    const Attachment file = message.attachments.value(0);
    chat.lastAttachmentMimeType = file.mimeType;
    chat.lastAttachmentName = file.fileName;
    const int row = int(m_visible.indexOf(i));
    if (row >= 0)
        Q_EMIT dataChanged(
            index(row), index(row), { PreviewRole, PreviewIconRole, DeliveryStateRole });
}

void ChatListModel::applyUnread(qint64 chatId, int unread)
{
    const int i = indexOfChat(chatId);
    if (i < 0 || m_chats.at(i).unreadCount == unread)
        return;
    m_chats[i].unreadCount = unread;
    const int row = int(m_visible.indexOf(i));
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { UnreadRole });
}

void ChatListModel::applyTyping(const QString &peer, ChatState state)
{
    const bool typing = state == ChatState::Composing;
    if (typing == m_typing.contains(peer))
        return;
    if (typing)
        m_typing.insert(peer);
    else
        m_typing.remove(peer);
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_chats.at(m_visible.at(row)).peer == peer)
            Q_EMIT dataChanged(index(row), index(row), { TypingRole });
    }
}

void ChatListModel::applyContacts(const QStringList &jids)
{
    if (!m_filter.isEmpty()) { // a new name can change what the filter lets through
        beginResetModel();
        rebuildVisible();
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (int row = 0; row < m_visible.size(); ++row) {
        if (jids.isEmpty() || jids.contains(m_chats.at(m_visible.at(row)).peer))
            Q_EMIT dataChanged(index(row), index(row),
                { NameRole, InitialsRole, ColorRole, AvatarRole, PresenceRole });
    }
}

void ChatListModel::rebuildVisible()
{
    m_visible.clear();
    for (int i = 0; i < m_chats.size(); ++i) {
        if (accepts(m_chats.at(i)))
            m_visible.append(i);
    }
    countRequests();
}

void ChatListModel::countRequests()
{
    const int requests = int(std::count_if(m_chats.cbegin(), m_chats.cend(), [this](const Chat &c) {
        return isRequest(c) && !c.hidden && !m_session->contacts()->isBlocked(c.peer);
    }));
    if (std::exchange(m_requestCount, requests) != requests)
        Q_EMIT requestCountChanged();
}

bool ChatListModel::accepts(const Chat &chat) const
{
    if (chat.hidden) // deleted here, until its next message
        return false;
    // Requests only in their own list, and neither found by a search nor blocked.
    if (isRequest(chat))
        return m_showRequests && m_filter.isEmpty() && !m_session->contacts()->isBlocked(chat.peer);
    if (m_showRequests)
        return false;
    if (!m_filter.isEmpty()) // a search looks through archived chats too
        return displayName(chat).contains(m_filter, Qt::CaseInsensitive)
            || chat.peer.contains(m_filter, Qt::CaseInsensitive);
    return chat.archived == m_showArchived;
}

QString ChatListModel::displayName(const Chat &chat) const
{
    // "Bob (Family)": a nickname in a room, never a contact's name, whatever it looks like.
    if (chat.kind == ChatKind::GroupPrivate) {
        const QString title
            = m_session ? m_session->groups()->privateChatTitle(chat.peer) : QString();
        return title.isEmpty() ? PrivatePeer::title(
                   PrivatePeer::nick(chat.peer), PrivatePeer::room(chat.peer).section(u'@', 0, 0))
                               : title;
    }
    if (chat.kind != ChatKind::Person)
        return chat.name.isEmpty() ? chat.peer.section(u'@', 0, 0) : chat.name;
    // A stranger is their address: a nickname they chose could pass for anyone.
    if (isRequest(chat))
        return chat.peer;
    if (m_session && m_session->contacts()) {
        // The chat row carries the roster name too: it stands in until the contacts are loaded,
        // so a row never shows the address first and the name a moment later.
        const ContactView view = m_session->contacts()->view(chat.peer);
        return !view.inRoster && !chat.name.isEmpty() ? chat.name : view.name;
    }
    return chat.name.isEmpty() ? chat.peer : chat.name;
}

int ChatListModel::indexOfChat(qint64 chatId) const
{
    for (int i = 0; i < m_chats.size(); ++i) {
        if (m_chats.at(i).id == chatId)
            return i;
    }
    return -1;
}

int ChatListModel::rowOf(qint64 chatId) const
{
    return int(m_visible.indexOf(indexOfChat(chatId)));
}

QString ChatListModel::peerNear(const QString &peer, int step) const
{
    int row = -1;
    for (int i = 0; i < m_visible.size() && row < 0; ++i) {
        if (m_chats.at(m_visible.at(i)).peer == peer)
            row = i;
    }
    const int target = row < 0 ? 0 : row + step;
    return target >= 0 && target < m_visible.size() ? m_chats.at(m_visible.at(target)).peer
                                                    : QString();
}

void ChatListModel::setPinned(qint64 chatId, bool pinned)
{
    if (m_session)
        m_session->history()->setPinned(chatId, pinned);
}

void ChatListModel::setArchived(qint64 chatId, bool archived)
{
    if (m_session)
        m_session->history()->setArchived(chatId, archived);
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chat &chat = m_chats.at(m_visible.at(index.row()));
    switch (role) {
    case ChatIdRole:
        return chat.id;
    case PeerRole:
        return chat.peer;
    case NameRole:
    case Qt::DisplayRole:
        return displayName(chat);
    case InitialsRole:
    case ColorRole:
    case AvatarRole:
    case PresenceRole: {
        // A group has its room's picture, once fetched; neither it nor a nickname in its room
        // has a presence, and a nickname has no picture of its own.
        if (role == AvatarRole && chat.kind != ChatKind::Person) {
            const QString path = m_session && chat.kind != ChatKind::GroupPrivate
                ? m_session->groupAdmin()->avatarPath(chat.id)
                : QString();
            return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
        }
        if (chat.kind != ChatKind::Person)
            return role == InitialsRole ? QVariant(Contact::initials(
                       chat.kind == ChatKind::GroupPrivate ? PrivatePeer::nick(chat.peer)
                                                           : displayName(chat)))
                : role == ColorRole     ? QVariant(QColor::fromRgb(consistentColor(chat.peer)))
                                        : QVariant(QStringLiteral("offline"));
        if (!m_session || !m_session->contacts())
            return {};
        const ContactView view = m_session->contacts()->view(chat.peer);
        if (role == InitialsRole && !view.inRoster && !chat.name.isEmpty())
            return Contact::initials(chat.name); // as the name, before the contacts are loaded
        static const QHash<int, int> contactRole = {
            { InitialsRole, ContactListModel::InitialsRole },
            { ColorRole, ContactListModel::ColorRole },
            { AvatarRole, ContactListModel::AvatarRole },
            { PresenceRole, ContactListModel::PresenceRole },
        };
        return ContactListModel::value(view, contactRole.value(role));
    }
    case PreviewRole:
        return chat.lastBody.trimmed().isEmpty()
                && !(chat.lastAttachmentMimeType.isEmpty() && chat.lastAttachmentName.isEmpty())
            ? previewOf(
                AttachmentRoles::previewText(chat.lastAttachmentMimeType, chat.lastAttachmentName))
            : previewOf(MessageCard::previewOf(chat.lastBody));
    case PreviewIconRole:
        return AttachmentRoles::previewIcon(chat.lastAttachmentMimeType);
    case OwnLastRole:
        return chat.lastMessageId != 0 && chat.lastDirection == Direction::Outgoing;
    case DeliveryStateRole:
        return int(chat.lastDeliveryState);
    case TimeRole:
        return chat.lastTimestamp == 0
            ? QString()
            : ChatTime::listTime(
                QDateTime::fromMSecsSinceEpoch(chat.lastTimestamp), QDateTime::currentDateTime());
    case TimestampRole:
        return chat.lastTimestamp;
    case UnreadRole:
        return chat.unreadCount;
    case PinnedRole:
        return chat.pinned;
    case ArchivedRole:
        return chat.archived;
    case TypingRole:
        return m_typing.contains(chat.peer);
    case IsGroupRole:
        return chat.kind == ChatKind::PrivateGroup || chat.kind == ChatKind::Channel;
    case LastSenderRole:
        return chat.lastDirection == Direction::Incoming ? chat.lastSender : QString();
    case MutedRole:
        return m_session && m_session->mutes()->isMuted(chat.id);
    case MarkedUnreadRole:
        return chat.markedUnread;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    return {
        { ChatIdRole, "chatId" },
        { PeerRole, "peer" },
        { NameRole, "name" },
        { InitialsRole, "initials" },
        { ColorRole, "tint" },
        { AvatarRole, "avatar" },
        { PresenceRole, "presence" },
        { PreviewRole, "preview" },
        { PreviewIconRole, "previewIcon" },
        { OwnLastRole, "ownLast" },
        { DeliveryStateRole, "deliveryState" },
        { TimeRole, "time" },
        { TimestampRole, "timestamp" },
        { UnreadRole, "unread" },
        { PinnedRole, "pinned" },
        { ArchivedRole, "archived" },
        { TypingRole, "typing" },
        { IsGroupRole, "isGroup" },
        { LastSenderRole, "lastSender" },
        { MutedRole, "muted" },
        { MarkedUnreadRole, "markedUnread" },
    };
}

} // namespace Natter
