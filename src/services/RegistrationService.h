#pragma once

#include "AccountSession.h"
#include "ConnectionSettings.h"
#include "RegistrationForm.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

namespace Natter {

class RegistrationSync;

// Creating an account: checks what the person typed before anything goes on the wire, sends the
// server's form filled in, and signs the new account in through the AccountSession.
class RegistrationService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Natter::AccountSession *account READ account WRITE setAccount NOTIFY accountChanged)
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stepChanged)
    Q_PROPERTY(bool formReady READ isFormReady NOTIFY stepChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stepChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString domain READ domain NOTIFY formChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY formChanged)
    Q_PROPERTY(QString redirectUrl READ redirectUrl NOTIFY formChanged)
    Q_PROPERTY(QString createdJid READ createdJid NOTIFY stepChanged)
    // Empty unless the server's certificate failed verification: who it names, and its SHA-256.
    Q_PROPERTY(
        QString pendingCertificateText READ pendingCertificateText NOTIFY pendingCertificateChanged)

public:
    enum class Step { Idle, FetchingForm, FormReady, Submitting, SigningIn, Done };
    Q_ENUM(Step)

    explicit RegistrationService(QObject *parent = nullptr);
    ~RegistrationService() override;

    AccountSession *account() const { return m_account; }
    void setAccount(AccountSession *account);
    // Certificates the person trusts for the server although the system store does not.
    void setPinnedCertificates(const QList<QSslCertificate> &certificates);

    Step step() const { return m_step; }
    bool isBusy() const;
    bool isFormReady() const { return m_step == Step::FormReady; }
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    QString domain() const { return m_server.jid.domain(); }
    QString title() const { return m_form.title; }
    QString instructions() const { return m_form.instructions; }
    QString redirectUrl() const { return m_form.redirectUrl; }
    QString createdJid() const { return m_createdJid; }
    const RegistrationForm &form() const { return m_form; }
    QString pendingCertificateText() const;

    // Validates the server's name and port first; a mistake sets errorText and sends nothing.
    Q_INVOKABLE void fetchForm(
        const QString &domain, const QString &host = {}, int port = 0, bool directTls = false);
    // index counts all of form().fields, hidden ones included.
    Q_INVOKABLE void setFieldValue(int index, const QVariant &value);
    // Checks required fields, the name and the password, then sends the form.
    Q_INVOKABLE void submit();
    Q_INVOKABLE void cancel();
    // Trusts exactly the certificate that just failed verification, and asks the server again.
    Q_INVOKABLE void trustCertificate();

    // What RegistrationSync reports; public so that models can be tested without a server.
    void showForm(const RegistrationForm &form);

Q_SIGNALS:
    void accountChanged();
    void stepChanged();
    void errorTextChanged();
    void formChanged();
    void fieldValueChanged(int index);
    void registered(const QString &jid);
    void untrustedCertificate(const QSslCertificate &certificate, const QString &reason);
    void pendingCertificateChanged();

private:
    void clearForm();
    QString validate() const;
    QString fieldValue(const QString &key) const;
    void handleRegistered();
    void handleSignInProgress();
    void setStep(Step step);
    void setErrorText(const QString &text);

    RegistrationSync *m_sync;
    QPointer<AccountSession> m_account;
    ConnectionSettings m_server;
    QList<QSslCertificate> m_pins;
    QSslCertificate m_pendingCertificate;
    RegistrationForm m_form;
    Step m_step = Step::Idle;
    QString m_errorText;
    QString m_createdJid;
    // Held only between a successful registration and handing it to AccountSession::signIn.
    QString m_password;
};

} // namespace Natter
