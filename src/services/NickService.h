#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Natter {

class AppSettings;
class NickSync;
class Session;

// Our name for other people (XEP-0172): the profile name is published when it changes and
// reconciled with the server's copy on connect; contacts' nicks are sanitised and passed on.
// Who wins on connect is decided against the last value both sides agreed on: a change made
// here (e.g. offline) is published, a change made on another device is taken over.
class NickService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    // The agreed value is kept in the profile's settings at settingsPath.
    NickService(Session *session, AppSettings *settings, const QString &settingsPath,
        QObject *parent = nullptr);

    // Our name as published, sanitised; empty when none.
    QString ownNick() const;
    // Why the name could not be published; empty when it was (or nothing was tried).
    QString errorText() const { return m_errorText; }
    // Asks for the current nicks of jids: notifications only tell about changes while we are
    // online, and a server may send none to a session that befriended the contact after login.
    void refresh(const QStringList &jids);

Q_SIGNALS:
    // A contact published a name (sanitised; empty: they cleared it).
    void contactNickChanged(const QString &jid, const QString &nick);
    void errorTextChanged();

private:
    void publishIfChanged();
    void reconcile(const QString &serverNick, bool found);
    void handleNick(const QString &jid, const QString &raw);
    void handlePublishFailed(bool unsupported, const QString &detail);
    void adopt(const QString &nick);
    std::optional<QString> agreed() const;
    void setAgreed(const QString &nick);
    void setErrorText(const QString &text);

    Session *m_session;
    AppSettings *m_settings;
    NickSync *m_sync;
    QString m_settingsPath;
    QString m_errorText;
};

} // namespace Natter
