#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVariant>

namespace Natter {

// One field a server asks for when creating an account: a plain XEP-0077 field (username,
// password, email) or a XEP-0004 data form field, without any QXmpp type.
struct RegistrationField
{
    enum class Type {
        TextSingle,
        TextPrivate,
        TextMulti,
        Boolean,
        ListSingle,
        ListMulti,
        JidSingle,
        JidMulti,
        Fixed,
        Hidden,
        // The field needs something Natter cannot show yet, such as a CAPTCHA image (XEP-0158).
        Unsupported,
    };

    QString key;
    QString label;
    QString description;
    Type type = Type::TextSingle;
    bool required = false;
    QList<QPair<QString, QString>> options; // (label, value)
    // QString for text and list-single fields, bool for booleans, QStringList for *-multi.
    QVariant value;
};

struct RegistrationForm
{
    QString title;
    QString instructions;
    // XEP-0077 out-of-band registration: the server wants people to sign up on its website.
    QString redirectUrl;
    bool isDataForm = false;
    QList<RegistrationField> fields;

    bool isEmpty() const { return fields.isEmpty(); }
};

} // namespace Natter

Q_DECLARE_METATYPE(Natter::RegistrationForm)
