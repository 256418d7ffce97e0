#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QDomElement;

namespace Natter {

class IqHandlerExtension;
class Session;

// Last Activity (XEP-0012): asks when a contact was last active, and answers (or refuses) the
// same question about us. The server answers for an offline account by itself (mod_last).
class LastActivitySync : public QObject
{
    Q_OBJECT

public:
    explicit LastActivitySync(Session *session, QObject *parent = nullptr);
    ~LastActivitySync() override;

    // Asks jid (a bare JID: the server answers for the account; a full JID: that resource).
    // Returns false when the session cannot send right now.
    bool query(const QString &jid);

    // Whether our resources tell others how long the person has been idle. Off: every query
    // to them gets <forbidden/>.
    void setSharing(bool sharing);
    bool isSharing() const { return m_sharing; }
    // When the person last did something here, ms since the epoch, asked at each query.
    void setLastActiveSource(const std::function<qint64()> &source) { m_lastActive = source; }
    // Who may ask at all, by bare JID (e.g. contacts that see our presence).
    void setAllowed(const std::function<bool(const QString &bareJid)> &allowed)
    {
        m_allowed = allowed;
    }

Q_SIGNALS:
    // seconds since jid was last active (offline: since it went offline).
    void lastActivityReceived(const QString &jid, qint64 seconds);
    void lastActivityFailed(const QString &jid);

private:
    bool answer(const QDomElement &iq);

    Session *m_session;
    QPointer<IqHandlerExtension> m_handler;
    bool m_sharing = true;
    std::function<qint64()> m_lastActive;
    std::function<bool(const QString &)> m_allowed;
};

} // namespace Natter
