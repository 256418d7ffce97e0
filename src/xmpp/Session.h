#pragma once

#include "ConnectionSettings.h"
#include "ConnectionState.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>

#include <optional>

class QXmppClient;
class QXmppError;

namespace Natter {

// Why the connection ended, so the services can decide whether retrying makes sense.
enum class SessionError {
    None,
    Network, // socket, DNS, keepalive or stream trouble: retrying may help
    Authentication, // the server rejected the credentials: needs the person
    Certificate, // TLS verification failed and the certificate is not pinned: needs the person
    Conflict, // another client took over this session: do not fight it
};

// The account's one XMPP connection. Owns the QXmppClient; the *Sync classes add features to it.
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Natter::ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    void connectToServer(const ConnectionSettings &settings);
    void disconnectFromServer();

    ConnectionState state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    const ConnectionSettings &settings() const { return m_settings; }
    QString boundJid() const;
    SessionError lastError() const { return m_lastError; }
    // True when the last connect resumed the previous stream (XEP-0198), losing nothing.
    bool resumed() const;
    // True when the server acknowledges our stanzas (XEP-0198) on the current stream.
    bool streamManaged() const;
    // True once the server has our initial presence (it echoes it back): from then on messages
    // to our bare JID reach this session instead of offline storage.
    bool isAvailable() const { return m_available; }
    // Client State Indication (XEP-0352): inactive lets the server hold back unimportant traffic.
    void setActive(bool active);
    bool isActive() const;

    // For the *Sync classes of this layer only.
    QXmppClient *client() const { return m_client; }

Q_SIGNALS:
    void stateChanged(Natter::ConnectionState state);
    void errorTextChanged();
    void connected();
    void availableChanged();
    void disconnected();
    // The server's certificate is not trusted by the system nor pinned; the connection was dropped.
    void untrustedCertificate(const QSslCertificate &certificate, const QString &reason);
    // Emitted once per failed attempt, after state() became Offline.
    void connectionFailed(Natter::SessionError error);

private:
    void setState(ConnectionState state);
    void setErrorText(const QString &text);
    void handleError(const QXmppError &error);
    void handleSslErrors(const QList<QSslError> &errors);
    void startPendingConnect();

    QXmppClient *m_client;
    ConnectionSettings m_settings;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_errorText;
    SessionError m_lastError = SessionError::None;
    bool m_userDisconnect = false;
    bool m_closing = false; // a graceful close is under way; the socket is not reusable yet
    quint64 m_attempt = 0;
    bool m_available = false; // so a late report about an old attempt is not taken for a new one
    // A connect asked for while the previous attempt was still tearing down.
    std::optional<ConnectionSettings> m_pendingConnect;
};

} // namespace Natter
