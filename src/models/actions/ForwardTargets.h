#pragma once

#include "AccountSession.h"

#include <QAbstractListModel>
#include <QColor>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Natter {

class ChatListModel;
class ContactListModel;

// Where a message can be forwarded, for the forward dialog: the chat list's chats (groups too),
// most recent first, then the contacts without a chat, both searched by one filter. The person
// ticks up to Forwarding::MaxChats of them and sends; the Forwarding service does the rest.
class ForwardTargets : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pickedCount READ pickedCount NOTIFY pickedChanged)
    // The names of the picked chats, in the order picked, for the line above Send.
    Q_PROPERTY(QStringList pickedNames READ pickedNames NOTIFY pickedChanged)
    Q_PROPERTY(int maxPicks READ maxPicks CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        PeerRole = Qt::UserRole + 1,
        NameRole,
        InitialsRole,
        ColorRole,
        AvatarRole,
        IsGroupRole,
        PickedRole,
        // "Group", "Contact" or "Chat": what the row is, for its second line.
        KindTextRole,
    };
    Q_ENUM(Role)

    explicit ForwardTargets(QObject *parent = nullptr);
    ~ForwardTargets() override;

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int pickedCount() const { return int(m_picked.size()); }
    QStringList pickedNames() const;
    int maxPicks() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Ticks or unticks a row; false (and errorText says why) past the limit.
    Q_INVOKABLE bool toggle(int row);
    // Nothing picked, no error: for a dialog opened again.
    Q_INVOKABLE void clear();
    // Forwards messageId to the picked chats; sent() once every copy is in the outbox.
    Q_INVOKABLE void send(qint64 messageId) { sendAll({ messageId }); }
    // Several messages chosen together, oldest first, to every picked chat.
    Q_INVOKABLE void sendAll(const QVariantList &messageIds);

Q_SIGNALS:
    void sessionChanged();
    void filterChanged();
    void countChanged();
    void pickedChanged();
    void busyChanged();
    void errorTextChanged();
    void sent(int chats);

private:
    struct Target
    {
        QString peer;
        QString name;
        QString initials;
        QColor color;
        QUrl avatar;
        bool isGroup = false;
        bool isChat = false;
    };

    void rebuild();
    void setErrorText(const QString &text);
    void setBusy(bool busy);

    QPointer<AccountSession> m_session;
    ChatListModel *m_chats;
    ContactListModel *m_contacts;
    QList<Target> m_rows;
    QList<Target> m_picked; // in the order picked; kept while the filter hides them
    QString m_filter;
    QString m_errorText;
    bool m_busy = false;
    QTimer m_rebuild; // the two lists change in bursts while they load: one rebuild for each
};

} // namespace Natter
