#include "RegistrationSync.h"

#include "CertificatePin.h"
#include "SocketErrorText.h"
#include "XmppLogging.h"

#include <QCoreApplication>
#include <QSslError>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppDataForm.h>
#include <QXmppError.h>
#include <QXmppRegisterIq.h>
#include <QXmppRegistrationManager.h>

namespace Natter {

namespace {
// lupdate files tr() in free functions here under "Natter"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter", text);
}

using FieldType = RegistrationField::Type;

constexpr std::pair<QXmppDataForm::Field::Type, FieldType> TypeMap[] = {
    { QXmppDataForm::Field::TextSingleField, FieldType::TextSingle },
    { QXmppDataForm::Field::TextPrivateField, FieldType::TextPrivate },
    { QXmppDataForm::Field::TextMultiField, FieldType::TextMulti },
    { QXmppDataForm::Field::BooleanField, FieldType::Boolean },
    { QXmppDataForm::Field::ListSingleField, FieldType::ListSingle },
    { QXmppDataForm::Field::ListMultiField, FieldType::ListMulti },
    { QXmppDataForm::Field::JidSingleField, FieldType::JidSingle },
    { QXmppDataForm::Field::JidMultiField, FieldType::JidMulti },
    { QXmppDataForm::Field::FixedField, FieldType::Fixed },
    { QXmppDataForm::Field::HiddenField, FieldType::Hidden },
};

FieldType toFieldType(QXmppDataForm::Field::Type type)
{
    for (const auto &[wire, ours] : TypeMap) {
        if (wire == type)
            return ours;
    }
    return FieldType::TextSingle;
}

QXmppDataForm::Field::Type toWireType(FieldType type)
{
    for (const auto &[wire, ours] : TypeMap) {
        if (ours == type)
            return wire;
    }
    // A CAPTCHA answer (XEP-0158) travels as text-single.
    return QXmppDataForm::Field::TextSingleField;
}

RegistrationField fromDataField(const QXmppDataForm::Field &field)
{
    RegistrationField ours;
    ours.key = field.key();
    ours.label = field.label().isEmpty() ? field.key() : field.label();
    ours.description = field.description();
    ours.type = toFieldType(field.type());
    ours.required = field.isRequired();
    ours.options = field.options();
    ours.value = ours.type == FieldType::Boolean ? QVariant(field.value().toBool()) : field.value();
    if (!field.mediaSources().isEmpty()) {
        ours.type = FieldType::Unsupported;
        ours.description = tr("This server asks you to solve a picture or sound puzzle (CAPTCHA), "
                              "which Natter cannot show yet. Create the account on the server's "
                              "website or pick another server.");
    }
    return ours;
}

RegistrationField plainField(
    const QString &key, const QString &label, FieldType type, const QString &value)
{
    RegistrationField field;
    field.key = key;
    field.label = label;
    field.type = type;
    // XEP-0077: every field the server lists in a plain form is required.
    field.required = true;
    field.value = value;
    return field;
}

RegistrationForm toForm(const QXmppRegisterIq &iq)
{
    RegistrationForm form;
    form.instructions = iq.instructions();
    form.redirectUrl = iq.outOfBandUrl();
    const QXmppDataForm data = iq.form();
    if (!data.isNull() && !data.fields().isEmpty()) {
        form.isDataForm = true;
        form.title = data.title();
        if (!data.instructions().isEmpty())
            form.instructions = data.instructions();
        for (const auto &field : data.fields())
            form.fields.append(fromDataField(field));
        return form;
    }
    // A null string means the server did not ask for the field; an empty one means it did.
    if (!iq.username().isNull())
        form.fields.append(plainField(
            QStringLiteral("username"), tr("Username"), FieldType::TextSingle, iq.username()));
    if (!iq.password().isNull())
        form.fields.append(plainField(
            QStringLiteral("password"), tr("Password"), FieldType::TextPrivate, iq.password()));
    if (!iq.email().isNull())
        form.fields.append(
            plainField(QStringLiteral("email"), tr("Email"), FieldType::TextSingle, iq.email()));
    return form;
}

QXmppRegisterIq toIq(const RegistrationForm &form)
{
    QXmppRegisterIq iq;
    if (form.isDataForm) {
        QList<QXmppDataForm::Field> fields;
        for (const auto &field : form.fields) {
            if (field.type != FieldType::Fixed)
                fields.append({ toWireType(field.type), field.key, field.value });
        }
        iq.setForm(QXmppDataForm(QXmppDataForm::Submit, fields));
        return iq;
    }
    for (const auto &field : form.fields) {
        // An empty answer must stay non-null: QXmpp treats a null username as "no form to send".
        const QString value
            = field.value.toString().isNull() ? QStringLiteral("") : field.value.toString();
        if (field.key == u"username")
            iq.setUsername(value);
        else if (field.key == u"password")
            iq.setPassword(value);
        else if (field.key == u"email")
            iq.setEmail(value);
    }
    return iq;
}

RegistrationSync::Failure classify(QXmppStanza::Error::Condition condition)
{
    using Failure = RegistrationSync::Failure;
    switch (condition) {
    case QXmppStanza::Error::Conflict:
        return Failure::NameTaken;
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::NotAuthorized:
        return Failure::Closed;
    case QXmppStanza::Error::NotAcceptable:
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::JidMalformed:
        return Failure::InvalidFields;
    case QXmppStanza::Error::ResourceConstraint:
    case QXmppStanza::Error::PolicyViolation:
        return Failure::RateLimited;
    default:
        return Failure::Other;
    }
}

} // namespace

