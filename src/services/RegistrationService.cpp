#include "RegistrationService.h"

#include "AccountSession.h"
#include "Jid.h"
#include "RegistrationSync.h"

#include <QLocale>

#include <utility>

namespace Natter {

namespace {
bool isEmptyValue(const RegistrationField &field)
{
    if (field.type == RegistrationField::Type::Boolean)
        return false; // unchecked is an answer too
    return field.value.userType() == QMetaType::QStringList ? field.value.toStringList().isEmpty()
                                                            : field.value.toString().isEmpty();
}

bool takesInput(const RegistrationField &field)
{
    return field.type != RegistrationField::Type::Fixed
        && field.type != RegistrationField::Type::Hidden;
}
} // namespace

RegistrationService::RegistrationService(QObject *parent)
    : QObject(parent)
    , m_sync(new RegistrationSync(this))
{
    connect(m_sync, &RegistrationSync::formReceived, this, &RegistrationService::showForm);
    connect(m_sync, &RegistrationSync::registered, this, &RegistrationService::handleRegistered);
    connect(m_sync, &RegistrationSync::failed, this,
        [this](RegistrationSync::Failure, const QString &text) {
            m_password.clear();
            m_createdJid.clear();
            setErrorText(text);
            // A refused submission keeps the form, so the person can change a field and retry.
            setStep(m_step == Step::Submitting ? Step::FormReady : Step::Idle);
        });
    connect(m_sync, &RegistrationSync::untrustedCertificate, this,
        [this](const QSslCertificate &certificate, const QString &reason) {
            m_pendingCertificate = certificate;
            Q_EMIT pendingCertificateChanged();
            Q_EMIT untrustedCertificate(certificate, reason);
        });
}

RegistrationService::~RegistrationService() = default;

void RegistrationService::setAccount(AccountSession *account)
{
    if (m_account == account)
        return;
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (m_account) {
        connect(m_account, &AccountSession::signedIn, this, [this] {
            if (m_step == Step::SigningIn)
                setStep(Step::Done);
        });
        connect(m_account, &AccountSession::errorTextChanged, this,
            &RegistrationService::handleSignInProgress);
    }
    Q_EMIT accountChanged();
}

void RegistrationService::setPinnedCertificates(const QList<QSslCertificate> &certificates)
{
    m_pins = certificates;
}

bool RegistrationService::isBusy() const
{
    return m_step == Step::FetchingForm || m_step == Step::Submitting || m_step == Step::SigningIn;
}

QString RegistrationService::statusText() const
{
    switch (m_step) {
    case Step::FetchingForm:
        return tr("Asking %1 what it needs…").arg(domain());
    case Step::Submitting:
        return tr("Creating your account…");
    case Step::SigningIn:
        return tr("Account created. Signing in…");
    case Step::Done:
        return tr("Your account %1 is ready.").arg(m_createdJid);
    case Step::Idle:
    case Step::FormReady:
        break;
    }
    return {};
}

void RegistrationService::fetchForm(
    const QString &domain, const QString &host, int port, bool directTls)
{
    QString reason;
    const auto server = Jid::parse(domain.trimmed(), &reason);
    if (!server) {
        setErrorText(domain.trimmed().isEmpty()
                ? tr("Enter the server's name, such as example.org.")
                : reason);
        return;
    }
    if (!server->node().isEmpty() || !server->resource().isEmpty()) {
        setErrorText(tr("Enter only the server's name, such as example.org."));
        return;
    }
    if (port < 0 || port > 65535) {
        setErrorText(tr("The port must be 1 to 65535."));
        return;
    }
    setErrorText({});
    if (!m_pendingCertificate.isNull()) {
        m_pendingCertificate.clear();
        Q_EMIT pendingCertificateChanged();
    }
    m_server = {};
    m_server.jid = *server;
    m_server.host = host.trimmed();
    m_server.port = static_cast<quint16>(port);
    m_server.tlsMode = directTls ? TlsMode::DirectTls : TlsMode::StartTls;
    m_server.pinnedCertificates = m_pins;
    clearForm();
    setStep(Step::FetchingForm);
    m_sync->fetchForm(m_server);
}

void RegistrationService::showForm(const RegistrationForm &form)
{
    m_form = form;
    Q_EMIT formChanged();
    if (!form.isEmpty()) {
        setStep(Step::FormReady);
        return;
    }
    // Nothing to fill in: either the server sends people to its website (redirectUrl, which the
    // page shows) or it did not say what it needs.
    if (form.redirectUrl.isEmpty())
        setErrorText(tr("The server did not say what it needs to create an account."));
    setStep(Step::Idle);
}

void RegistrationService::clearForm()
{
    m_form = {};
    Q_EMIT formChanged();
}

void RegistrationService::setFieldValue(int index, const QVariant &value)
{
    if (index < 0 || index >= m_form.fields.size())
        return;
    RegistrationField &field = m_form.fields[index];
    switch (field.type) {
    case RegistrationField::Type::Boolean:
        field.value = value.toBool();
        break;
    case RegistrationField::Type::ListMulti:
    case RegistrationField::Type::JidMulti:
        field.value = value.toStringList();
        break;
    case RegistrationField::Type::TextMulti:
        field.value = value.toString().split(u'\n');
        break;
    default:
        field.value = value.toString();
        break;
    }
    Q_EMIT fieldValueChanged(index);
}

void RegistrationService::submit()
{
    if (m_step != Step::FormReady)
        return;
    const QString problem = validate();
    setErrorText(problem);
    if (!problem.isEmpty())
        return;
    const QString username = fieldValue(QStringLiteral("username"));
    m_createdJid = username.isEmpty() ? QString() : username + u'@' + domain();
    m_password = fieldValue(QStringLiteral("password"));
    setStep(Step::Submitting);
    m_sync->submit(m_form);
}

void RegistrationService::cancel()
{
    m_sync->cancel();
    m_password.clear();
    clearForm();
    setErrorText({});
    setStep(Step::Idle);
}

QString RegistrationService::pendingCertificateText() const
{
    if (m_pendingCertificate.isNull())
        return {};
    const auto name = [](const QStringList &parts) { return parts.join(QStringLiteral(", ")); };
    return tr("Issued to: %1\nIssued by: %2\nValid until: %3\nSHA-256: %4")
        .arg(name(m_pendingCertificate.subjectInfo(QSslCertificate::CommonName)),
            name(m_pendingCertificate.issuerInfo(QSslCertificate::CommonName)),
            QLocale().toString(m_pendingCertificate.expiryDate(), QLocale::ShortFormat),
            QString::fromLatin1(
                m_pendingCertificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
}

void RegistrationService::trustCertificate()
{
    if (m_pendingCertificate.isNull())
        return;
    m_pins.append(m_pendingCertificate);
    // A copy: fetchForm() resets m_server while it still reads its arguments.
    const ConnectionSettings server = m_server;
    fetchForm(server.jid.domain(), server.host, server.port, server.tlsMode == TlsMode::DirectTls);
}

QString RegistrationService::validate() const
{
    QStringList missing;
    for (const auto &field : m_form.fields) {
        if (!field.required || !takesInput(field) || !isEmptyValue(field))
            continue;
        if (field.type == RegistrationField::Type::Unsupported)
            return !field.description.isEmpty()
                ? field.description
                : tr("Natter cannot fill in “%1”, which this server requires.").arg(field.label);
        missing << field.label;
    }
    if (!missing.isEmpty())
        return tr("Fill in: %1.").arg(missing.join(QStringLiteral(", ")));
    const QString username = fieldValue(QStringLiteral("username"));
    if (!username.isEmpty()) {
        if (username.contains(u'@') || username.contains(u'/'))
            return tr("Enter only the name, without “@” or the server.");
        QString reason;
        if (!Jid::parse(username + u'@' + domain(), &reason))
            return reason;
    }
    return {};
}

QString RegistrationService::fieldValue(const QString &key) const
{
    for (const auto &field : m_form.fields) {
        if (field.key == key)
            return field.value.toString().trimmed();
    }
    return {};
}

void RegistrationService::handleRegistered()
{
    // Once created, the form is spent: a second submission would only meet "name taken".
    clearForm();
    Q_EMIT registered(m_createdJid);
    if (!m_account || m_createdJid.isEmpty() || m_password.isEmpty()) {
        m_password.clear();
        setStep(Step::Done);
        return;
    }
    setStep(Step::SigningIn);
    const QString password = std::exchange(m_password, {});
    // The certificate the person trusted here is the account's server: do not ask twice.
    if (!m_pins.isEmpty())
        m_account->pinCertificates(m_createdJid, m_pins);
    m_account->signIn(m_createdJid, password, m_server.host, m_server.port,
        m_server.tlsMode == TlsMode::DirectTls);
}

void RegistrationService::handleSignInProgress()
{
    if (m_step != Step::SigningIn || !m_account || m_account->errorText().isEmpty())
        return;
    setErrorText(tr("Your account %1 was created, but signing in failed: %2")
                     .arg(m_createdJid, m_account->errorText()));
    setStep(Step::Done);
}

void RegistrationService::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void RegistrationService::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
