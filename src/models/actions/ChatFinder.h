#pragma once

#include "AccountSession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// Find in the open chat (Ctrl+F): the chat's messages with the words typed, newest first, and
// which of them is the current one. Next goes older, previous newer, both wrap around; the view
// brings the current match into sight (matchChosen) however far back it is.
class ChatFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(qint64 chatId READ chatId WRITE setChatId NOTIFY chatIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY matchesChanged)
    // 1 for the newest match, count for the oldest; 0 when there is none.
    Q_PROPERTY(int current READ current NOTIFY currentChanged)
    Q_PROPERTY(qint64 currentMessageId READ currentMessageId NOTIFY currentChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)

public:
    static constexpr int DebounceMs = 150;

    explicit ChatFinder(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    qint64 chatId() const { return m_chatId; }
    void setChatId(qint64 chatId);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_matches.size()); }
    int current() const { return m_current + 1; }
    qint64 currentMessageId() const { return m_matches.value(m_current); }
    bool isSearching() const { return m_searching; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

Q_SIGNALS:
    void sessionChanged();
    void chatIdChanged();
    void queryChanged();
    void matchesChanged();
    void currentChanged();
    void searchingChanged();
    // The view should show this message: the current match changed.
    void matchChosen(qint64 messageId);

private:
    void search();
    void choose(int index);
    void setSearching(bool searching);

    QPointer<AccountSession> m_session;
    qint64 m_chatId = 0;
    QString m_query;
    QList<qint64> m_matches; // newest first
    int m_current = -1;
    bool m_searching = false;
    QTimer m_debounce;
    quint64 m_generation = 0; // drops answers to a query that was replaced
};

} // namespace Natter
