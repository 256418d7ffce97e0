#include "StarredMessageModel.h"

#include "AttachmentRoles.h"
#include "ChatTime.h"
#include "ContactService.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "Stars.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Natter {

namespace {
// Newest star first; a star keeps its place, since the history pages stars by (time, id).
bool before(const Message &a, const Message &b)
{
    return a.starredAt != b.starredAt ? a.starredAt > b.starredAt : a.id > b.id;
}
} // namespace

StarredMessageModel::StarredMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void StarredMessageModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->history(), nullptr, this, nullptr);
        disconnect(m_session->stars(), nullptr, this, nullptr);
        disconnect(m_session->contacts(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        HistoryService *history = m_session->history();
        connect(m_session, &AccountSession::accountIdChanged, this, &StarredMessageModel::reload);
        connect(history, &HistoryService::messageChanged, this, &StarredMessageModel::applyChange);
        connect(history, &HistoryService::messagesAdded, this, [this](const QList<Message> &added) {
            // A message deleted for me comes back with its star when the person undoes it. Only
            // new rows: the news of a message's first storing may come after a star it since got.
            for (const Message &m : added) {
                if (m_loaded && belongs(m) && rowOf(m.id) < 0)
                    insertSorted(m);
            }
        });
        connect(history, &HistoryService::messageRemoved, this,
            [this](qint64, qint64 messageId) { removeAt(rowOf(messageId)); });
        connect(m_session->stars(), &Stars::starsCleared, this, &StarredMessageModel::removeChat);
        connect(m_session->contacts(), &ContactService::contactsChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                    { ChatNameRole, SenderRole, AccessibleNameRole });
        });
    }
    reload();
    Q_EMIT sessionChanged();
}

void StarredMessageModel::setChatId(qint64 chatId)
{
    if (m_chatId == chatId)
        return;
    m_chatId = chatId;
    Q_EMIT chatIdChanged();
    reload();
}

void StarredMessageModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    m_atEnd = false;
    m_fetching = false;
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged();
    }
    if (!m_session || m_session->accountId() == 0)
        return;
    m_fetching = true;
    m_session->stars()->starred(m_chatId).then(
        this, [this, generation](const QList<Message> &page) { append(page, generation); });
}

bool StarredMessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd && !m_fetching;
}

void StarredMessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    const Message &last = m_rows.constLast();
    m_session->stars()
        ->starred(m_chatId, { last.starredAt, last.id })
        .then(this, [this, generation = m_generation](const QList<Message> &page) {
            append(page, generation);
        });
}

void StarredMessageModel::append(const QList<Message> &page, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_fetching = false;
    m_atEnd = page.size() < Stars::PageSize;
    QList<Message> fresh;
    for (const Message &m : page) {
        if (rowOf(m.id) < 0) // a live star may have come in while the page was on its way
            fresh.append(m);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

bool StarredMessageModel::belongs(const Message &message) const
{
    if (!m_session || message.starredAt == 0)
        return false;
    return m_chatId ? message.chatId == m_chatId : message.accountId == m_session->accountId();
}

void StarredMessageModel::applyChange(const Message &message)
{
    const int row = rowOf(message.id);
    if (row < 0) {
        if (belongs(message) && m_loaded)
            insertSorted(message);
        return;
    }
    if (message.starredAt == 0)
        return removeAt(row);
    m_rows[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
}

void StarredMessageModel::insertSorted(const Message &message)
{
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&](const Message &shown) { return before(message, shown); });
    const int row = int(at - m_rows.cbegin());
    // Past the last row loaded, it comes with a later page.
    if (row == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, message);
    endInsertRows();
    Q_EMIT countChanged();
}

void StarredMessageModel::removeAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void StarredMessageModel::removeChat(qint64 chatId)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).chatId == chatId)
            removeAt(row);
    }
}

int StarredMessageModel::rowOf(qint64 messageId) const
{
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [messageId](const Message &m) { return m.id == messageId; });
    return at == m_rows.cend() ? -1 : int(at - m_rows.cbegin());
}

void StarredMessageModel::unstar(int row)
{
    if (m_session && row >= 0 && row < m_rows.size())
        m_session->stars()->unstar(m_rows.at(row).id);
}

QString StarredMessageModel::excerpt(const Message &message)
{
    QString text = message.body.simplified();
    if (text.size() > MaxExcerptLength) {
        text.truncate(text.at(MaxExcerptLength - 1).isHighSurrogate() ? MaxExcerptLength - 1
                                                                      : MaxExcerptLength);
        return text + QChar(0x2026);
    }
    if (!text.isEmpty())
        return text;
    if (message.attachments.isEmpty())
        return {};
    const Attachment &file = message.attachments.constFirst();
    const QString preview = AttachmentRoles::previewText(file.mimeType, file.fileName);
    return file.kind() == MediaKind::Document
        ? QCoreApplication::translate("StarredMessageModel", "Document: %1").arg(preview)
        : preview;
}

QString StarredMessageModel::chatName(const QString &peer) const
{
    GroupService *groups = m_session->groups();
    if (groups->isGroup(peer)) {
        const QString name = groups->groupFor(peer).name;
        return name.isEmpty() ? peer.section(u'@', 0, 0) : name;
    }
    if (groups->isPrivateChat(peer))
        return groups->privateChatTitle(peer);
    return m_session->contacts()->view(peer).name;
}

QString StarredMessageModel::senderName(const Message &message) const
{
    if (message.direction == Direction::Outgoing)
        return QCoreApplication::translate("StarredMessageModel", "You");
    // In a group, the nickname the author had there; one-to-one, the contact.
    if (m_session->groups()->isGroup(message.peer))
        return message.sender;
    return m_session->contacts()->view(message.peer).name;
}

int StarredMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StarredMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_session)
        return {};
    const Message &m = m_rows.at(index.row());
    switch (role) {
    case MessageIdRole:
        return m.id;
    case ChatIdRole:
        return m.chatId;
    case PeerRole:
        return m.peer;
    case ChatNameRole:
    case Qt::DisplayRole:
        return chatName(m.peer);
    case SenderRole:
        return senderName(m);
    case ExcerptRole:
        return excerpt(m);
    case DateRole:
        return ChatTime::listTime(
            QDateTime::fromMSecsSinceEpoch(m.timestamp), QDateTime::currentDateTime());
    case OutgoingRole:
        return m.direction == Direction::Outgoing;
    case AccessibleNameRole:
        return QCoreApplication::translate("StarredMessageModel", "%1, %2: %3, %4")
            .arg(chatName(m.peer), senderName(m), excerpt(m), data(index, DateRole).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> StarredMessageModel::roleNames() const
{
    return {
        { MessageIdRole, "messageId" },
        { ChatIdRole, "chatId" },
        { PeerRole, "peer" },
        { ChatNameRole, "chatName" },
        { SenderRole, "sender" },
        { ExcerptRole, "excerpt" },
        { DateRole, "date" },
        { OutgoingRole, "outgoing" },
        { AccessibleNameRole, "accessibleName" },
    };
}

} // namespace Natter
