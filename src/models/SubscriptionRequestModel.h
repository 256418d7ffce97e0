#pragma once

#include "ContactService.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// People who asked to see our presence and wait for Accept, Decline or Block. With blocked set
// (see BlockedContactModel) it lists the blocked addresses instead: both are lists of JIDs.
class SubscriptionRequestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::ContactService *service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(bool blocked READ blocked WRITE setBlocked NOTIFY blockedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { JidRole = Qt::UserRole + 1, NameRole, InitialsRole, ColorRole };
    Q_ENUM(Role)

    explicit SubscriptionRequestModel(QObject *parent = nullptr);

    ContactService *service() const { return m_service; }
    void setService(ContactService *service);
    bool blocked() const { return m_blocked; }
    void setBlocked(bool blocked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void serviceChanged();
    void blockedChanged();
    void countChanged();

private:
    void reload();

    QPointer<ContactService> m_service;
    bool m_blocked = false;
    QStringList m_jids;
};

} // namespace Natter
