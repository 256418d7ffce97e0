#include "MessageInfoModel.h"

#include "ChatTime.h"
#include "Contact.h"
#include "ContactService.h"
#include "Corrections.h"
#include "GroupReceipts.h"
#include "GroupService.h"
#include "HistoryService.h"

#include <QCollator>
#include <QColor>
#include <QTimeZone>
#include <QUrl>

namespace Natter {

namespace {
QString bounded(QString text, int max)
{
    text = text.section(u'\n', 0, 0).simplified();
    if (text.size() > max)
        text = text.left(max - 1) + u'…';
    return text;
}
} // namespace

MessageInfoModel::MessageInfoModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MessageInfoModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session->groupReceipts(), nullptr, this, nullptr);
        disconnect(m_session->groups(), nullptr, this, nullptr);
        disconnect(m_session->history(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session->groupReceipts(), &GroupReceipts::readersChanged, this,
            [this](qint64 messageId) {
                if (messageId == m_messageId)
                    loadReaders();
            });
        connect(m_session->groupReceipts(), &GroupReceipts::membersChanged, this,
            [this](qint64 chatId) {
                if (chatId == m_group.chatId && chatId != 0)
                    loadReaders();
            });
        // Nicknames follow who is in the room now.
        connect(
            m_session->groups(), &GroupService::participantsChanged, this, [this](qint64 chatId) {
                if (chatId == m_group.chatId && chatId != 0)
                    loadReaders();
            });
        connect(m_session->history(), &HistoryService::messageChanged, this,
            [this](const Message &message) {
                if (message.id != m_messageId || m_messageId == 0)
                    return;
                m_message = message;
                Q_EMIT changed();
                loadVersions();
            });
    }
    reload();
    Q_EMIT sessionChanged();
}

void MessageInfoModel::setMessageId(qint64 messageId)
{
    if (m_messageId == messageId)
        return;
    m_messageId = messageId;
    reload();
    Q_EMIT messageIdChanged();
}

void MessageInfoModel::reload()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_message = {};
    m_group = {};
    m_readCount = 0;
    m_memberCount = -1;
    m_earlierVersions.clear();
    endResetModel();
    Q_EMIT changed();
    if (!m_session || m_messageId == 0)
        return;
    m_session->history()
        ->message(m_messageId)
        .then(this, [this, generation](const Message &message) {
            if (generation != m_generation)
                return;
            m_message = message;
            m_group = m_session->groups()->groupFor(message.peer);
            Q_EMIT changed();
            loadReaders();
            loadVersions();
        });
}

void MessageInfoModel::loadVersions()
{
    if (!m_session || !m_message.edited)
        return;
    const quint64 generation = m_generation;
    m_session->corrections()
        ->versions(m_messageId)
        .then(this, [this, generation](const QList<MessageVersion> &versions) {
            if (generation != m_generation)
                return;
            const QDateTime now = QDateTime::currentDateTime();
            m_earlierVersions.clear();
            // The last one is the text the message shows now.
            for (qsizetype i = 0; i + 1 < versions.size(); ++i) {
                m_earlierVersions.append(tr("%1: %2").arg(whenText(versions[i].timestamp, now),
                    bounded(versions[i].body, MaxPreviewLength)));
            }
            Q_EMIT changed();
        });
}

void MessageInfoModel::loadReaders()
{
    if (!m_session || m_group.chatId == 0 || m_group.kind != ChatKind::PrivateGroup
        || m_message.direction != Direction::Outgoing)
        return;
    const quint64 generation = m_generation;
    m_session->groupReceipts()
        ->readers(m_messageId)
        .then(this, [this, generation](const QList<GroupReader> &readers) {
            if (generation == m_generation)
                showReaders(readers);
        });
}

