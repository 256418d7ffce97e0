#pragma once

#include "AccountSession.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Natter {

// Checks an address the person types (a JID or an xmpp: link) as they type it, with the reason
// when it is not one they can chat with.
class AddressInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Natter::AccountSession *session READ session WRITE setSession NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString jid READ jid NOTIFY changed) // bare; empty unless valid
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit AddressInput(QObject *parent = nullptr);

    AccountSession *session() const { return m_session; }
    void setSession(AccountSession *session);
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool isValid() const { return !m_jid.isEmpty(); }
    QString jid() const { return m_jid; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void changed();

private:
    void check();

    QPointer<AccountSession> m_session;
    QString m_text;
    QString m_jid;
    QString m_errorText;
};

} // namespace Natter