RegistrationSync::RegistrationSync(QObject *parent)
    : QObject(parent)
{
    createClient();
}

RegistrationSync::~RegistrationSync() = default;

void RegistrationSync::createClient()
{
    m_client = new QXmppClient(QXmppClient::NoExtensions, this);
    m_manager = m_client->addNewExtension<QXmppRegistrationManager>();
    m_client->setLogger(nullptr);
    connect(m_manager, &QXmppRegistrationManager::registrationFormReceived, this,
        [this](const QXmppRegisterIq &iq) {
            if (m_pending != Pending::Form)
                return;
            m_pending = Pending::None;
            // The manager asks for the form only once the stream is secured.
            m_streamReady = true;
            const RegistrationForm form = toForm(iq);
            qCDebug(lcXmpp) << "registration form with" << form.fields.size() << "fields";
            Q_EMIT formReceived(form);
        });
    connect(m_manager, &QXmppRegistrationManager::registrationSucceeded, this, [this] {
        m_pending = Pending::None;
        qCInfo(lcXmpp) << "account registered on" << m_server.jid.domain();
        m_client->disconnectFromServer();
        Q_EMIT registered();
    });
    connect(m_manager, &QXmppRegistrationManager::registrationFailed, this,
        [this](const QXmppStanza::Error &error) {
            const Failure failure = classify(error.condition());
            // QXmpp fills in its own English text when the server lacks the feature.
            const bool serverText = !error.text().isEmpty()
                && error.condition() != QXmppStanza::Error::FeatureNotImplemented;
            fail(failure, serverText ? error.text() : describe(failure));
        });
    connect(
        m_client, &QXmppClient::sslErrors, this,
        [this](const QList<QSslError> &errors) {
            // The same rule as Session: only the certificate the server proves it holds counts.
            const QSslCertificate server = CertificatePin::serverCertificate(*m_client);
            if (CertificatePin(m_server.pinnedCertificates).accepts(server)) {
                // QXmpp reads this right after the signal returns (a direct connection), so the
                // exception covers this handshake alone.
                m_client->configuration().setIgnoreSslErrors(true);
                QMetaObject::invokeMethod(
                    m_client,
                    [client = m_client] { client->configuration().setIgnoreSslErrors(false); },
                    Qt::QueuedConnection);
                return;
            }
            const QString reason = CertificatePin::reason(errors, server);
            qCWarning(lcXmpp) << "TLS verification failed during registration:" << reason;
            if (m_pending == Pending::None)
                return;
            Q_EMIT untrustedCertificate(server, reason);
            fail(Failure::Untrusted, tr("The server's certificate is not trusted: %1").arg(reason));
        },
        Qt::DirectConnection);
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &error) {
        const auto socketError = error.value<QAbstractSocket::SocketError>();
        fail(Failure::Connection,
            socketError ? describeSocketError(*socketError) : describe(Failure::Connection));
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        m_streamReady = false;
        fail(Failure::Connection, tr("The server closed the connection."));
    });
}

