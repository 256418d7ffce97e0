#include "ChatFinder.h"

#include "ChatActions.h"

namespace Natter {

ChatFinder::ChatFinder(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChatFinder::search);
}

void ChatFinder::setSession(AccountSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    m_debounce.start();
}

void ChatFinder::setChatId(qint64 chatId)
{
    if (m_chatId == chatId)
        return;
    m_chatId = chatId;
    Q_EMIT chatIdChanged();
    m_debounce.start();
}

void ChatFinder::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void ChatFinder::search()
{
    const quint64 generation = ++m_generation;
    if (!m_session || m_chatId == 0 || m_query.trimmed().isEmpty()) {
        m_matches.clear();
        Q_EMIT matchesChanged();
        choose(-1);
        setSearching(false);
        return;
    }
    setSearching(true);
    m_session->chatActions()
        ->find(m_chatId, m_query)
        .then(this, [this, generation](const QList<qint64> &matches) {
            if (generation != m_generation)
                return;
            m_matches = matches;
            m_current = -1;
            Q_EMIT matchesChanged();
            choose(matches.isEmpty() ? -1 : 0);
            setSearching(false);
        });
}

void ChatFinder::next()
{
    if (!m_matches.isEmpty())
        choose((m_current + 1) % int(m_matches.size()));
}

void ChatFinder::previous()
{
    if (!m_matches.isEmpty())
        choose((m_current + int(m_matches.size()) - 1) % int(m_matches.size()));
}

void ChatFinder::choose(int index)
{
    m_current = index;
    Q_EMIT currentChanged();
    if (index >= 0)
        Q_EMIT matchChosen(m_matches.at(index));
}

void ChatFinder::setSearching(bool searching)
{
    if (m_searching != searching) {
        m_searching = searching;
        Q_EMIT searchingChanged();
    }
}

} // namespace Natter
