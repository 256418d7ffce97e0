#pragma once

#include "MessageCard.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// A bubble's card, read from its body (see MessageCard): a location or a contact, or nothing,
// in which case the bubble shows the body as text.
class SharedCard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY changed)
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    Q_PROPERTY(QString accessibleName READ accessibleName NOTIFY changed)
    // A location's "52.52° N, 13.40° E", its name (plain, untrusted) and our own form of its URI.
    Q_PROPERTY(QString coordinatesText READ coordinatesText NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QString geoUri READ geoUri NOTIFY changed)
    // A contact's bare address, the name its sender gave (plain, untrusted) and the link that
    // opens its chat.
    Q_PROPERTY(QString jid READ jid NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString chatUri READ chatUri NOTIFY changed)

public:
    enum class Kind { None, Location, Contact };
    Q_ENUM(Kind)

    using QObject::QObject;

    QString body() const { return m_body; }
    void setBody(const QString &body);

    Kind kind() const { return Kind(m_card.kind()); }
    QString accessibleName() const { return m_card.accessibleName(); }
    QString coordinatesText() const;
    QString label() const { return m_card.location().label(); }
    QString geoUri() const;
    QString jid() const { return m_card.jid(); }
    QString name() const { return m_card.name(); }
    QString chatUri() const;

Q_SIGNALS:
    void changed();

private:
    QString m_body;
    MessageCard m_card;
};

} // namespace Natter
