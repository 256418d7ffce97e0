#include "SharedMediaModel.h"

#include "HistoryService.h"
#include "MediaService.h"

namespace Natter {

SharedMediaModel::SharedMediaModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SharedMediaModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->history(), nullptr, this, nullptr);
        disconnect(m_session->media(), nullptr, this, nullptr);
    }
    m_session = session;
    m_attachments.setMedia(m_session ? m_session->media() : nullptr);
    if (m_session) {
        HistoryService *history = m_session->history();
        connect(m_session, &AccountSession::accountIdChanged, this, &SharedMediaModel::open);
        connect(history, &HistoryService::messagesAdded, this, &SharedMediaModel::insertLive);
        connect(history, &HistoryService::messageChanged, this, &SharedMediaModel::applyChange);
        connect(history, &HistoryService::messageRemoved, this, [this](qint64 chatId, qint64 id) {
            if (chatId == m_chatId)
                removeRow(id);
        });
        connect(m_session->media(), &MediaService::progressChanged, this,
            &SharedMediaModel::applyProgress);
    }
    open();
    Q_EMIT sessionChanged();
}

void SharedMediaModel::setPeer(const QString &peer)
{
    if (m_peer == peer)
        return;
    m_peer = peer;
    Q_EMIT peerChanged();
    open();
}

void SharedMediaModel::setImagesOnly(bool imagesOnly)
{
    if (m_imagesOnly == imagesOnly)
        return;
    m_imagesOnly = imagesOnly;
    Q_EMIT imagesOnlyChanged();
    open();
}

void SharedMediaModel::open()
{
    const quint64 generation = ++m_generation;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
        Q_EMIT countChanged();
    }
    m_oldestRead = 0;
    setAtEnd(false);
    setLoading(false);
    if (m_chatId != 0) {
        m_chatId = 0;
        Q_EMIT chatIdChanged();
    }
    if (!m_session || m_peer.isEmpty() || m_session->accountId() == 0)
        return;
    setLoading(true);
    m_session->history()->chatWith(m_session->accountId(), m_peer).then(this, [=, this](qint64 id) {
        if (generation != m_generation)
            return;
        m_chatId = id;
        Q_EMIT chatIdChanged();
        setLoading(false);
        fetchMore({});
    });
}

bool SharedMediaModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_session && m_chatId != 0 && !m_loading && !m_atEnd;
}

void SharedMediaModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    m_session->history()
        ->mediaPage(m_chatId, PageSize, m_oldestRead)
        .then(this, [=, this](const QList<Message> &page) {
            if (generation != m_generation)
                return;
            appendPage(page);
            setAtEnd(page.size() < PageSize);
            setLoading(false);
            resolveWanted();
        });
}

void SharedMediaModel::find(qint64 messageId)
{
    m_wanted = messageId;
    resolveWanted();
}

// Called again after every page, until the message is there or nothing older is left.
void SharedMediaModel::resolveWanted()
{
    if (m_wanted == 0)
        return;
    const int row = rowOf(m_wanted);
    if (row >= 0 || m_atEnd) {
        Q_EMIT found(std::exchange(m_wanted, 0), row);
        return;
    }
    fetchMore({});
}

void SharedMediaModel::appendPage(const QList<Message> &newestFirst)
{
    if (!newestFirst.isEmpty())
        m_oldestRead = newestFirst.constLast().id;
    QList<Message> fresh;
    for (const Message &m : newestFirst) {
        if (accepts(m) && rowOf(m.id) < 0)
            fresh.append(m);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    Q_EMIT countChanged();
}

// New files go on top; anything older than the newest shown is sent or fetched late, and is
// found by paging or the next time the list opens.
void SharedMediaModel::insertLive(const QList<Message> &added)
{
    for (const Message &m : added) {
        if (m.chatId != m_chatId || m_chatId == 0 || !accepts(m) || rowOf(m.id) >= 0)
            continue;
        // The first page is on its way and holds it: the database thread stored it before that
        // page's query ran, as it announces and answers in order.
        if (m_rows.isEmpty() && m_loading)
            continue;
        if (!m_rows.isEmpty() && m.timestamp < m_rows.constFirst().timestamp)
            continue;
        beginInsertRows({}, 0, 0);
        m_rows.prepend(m);
        endInsertRows();
        Q_EMIT countChanged();
    }
}

void SharedMediaModel::applyChange(const Message &message)
{
    const int row = message.chatId == m_chatId ? rowOf(message.id) : -1;
    if (row < 0)
        return;
    if (!accepts(message)) { // e.g. the "image" turned out to be a document
        removeRow(message.id);
        return;
    }
    m_rows[row] = message;
    m_attachments.forgetProgress(message);
    Q_EMIT dataChanged(index(row), index(row));
}

void SharedMediaModel::applyProgress(qint64 attachmentId, double progress)
{
    m_attachments.setProgress(attachmentId, progress);
    if (const int row = AttachmentRoles::rowWithFile(m_rows, attachmentId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), { AttachmentRoles::TransferProgressRole });
}

void SharedMediaModel::removeRow(qint64 messageId)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

bool SharedMediaModel::accepts(const Message &message) const
{
    return !message.attachments.isEmpty()
        && (!m_imagesOnly || message.attachments.constFirst().kind() == MediaKind::Image);
}

int SharedMediaModel::rowOf(qint64 messageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId)
            return row;
    }
    return -1;
}

void SharedMediaModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void SharedMediaModel::setAtEnd(bool atEnd)
{
    if (m_atEnd != atEnd) {
        m_atEnd = atEnd;
        Q_EMIT atEndChanged();
    }
}

int SharedMediaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SharedMediaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_rows.at(index.row());
    if (AttachmentRoles::handles(role))
        return m_attachments.data(m, role);
    switch (role) {
    case MessageIdRole:
        return m.id;
    case TimestampRole:
        return m.timestamp;
    case OutgoingRole:
        return m.direction == Direction::Outgoing;
    case Qt::DisplayRole:
        return m.attachments.constFirst().fileName;
    default:
        return {};
    }
}

QHash<int, QByteArray> SharedMediaModel::roleNames() const
{
    QHash<int, QByteArray> names = AttachmentRoles::roleNames();
    names.insert({
        { MessageIdRole, "messageId" },
        { TimestampRole, "timestamp" },
        { OutgoingRole, "outgoing" },
    });
    return names;
}

} // namespace Natter
