#pragma once

#include "AccountSession.h"
#include "Message.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The starred messages for QML, newest star first: of one chat, or of every chat of the account
// when chatId is 0. Paged by key as the view scrolls; follows stars given and taken, messages
// edited, deleted and brought back, without reloading what is shown.
class StarredMessageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(qint64 chatId READ chatId WRITE setChatId NOTIFY chatIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The first page has come: an empty list is really empty.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ChatIdRole,
        PeerRole,
        ChatNameRole, // the contact's or group's name (untrusted, plain)
        SenderRole, // "You", the contact, or a group member's nickname (untrusted, plain)
        ExcerptRole, // plain text on one line, or what the file is: "Photo", "Document: a.pdf"
        DateRole, // "14:02" today, "Yesterday", a weekday, then a date
        OutgoingRole,
        AccessibleNameRole, // the row in words
    };
    Q_ENUM(Role)

    // Characters of a message's text a row keeps; the row shows two lines at most.
    static constexpr int MaxExcerptLength = 300;

    explicit StarredMessageModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    qint64 chatId() const { return m_chatId; }
    void setChatId(qint64 chatId);
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Takes the row's star away; the row goes once the star has.
    Q_INVOKABLE void unstar(int row);
    // A row's text for one line: the message's, else what its file is.
    static QString excerpt(const Message &message);

Q_SIGNALS:
    void sessionChanged();
    void chatIdChanged();
    void countChanged();
    void loadedChanged();

private:
    void reload();
    void append(const QList<Message> &page, quint64 generation);
    void applyChange(const Message &message);
    void insertSorted(const Message &message);
    void removeAt(int row);
    void removeChat(qint64 chatId);
    bool belongs(const Message &message) const;
    int rowOf(qint64 messageId) const;
    QString chatName(const QString &peer) const;
    QString senderName(const Message &message) const;

    QPointer<AccountSession> m_session;
    qint64 m_chatId = 0;
    QList<Message> m_rows;
    bool m_loaded = false;
    bool m_fetching = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; // drops pages asked for before a reload
};

} // namespace Natter
