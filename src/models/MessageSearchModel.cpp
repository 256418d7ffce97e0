#include "MessageSearchModel.h"

#include "ChatTime.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "MessageMarkup.h"

#include <QDateTime>

namespace Natter {

MessageSearchModel::MessageSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MessageSearchModel::search);
}

void MessageSearchModel::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    m_debounce.start();
}

void MessageSearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void MessageSearchModel::setChatId(qint64 chatId)
{
    if (m_chatId == chatId)
        return;
    m_chatId = chatId;
    Q_EMIT chatIdChanged();
    m_debounce.start();
}

void MessageSearchModel::search()
{
    const quint64 generation = ++m_generation;
    if (!m_session || m_query.trimmed().isEmpty()) {
        beginResetModel();
        m_hits.clear();
        endResetModel();
        Q_EMIT countChanged();
        setSearching(false);
        return;
    }
    setSearching(true);
    m_session->history()
        ->searchMessages(m_query, m_chatId)
        .then(this, [this, generation](const QList<SearchHit> &hits) {
            if (generation != m_generation)
                return;
            const qint64 accountId = m_session ? m_session->accountId() : 0;
            beginResetModel();
            m_hits.clear();
            for (const SearchHit &hit : hits) {
                if (hit.message.accountId == accountId)
                    m_hits.append(hit);
            }
            endResetModel();
            Q_EMIT countChanged();
            setSearching(false);
        });
}

void MessageSearchModel::setSearching(bool searching)
{
    if (m_searching != searching) {
        m_searching = searching;
        Q_EMIT searchingChanged();
    }
}

QString MessageSearchModel::snippetHtml(const QString &snippet)
{
    // The same escaping as the bubbles; the match markers become the only markup.
    QString html = MessageMarkup::escaped(snippet);
    html.replace(SearchHit::MatchStart, QLatin1String("<b>"))
        .replace(SearchHit::MatchEnd, QLatin1String("</b>"))
        .replace(u'\n', u' ')
        .replace(u'\r', u' ');
    return html;
}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case ChatIdRole:
        return hit.message.chatId;
    case MessageIdRole:
        return hit.message.id;
    case PeerRole:
        return hit.message.peer;
    case NameRole:
    case Qt::DisplayRole:
        return m_session && m_session->contacts()
            ? m_session->contacts()->view(hit.message.peer).name
            : hit.message.peer;
    case SnippetRole:
        return snippetHtml(hit.snippet);
    case TimeRole:
        return ChatTime::listTime(
            QDateTime::fromMSecsSinceEpoch(hit.message.timestamp), QDateTime::currentDateTime());
    case OutgoingRole:
        return hit.message.direction == Direction::Outgoing;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageSearchModel::roleNames() const
{
    return {
        { ChatIdRole, "chatId" },
        { MessageIdRole, "messageId" },
        { PeerRole, "peer" },
        { NameRole, "name" },
        { SnippetRole, "snippet" },
        { TimeRole, "time" },
        { OutgoingRole, "outgoing" },
    };
}

} // namespace Natter
