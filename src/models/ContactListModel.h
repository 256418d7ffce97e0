#pragma once

#include "ContactService.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The roster for QML, sorted by name: one row per contact with avatar or initials, presence
// and the last-seen line. Follows the service's coalesced updates.
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::ContactService *service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Only contacts whose name or JID contains this (case-insensitive); empty: all.
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        InitialsRole,
        ColorRole,
        AvatarRole, // a file: URL, empty when the contact has none
        PresenceRole, // "online", "away", "xa", "dnd" or "offline"
        ActivityRole, // "online", "last seen today at 14:02", ...
        SubscriptionRole, // "none", "to", "from" or "both"
        PendingRole, // we asked to see their presence; no answer yet
        BlockedRole,
    };
    Q_ENUM(Role)

    explicit ContactListModel(QObject *parent = nullptr);

    ContactService *service() const { return m_service; }
    void setService(ContactService *service);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The value of role for one contact; shared with ContactDetails.
    static QVariant value(const ContactView &view, int role);

Q_SIGNALS:
    void serviceChanged();
    void countChanged();
    void filterChanged();

private:
    void reload();
    void refresh(const QStringList &jids);

    QPointer<ContactService> m_service;
    QStringList m_jids;
    QString m_filter;
};

} // namespace Natter
