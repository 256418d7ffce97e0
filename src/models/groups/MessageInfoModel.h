#pragma once

#include "AccountSession.h"
#include "Group.h"
#include "Message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// "Message info" for one message of ours: a preview line, when it was sent and how far it got.
// In a private group, "Read by N of M" and one row per other member: first those who have read
// it (newest read first, with when), then those who have not. It follows the readers live. In a
// channel nobody's reading is shown, and in a one-to-one chat only the delivery state we keep.
class MessageInfoModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(qint64 messageId READ messageId WRITE setMessageId NOTIFY messageIdChanged)
    // The message's first line, plain text, bounded; the file's name when it has no text.
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(QString sentText READ sentText NOTIFY changed) // "Today 14:32"
    // "Sent", "Delivered", "Read", …: what the one-to-one chat knows; empty in groups.
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    // A private group and our message: readers are shown.
    Q_PROPERTY(bool showsReaders READ showsReaders NOTIFY changed)
    Q_PROPERTY(bool channel READ channel NOTIFY changed)
    Q_PROPERTY(int readCount READ readCount NOTIFY changed)
    // The other members; -1 while the room has not shown us its member list.
    Q_PROPERTY(int memberCount READ memberCount NOTIFY changed)
    Q_PROPERTY(QString readByText READ readByText NOTIFY changed) // "Read by 3 of 5"
    // An edited message's earlier texts (XEP-0308), oldest first: "Today 14:32: text", each
    // one line, bounded; empty when it was never edited.
    Q_PROPERTY(QStringList earlierVersions READ earlierVersions NOTIFY changed)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // the nick in the room, else the contact's name; plain text
        JidRole,
        InitialsRole,
        ColorRole,
        AvatarRole, // a local file URL, empty when none
        ReadRole,
        ReadAtRole, // ms, 0 while not read
        ReadAtTextRole, // "Today 14:32"
        AccessibleNameRole, // "Bob, read today at 14:32"
        HeadingRole, // "Read by" on the first reader, "Not read yet" on the first other; else empty
    };
    Q_ENUM(Role)

    // Longer previews are cut: the page shows one line of the message, not all of it.
    static constexpr int MaxPreviewLength = 120;
    // Names longer than this are cut: a nickname is untrusted and one line in the list.
    static constexpr int MaxNameLength = 64;

    explicit MessageInfoModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    qint64 messageId() const { return m_messageId; }
    void setMessageId(qint64 messageId);

    QString preview() const;
    QString sentText() const;
    QString stateText() const;
    bool showsReaders() const;
    bool channel() const { return m_group.chatId != 0 && m_group.kind == ChatKind::Channel; }
    int readCount() const { return m_readCount; }
    int memberCount() const { return m_memberCount; }
    QString readByText() const;
    QStringList earlierVersions() const { return m_earlierVersions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Today 14:32", "Yesterday 09:05", "12 March 10:00" against now.
    static QString whenText(qint64 ms, const QDateTime &now);
    // "today at 14:32", for a sentence read out.
    static QString whenSpoken(qint64 ms, const QDateTime &now);

Q_SIGNALS:
    void sessionChanged();
    void messageIdChanged();
    void changed();

private:
    struct Row
    {
        QString jid;
        QString name;
        QString initials;
        quint32 color = 0;
        QString avatarPath;
        qint64 readAt = 0;
    };

    void reload();
    void loadReaders();
    void loadVersions();
    void showReaders(const QList<GroupReader> &readers);
    Row rowFor(const QString &jid, const QString &nick) const;

    QPointer<AccountSession> m_session;
    qint64 m_messageId = 0;
    Message m_message;
    Group m_group;
    QList<Row> m_rows;
    int m_readCount = 0;
    QStringList m_earlierVersions;
    int m_memberCount = -1;
    quint64 m_generation = 0; // drops answers meant for another message
};

} // namespace Natter
