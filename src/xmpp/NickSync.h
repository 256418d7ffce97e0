#pragma once

#include <QObject>
#include <QPointer>

class QDomElement;
class QXmppError;
class QXmppPubSubManager;

namespace Natter {

class PepEventExtension;
class Session;

// User nicknames (XEP-0172) over the session: publishes ours in PEP with the open access
// model, reads it back, and reports the nicks our contacts publish (we advertise
// "nick+notify"). Nicks come out as sent; NickService sanitises and decides.
class NickSync : public QObject
{
    Q_OBJECT

public:
    explicit NickSync(Session *session, QObject *parent = nullptr);
    ~NickSync() override;

    // Each returns false when the session cannot send right now.
    // An empty nick publishes an empty <nick/>: the name is cleared for everyone.
    bool publish(const QString &nick);
    // Asks the server for our own published nick; answers with ownNickFetched or fetchFailed.
    bool fetchOwn();
    // Asks bareJid's PEP service for their nick; answers with nickReceived, if they have one.
    bool fetch(const QString &bareJid);

Q_SIGNALS:
    void published(const QString &nick);
    // unsupported: the server has no PEP (or refuses it), retrying now will not help.
    void publishFailed(bool unsupported, const QString &detail);
    // found is false when nothing was ever published.
    void ownNickFetched(const QString &nick, bool found);
    void fetchFailed(const QString &detail);
    // From bareJid's own node (an event, only ever from a bare JID, or a fetch); empty: none.
    void nickReceived(const QString &bareJid, const QString &nick);

private:
    void publishPlain(const QString &nick);
    void handleEvent(const QString &publisher, const QDomElement &items);
    void reportFailure(const QXmppError &error);

    Session *m_session;
    QXmppPubSubManager *m_pubsub;
    QPointer<PepEventExtension> m_events;
};

} // namespace Natter
