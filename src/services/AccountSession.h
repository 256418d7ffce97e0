#pragma once

#include "ConnectionState.h"
#include "ProfilePaths.h"

#include <QObject>
#include <QSettings>

namespace Natter {

class MessageSync;
class Session;

// The root object of one signed-in (or signing-in) account: it owns the connection and the
// feature services, and is what main.cpp hands to QML.
class AccountSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Natter::ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString jid READ jid NOTIFY accountChanged)
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)

public:
    explicit AccountSession(const ProfilePaths &profile, QObject *parent = nullptr);
    ~AccountSession() override;

    ConnectionState state() const;
    QString errorText() const;
    // One line for a person: what the connection does now, and why when it is down.
    QString statusText() const;
    QString jid() const { return m_jid; }
    bool hasAccount() const { return !m_jid.isEmpty(); }
    QString profileDir() const { return m_profile.root(); }

    Session *session() const { return m_session; }
    MessageSync *messages() const { return m_messages; }

    // Validates before connecting; an invalid JID sets errorText and changes nothing else.
    Q_INVOKABLE void signIn(const QString &jid, const QString &password, const QString &host = {},
        int port = 0, bool directTls = false);
    Q_INVOKABLE void signOut();

Q_SIGNALS:
    void stateChanged();
    void errorTextChanged();
    void statusTextChanged();
    void accountChanged();
    void signedIn();

private:
    void setLocalError(const QString &text);

    ProfilePaths m_profile;
    QSettings m_settings;
    Session *m_session;
    MessageSync *m_messages;
    QString m_jid;
    QString m_localError;
};

} // namespace Natter
