#pragma once

#include "ContactService.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// One contact for a details page: name, JID, avatar or initials, presence, last seen,
// subscription state and blocked flag, kept current as the service learns more.
class ContactDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::ContactService *service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY jidChanged)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QColor color READ color NOTIFY changed)
    Q_PROPERTY(QUrl avatar READ avatar NOTIFY changed)
    Q_PROPERTY(QString presence READ presence NOTIFY changed)
    Q_PROPERTY(QString activity READ activity NOTIFY changed)
    Q_PROPERTY(QString subscription READ subscription NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(bool blocked READ blocked NOTIFY changed)
    Q_PROPERTY(bool inRoster READ inRoster NOTIFY changed)

public:
    explicit ContactDetails(QObject *parent = nullptr);

    ContactService *service() const { return m_service; }
    void setService(ContactService *service);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);

    QString name() const { return m_view.name; }
    QString initials() const { return m_view.initials; }
    QColor color() const;
    QUrl avatar() const;
    QString presence() const;
    QString activity() const { return m_view.activityText; }
    QString subscription() const;
    bool pending() const { return m_view.pendingOut; }
    bool blocked() const { return m_view.blocked; }
    bool inRoster() const { return m_view.inRoster; }

Q_SIGNALS:
    void serviceChanged();
    void jidChanged();
    void changed();

private:
    void update();

    QPointer<ContactService> m_service;
    QString m_jid;
    ContactView m_view;
};

} // namespace Natter
