#pragma once

#include <QFuture>
#include <QObject>

namespace Natter {

class Session;

// Sends our retractions (XEP-0424): to a person, naming our message's origin-id, or to a room
// we are in, naming the room's stanza-id of our message. Receiving is MessageSync's and
// MucSync's, which see every stanza first.
class RetractSync : public QObject
{
    Q_OBJECT

public:
    explicit RetractSync(Session *session, QObject *parent = nullptr);

    // Resolves true once the server has taken it (stream management, or the bytes written
    // without it), false when it could not go now.
    QFuture<bool> retract(const QString &peer, const QString &id, bool group);

private:
    Session *m_session;
};

} // namespace Natter
