#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// The "Share location" dialog's fields: typed coordinates with an optional name, or a pasted
// geo: or map link. A desktop has no GPS, so the person says where. uri is what gets sent,
// empty until the fields make a location; errorText says what is wrong.
class LocationDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString latitude MEMBER m_latitude NOTIFY fieldsChanged)
    Q_PROPERTY(QString longitude MEMBER m_longitude NOTIFY fieldsChanged)
    Q_PROPERTY(QString label MEMBER m_label NOTIFY fieldsChanged)
    // A pasted link takes the place of the typed coordinates.
    Q_PROPERTY(QString link MEMBER m_link NOTIFY fieldsChanged)
    Q_PROPERTY(QString uri READ uri NOTIFY resultChanged)
    Q_PROPERTY(QString coordinatesText READ coordinatesText NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)

public:
    explicit LocationDraft(QObject *parent = nullptr);

    QString uri() const { return m_uri; }
    QString coordinatesText() const { return m_coordinatesText; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void clear();

Q_SIGNALS:
    void fieldsChanged();
    void resultChanged();

private:
    void evaluate();

    QString m_latitude;
    QString m_longitude;
    QString m_label;
    QString m_link;
    QString m_uri;
    QString m_coordinatesText;
    QString m_errorText;
};

} // namespace Natter
