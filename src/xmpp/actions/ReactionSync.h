#pragma once

#include <QFuture>
#include <QObject>
#include <QStringList>

namespace Natter {

class Session;

// Puts our XEP-0444 reactions on the wire, one-to-one or to a room. Reading them is done where
// each stanza enters (MessageSync, MucSync, ArchiveSync), with ReactionStanza.
class ReactionSync : public QObject
{
    Q_OBJECT

public:
    explicit ReactionSync(Session *session, QObject *parent = nullptr);

    // Sends emojis as our whole set on the message ref names in peer's chat (a room when
    // group). The future ends true once the server has it, false when it could not go (not
    // connected, or the stream ended first): then it waits for the next connection.
    QFuture<bool> send(
        const QString &peer, bool group, const QString &ref, const QStringList &emojis);

private:
    Session *m_session;
};

} // namespace Natter
