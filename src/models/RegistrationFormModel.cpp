#include "RegistrationFormModel.h"

#include "MessageMarkup.h"

#include <QUrl>
#include <QVariantMap>

using namespace Qt::StringLiterals;
using Natter::RegistrationField;
using Natter::RegistrationService;

RegistrationFormModel::RegistrationFormModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void RegistrationFormModel::setService(RegistrationService *service)
{
    if (m_service == service)
        return;
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (m_service) {
        connect(m_service, &RegistrationService::formChanged, this, &RegistrationFormModel::reload);
        connect(m_service, &RegistrationService::fieldValueChanged, this,
            &RegistrationFormModel::handleFieldChanged);
        connect(m_service, &QObject::destroyed, this, &RegistrationFormModel::reload);
    }
    reload();
    Q_EMIT serviceChanged();
}

int RegistrationFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RegistrationFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_service)
        return {};
    const RegistrationField &field = m_service->form().fields.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return field.label;
    case KeyRole:
        return field.key;
    case DescriptionRole:
        return field.description;
    case TypeRole:
        return typeName(field.type);
    case RequiredRole:
        return field.required;
    case OptionsRole: {
        QVariantList options;
        for (const auto &[text, value] : field.options)
            options.append(QVariantMap { { QStringLiteral("text"), text.isEmpty() ? value : text },
                { QStringLiteral("value"), value } });
        return options;
    }
    case ValueRole:
        if (field.type == RegistrationField::Type::TextMulti)
            return field.value.toStringList().join(u'\n');
        return field.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> RegistrationFormModel::roleNames() const
{
    return {
        { KeyRole, "key" },
        { LabelRole, "label" },
        { DescriptionRole, "description" },
        { TypeRole, "type" },
        { RequiredRole, "required" },
        { OptionsRole, "options" },
        { ValueRole, "value" },
    };
}

void RegistrationFormModel::setValue(int row, const QVariant &value)
{
    if (m_service && row >= 0 && row < m_rows.size())
        m_service->setFieldValue(m_rows.at(row), value);
}

void RegistrationFormModel::setOptionChecked(int row, const QString &option, bool checked)
{
    if (!m_service || row < 0 || row >= m_rows.size())
        return;
    QStringList values = m_service->form().fields.at(m_rows.at(row)).value.toStringList();
    values.removeAll(option);
    if (checked)
        values.append(option);
    m_service->setFieldValue(m_rows.at(row), values);
}

QString RegistrationFormModel::typeName(RegistrationField::Type type)
{
    using Type = RegistrationField::Type;
    switch (type) {
    case Type::TextSingle:
        return QStringLiteral("text-single");
    case Type::TextPrivate:
        return QStringLiteral("text-private");
    case Type::TextMulti:
        return QStringLiteral("text-multi");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::ListSingle:
        return QStringLiteral("list-single");
    case Type::ListMulti:
        return QStringLiteral("list-multi");
    case Type::JidSingle:
        return QStringLiteral("jid-single");
    case Type::JidMulti:
        return QStringLiteral("jid-multi");
    case Type::Fixed:
        return QStringLiteral("fixed");
    case Type::Hidden:
        return QStringLiteral("hidden");
    case Type::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

void RegistrationFormModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_service) {
        const auto &fields = m_service->form().fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).type != RegistrationField::Type::Hidden)
                m_rows.append(i);
        }
    }
    endResetModel();
    Q_EMIT websiteChanged();
}

QString RegistrationFormModel::websiteOf(const QString &redirectUrl)
{
    const QUrl url(redirectUrl.trimmed(), QUrl::TolerantMode);
    // User info ("https://bank.example@evil.example") only serves to disguise the host.
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString RegistrationFormModel::noticeFor(const QString &redirectUrl)
{
    if (redirectUrl.trimmed().isEmpty())
        return {};
    const QString website = websiteOf(redirectUrl);
    if (website.isEmpty())
        return tr("This server creates accounts on a website, but its address is not a secure "
                  "https one, so Natter does not open it: %1")
            .arg(Natter::MessageMarkup::escaped(redirectUrl));
    const QString shown = Natter::MessageMarkup::escaped(website);
    return tr("This server creates accounts on its website: %1")
        .arg(u"<a href=\""_s + shown + u"\">"_s + shown + u"</a>"_s);
}

QString RegistrationFormModel::website() const
{
    return m_service ? websiteOf(m_service->redirectUrl()) : QString();
}

QString RegistrationFormModel::websiteNotice() const
{
    return m_service ? noticeFor(m_service->redirectUrl()) : QString();
}

void RegistrationFormModel::handleFieldChanged(int fieldIndex)
{
    const qsizetype row = m_rows.indexOf(fieldIndex);
    if (row >= 0)
        Q_EMIT dataChanged(
            index(static_cast<int>(row)), index(static_cast<int>(row)), { ValueRole });
}
