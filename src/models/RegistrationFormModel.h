#pragma once

#include "RegistrationService.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The fields of a server's sign-up form, as QML renders them; hidden fields are left out but
// still sent. Values typed by the person go back to the service, which owns the form.
class RegistrationFormModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        Natter::RegistrationService *service READ service WRITE setService NOTIFY serviceChanged)
    // The server's sign-up website (XEP-0077 <url>) when it is https: the address opened, in
    // the form shown. Empty for anything else, which is never opened.
    Q_PROPERTY(QString website READ website NOTIFY websiteChanged)
    // A sentence about the website for a StyledText label: every part of the address escaped,
    // linked only when it is https, and reading as exactly the address it opens.
    Q_PROPERTY(QString websiteNotice READ websiteNotice NOTIFY websiteChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        DescriptionRole,
        TypeRole, // "text-single", "text-private", "boolean", "list-single", "fixed", ...
        RequiredRole,
        OptionsRole, // [{ text, value }]
        ValueRole,
    };
    Q_ENUM(Role)

    explicit RegistrationFormModel(QObject *parent = nullptr);

    Natter::RegistrationService *service() const { return m_service; }
    void setService(Natter::RegistrationService *service);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setValue(int row, const QVariant &value);
    // For list-multi fields: adds or removes one option's value.
    Q_INVOKABLE void setOptionChecked(int row, const QString &option, bool checked);

    static QString typeName(Natter::RegistrationField::Type type);
    // See the properties: the https address of redirectUrl, and the sentence that shows it.
    static QString websiteOf(const QString &redirectUrl);
    static QString noticeFor(const QString &redirectUrl);
    QString website() const;
    QString websiteNotice() const;

Q_SIGNALS:
    void serviceChanged();
    void websiteChanged();

private:
    void reload();
    void handleFieldChanged(int fieldIndex);

    QPointer<Natter::RegistrationService> m_service;
    // Row -> index into the service's form fields; hidden fields have no row.
    QList<int> m_rows;
};
