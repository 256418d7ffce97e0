#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QDomElement;

namespace Natter {

class IqHandlerExtension;
class Session;

// Answers XEP-0199 pings, as the XEP asks of every client: our server, our own account and the
// people allowed get a result. Anyone else gets what a resource that is not there would get
// (service-unavailable), so a stranger cannot learn that we are online.
class PingSync : public QObject
{
    Q_OBJECT

public:
    explicit PingSync(Session *session, QObject *parent = nullptr);
    ~PingSync() override;

    // Who else may ping us, by bare JID (e.g. contacts).
    void setAllowed(const std::function<bool(const QString &bareJid)> &allowed)
    {
        m_allowed = allowed;
    }

private:
    bool answer(const QDomElement &iq);

    Session *m_session;
    QPointer<IqHandlerExtension> m_handler;
    std::function<bool(const QString &)> m_allowed;
};

} // namespace Natter