void MessageInfoModel::showReaders(const QList<GroupReader> &readers)
{
    GroupReceipts *receipts = m_session->groupReceipts();
    const QString own = m_session->jid().toLower();
    QList<Row> read;
    QSet<QString> seen;
    for (const GroupReader &reader : readers) {
        Row row = rowFor(reader.jid, reader.nick);
        row.readAt = reader.readAt;
        read.append(row);
        seen.insert(reader.jid.toLower());
    }
    std::stable_sort(
        read.begin(), read.end(), [](const Row &a, const Row &b) { return a.readAt > b.readAt; });

    QHash<QString, QString> nicks; // real JID → nick, for those in the room now
    for (const Occupant &occupant : m_session->groups()->participants(m_group.chatId)) {
        if (!occupant.realJid.isEmpty())
            nicks.insert(occupant.realJid.toLower(), occupant.nick);
    }
    QList<Row> waiting;
    for (const QString &member : receipts->members(m_group.room)) {
        const QString jid = member.toLower();
        if (jid != own && !seen.contains(jid))
            waiting.append(rowFor(jid, nicks.value(jid)));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(waiting.begin(), waiting.end(),
        [&collator](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });

    beginResetModel();
    m_rows = read + waiting;
    m_readCount = int(read.size());
    m_memberCount = receipts->memberCount(m_group.chatId);
    endResetModel();
    Q_EMIT changed();
}

MessageInfoModel::Row MessageInfoModel::rowFor(const QString &jid, const QString &nick) const
{
    const ContactView view = m_session->contacts()->view(jid);
    Row row;
    row.jid = jid;
    row.name = bounded(nick.isEmpty() ? view.name : nick, MaxNameLength);
    if (row.name.isEmpty())
        row.name = bounded(jid.section(u'@', 0, 0), MaxNameLength);
    row.initials = Contact::initials(row.name);
    row.color = view.color;
    row.avatarPath = view.avatarPath;
    return row;
}

QString MessageInfoModel::preview() const
{
    QString text = m_message.body;
    if (text.trimmed().isEmpty() && !m_message.attachments.isEmpty())
        text = m_message.attachments.first().fileName;
    return bounded(text, MaxPreviewLength);
}

QString MessageInfoModel::sentText() const
{
    return m_message.timestamp == 0 ? QString()
                                    : whenText(m_message.timestamp, QDateTime::currentDateTime());
}

QString MessageInfoModel::stateText() const
{
    if (m_message.id == 0 || m_group.chatId != 0 || m_message.direction != Direction::Outgoing)
        return {};
    switch (m_message.deliveryState) {
    case DeliveryState::Pending:
        return tr("Not sent yet");
    case DeliveryState::Sent:
        return tr("Sent, not delivered yet");
    case DeliveryState::Delivered:
        return tr("Delivered, not read yet");
    case DeliveryState::Read:
        return tr("Read");
    case DeliveryState::Failed:
        return m_message.errorText.isEmpty() ? tr("Not sent")
                                             : tr("Not sent: %1").arg(m_message.errorText);
    }
    return {};
}

bool MessageInfoModel::showsReaders() const
{
    return m_group.chatId != 0 && m_group.kind == ChatKind::PrivateGroup
        && m_message.direction == Direction::Outgoing;
}

QString MessageInfoModel::readByText() const
{
    if (!showsReaders())
        return {};
    // Until the room shows us its member list, nobody can say of how many.
    return m_memberCount < 0 ? tr("Read by %n", "", m_readCount)
                             : tr("Read by %1 of %2").arg(m_readCount).arg(m_memberCount);
}

int MessageInfoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageInfoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QDateTime now = QDateTime::currentDateTime();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case JidRole:
        return row.jid;
    case InitialsRole:
        return row.initials;
    case ColorRole:
        return QColor::fromRgb(row.color);
    case AvatarRole:
        return row.avatarPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(row.avatarPath);
    case ReadRole:
        return row.readAt != 0;
    case ReadAtRole:
        return row.readAt;
    case ReadAtTextRole:
        return row.readAt == 0 ? QString() : whenText(row.readAt, now);
    case HeadingRole:
        if (index.row() > 0 && (m_rows.at(index.row() - 1).readAt != 0) == (row.readAt != 0))
            return QString();
        return row.readAt != 0 ? tr("Read by") : tr("Not read yet");
    case AccessibleNameRole:
        return row.readAt == 0 ? tr("%1, not read yet").arg(row.name)
                               : tr("%1, read %2").arg(row.name, whenSpoken(row.readAt, now));
    }
    return {};
}

QHash<int, QByteArray> MessageInfoModel::roleNames() const
{
    return {
        { NameRole, "name" },
        { JidRole, "jid" },
        { InitialsRole, "initials" },
        { ColorRole, "tint" },
        { AvatarRole, "avatar" },
        { ReadRole, "read" },
        { ReadAtRole, "readAt" },
        { ReadAtTextRole, "readAtText" },
        { AccessibleNameRole, "accessibleName" },
        { HeadingRole, "heading" },
    };
}

QString MessageInfoModel::whenText(qint64 ms, const QDateTime &now)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, now.timeZone());
    return tr("%1 %2", "a day, then a time: Today 14:32")
        .arg(ChatTime::daySeparator(t, now), ChatTime::timeOfDay(t.time()));
}

QString MessageInfoModel::whenSpoken(qint64 ms, const QDateTime &now)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, now.timeZone());
    const QString time = ChatTime::timeOfDay(t.time());
    switch (ChatTime::daysAgo(t, now)) {
    case 0:
        return tr("today at %1").arg(time);
    case 1:
        return tr("yesterday at %1").arg(time);
    default:
        return tr("%1 at %2").arg(ChatTime::daySeparator(t, now), time);
    }
}

} // namespace Natter
