#pragma once

#include "AccountSession.h"
#include "SearchHit.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// Full-text search results for QML, newest first: the chat, the time and a snippet with the
// matches highlighted. Searches as the person types, a moment after the last key.
class MessageSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // 0: every chat.
    Q_PROPERTY(qint64 chatId READ chatId WRITE setChatId NOTIFY chatIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)

public:
    enum Role {
        ChatIdRole = Qt::UserRole + 1,
        MessageIdRole,
        PeerRole,
        NameRole,
        SnippetRole, // escaped rich text, matches in bold
        TimeRole,
        OutgoingRole,
    };
    Q_ENUM(Role)

    static constexpr int DebounceMs = 120;
    static constexpr int Limit = 50;

    explicit MessageSearchModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    qint64 chatId() const { return m_chatId; }
    void setChatId(qint64 chatId);
    bool isSearching() const { return m_searching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The snippet as rich text: everything escaped, each match wrapped in <b>.
    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void chatIdChanged();
    void countChanged();
    void searchingChanged();

private:
    void search();
    void setSearching(bool searching);

    QPointer<AccountSession> m_session;
    QString m_query;
    qint64 m_chatId = 0;
    QList<SearchHit> m_hits;
    QTimer m_debounce;
    bool m_searching = false;
    quint64 m_generation = 0;
};

} // namespace Natter
