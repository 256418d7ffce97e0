#pragma once

#include "ConnectionSettings.h"
#include "RegistrationForm.h"

#include <QObject>
#include <QSslCertificate>

class QXmppClient;
class QXmppRegistrationManager;

namespace Natter {

// In-band registration (XEP-0077) over its own, unauthenticated stream: fetches the server's
// form and submits it filled in. Same TLS rules as Session: required, verified, never ignored.
class RegistrationSync : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        NameTaken,
        Closed, // the server does not let anyone register here
        InvalidFields,
        RateLimited,
        Untrusted, // TLS verification failed; untrustedCertificate() carries the certificate
        Connection,
        Other,
    };
    Q_ENUM(Failure)

    explicit RegistrationSync(QObject *parent = nullptr);
    ~RegistrationSync() override;

    // server.jid is the server's domain alone; its password is not used.
    void fetchForm(const ConnectionSettings &server);
    // Sends the form on the open stream, or reconnects first when the server closed it meanwhile.
    void submit(const RegistrationForm &form);
    void cancel();
    bool isBusy() const { return m_pending != Pending::None; }
    bool hasOpenStream() const { return m_streamReady; }

    // A human sentence for a server's refusal, used when the server sent no text of its own.
    static QString describe(Failure failure);

Q_SIGNALS:
    void formReceived(const Natter::RegistrationForm &form);
    void registered();
    void failed(Natter::RegistrationSync::Failure failure, const QString &text);
    void untrustedCertificate(const QSslCertificate &certificate, const QString &reason);

private:
    enum class Pending { None, Form, Submission };

    void createClient();
    void openStream();
    void fail(Failure failure, const QString &text);

    QXmppClient *m_client = nullptr;
    QXmppRegistrationManager *m_manager = nullptr;
    ConnectionSettings m_server;
    Pending m_pending = Pending::None;
    // A secured, unauthenticated stream is open and can take a submission.
    bool m_streamReady = false;
};

} // namespace Natter
