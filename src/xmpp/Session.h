#pragma once

#include "ConnectionSettings.h"
#include "ConnectionState.h"

#include <QObject>
#include <QSslCertificate>

class QXmppClient;
class QXmppError;

namespace Natter {

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

    // For the *Sync classes of this layer only.
    QXmppClient *client() const { return m_client; }

Q_SIGNALS:
    void stateChanged(Natter::ConnectionState state);
    void errorTextChanged();
    void connected();
    void disconnected();
    // The server's certificate is not trusted by the system nor pinned; the connection was dropped.
    void untrustedCertificate(const QSslCertificate &certificate, const QString &reason);

private:
    void setState(ConnectionState state);
    void setErrorText(const QString &text);
    void handleError(const QXmppError &error);

    QXmppClient *m_client;
    ConnectionSettings m_settings;
    ConnectionState m_state = ConnectionState::Offline;
    QString m_errorText;
};

} // namespace Natter
