#pragma once

#include "AccountSession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The invitations to groups waiting for an answer, newest first, each as one sentence that
// says who invites (a contact by name, anyone else as a stranger with the address) and where.
class InvitationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RoomRole = Qt::UserRole + 1,
        TextRole, // "Alice invited you to family@groups.example.org", plain text
        ReasonRole, // the inviter's own words, untrusted; empty when none
        FromContactRole,
    };
    Q_ENUM(Role)

    explicit InvitationModel(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void accept(const QString &room);
    Q_INVOKABLE void decline(const QString &room);

Q_SIGNALS:
    void sessionChanged();
    void countChanged();

private:
    void reload();

    QPointer<AccountSession> m_session;
    QVariantList m_rows;
};

} // namespace Natter
