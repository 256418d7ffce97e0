#pragma once

#include "DisplayedPoint.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QDomElement;
class QXmppPubSubManager;

namespace Natter {

class PepEventExtension;
class PrivatePepNode;
class Session;

// Read state shared by the account's devices (XEP-0490, Message Displayed Synchronization, as
// Conversations and Gajim do it): one private PEP item per chat naming the last message read.
// Everything read is untrusted and comes out validated. Construct before connecting: the
// "+notify" feature must be in the first presence.
class MdsSync : public QObject
{
    Q_OBJECT

public:
    // More chats than anyone has; past this a node is someone filling our memory.
    static constexpr int MaxItems = 10000;
    // Stanza-ids are UUIDs or counters; anything much longer is not one.
    static constexpr int MaxIdLength = 256;

    explicit MdsSync(Session *session, QObject *parent = nullptr);
    ~MdsSync() override;

    // Tells the account's devices that point.chat is read up to point.stanzaId.
    QFuture<bool> publish(const DisplayedPoint &point);
    // Every chat's read point, to catch up after being away; nullopt on error.
    QFuture<std::optional<QList<DisplayedPoint>>> fetch();

    // The point with bare JIDs and a plausible id; nullopt when it is not one.
    static std::optional<DisplayedPoint> tamed(const DisplayedPoint &raw);

Q_SIGNALS:
    // From the account's own PEP service only; this device's own publishes echo here too.
    void displayed(const Natter::DisplayedPoint &point);

private:
    void handleEvent(const QString &publisher, const QDomElement &items);

    Session *m_session;
    QXmppPubSubManager *m_pubsub;
    PrivatePepNode *m_node;
    QPointer<PepEventExtension> m_events; // owned by the client
};

} // namespace Natter