void RegistrationSync::fetchForm(const ConnectionSettings &server)
{
    cancel();
    // A fresh client, so that the old stream's late disconnect cannot fail the new request.
    m_client->disconnect(this);
    m_manager->disconnect(this);
    m_client->deleteLater();
    createClient();
    m_streamReady = false;
    m_server = server;
    m_pending = Pending::Form;
    openStream();
}

void RegistrationSync::submit(const RegistrationForm &form)
{
    m_pending = Pending::Submission;
    const QXmppRegisterIq iq = toIq(form);
    if (!form.isDataForm && iq.username().isNull()) {
        fail(Failure::InvalidFields, describe(Failure::InvalidFields));
        return;
    }
    if (form.isDataForm)
        m_manager->setRegistrationFormToSend(iq.form());
    else
        m_manager->setRegistrationFormToSend(iq);
    if (m_streamReady) {
        m_manager->sendCachedRegistrationForm();
    } else {
        // Many servers drop unauthenticated streams after a while; the manager sends the cached
        // form as soon as the new stream is secured.
        openStream();
    }
}

void RegistrationSync::cancel()
{
    m_pending = Pending::None;
    m_client->disconnectFromServer();
}

QString RegistrationSync::describe(Failure failure)
{
    switch (failure) {
    case Failure::NameTaken:
        return tr("That name is taken.");
    case Failure::Closed:
        return tr("This server does not allow creating accounts here.");
    case Failure::InvalidFields:
        return tr("Some fields are missing or invalid.");
    case Failure::RateLimited:
        return tr("The server does not accept another new account from here right now. "
                  "Try again later.");
    case Failure::Untrusted:
        return tr("The server's certificate is not trusted.");
    case Failure::Connection:
        return tr("The server could not be reached.");
    case Failure::Other:
        break;
    }
    return tr("The server refused to create the account.");
}

void RegistrationSync::openStream()
{
    QXmppConfiguration config;
    config.setDomain(m_server.jid.domain());
    if (!m_server.host.isEmpty())
        config.setHost(m_server.host);
    config.setPort(m_server.port != 0 ? m_server.port
                                      : (m_server.tlsMode == TlsMode::DirectTls ? 5223 : 5222));
    config.setStreamSecurityMode(m_server.tlsMode == TlsMode::DirectTls
            ? QXmppConfiguration::LegacySSL
            : QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setUseNonSASLAuthentication(false);
    // Pins are matched against the server's own certificate in the sslErrors handler. They are
    // not made authorities: a pinned certificate must not vouch for others it appears to sign.
    config.setAutoReconnectionEnabled(false);
    // Also re-arms the manager, which forgets this on every disconnect.
    m_manager->setRegisterOnConnectEnabled(true);
    qCInfo(lcXmpp) << "opening a registration stream to" << m_server.jid.domain();
    m_client->connectToServer(config);
}

void RegistrationSync::fail(Failure failure, const QString &text)
{
    // The first explanation wins: a TLS failure is followed by a socket error and a disconnect.
    if (m_pending == Pending::None)
        return;
    m_pending = Pending::None;
    qCInfo(lcXmpp) << "registration failed:" << failure << text;
    Q_EMIT failed(failure, text);
}

} // namespace Natter
