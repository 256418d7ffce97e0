#pragma once

#include "Enums.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Natter {

class MessageSync;

// Chat states (XEP-0085) both ways: "composing" when the person starts typing and "paused"
// after a few idle seconds; the peer's "typing…" shown until it changes or goes stale. A flood
// of states from one contact only ever produces one change per actual change.
class ChatStateService : public QObject
{
    Q_OBJECT

public:
    explicit ChatStateService(MessageSync *sync, QObject *parent = nullptr);

    // Call on every edit of the composer for peer.
    void userTyped(const QString &peer);
    // The composer was sent or cleared.
    void userStoppedTyping(const QString &peer);
    void setChatFocused(const QString &peer, bool focused);
    // Our states go only to a JID this returns true for; to nobody while unset.
    void setContactFilter(std::function<bool(const QString &)> isContact)
    {
        m_isContact = std::move(isContact);
    }

    // Our states in a chat isGroup names go to tellGroup instead (see GroupTyping).
    void setGroupRoute(std::function<bool(const QString &)> isGroup,
        std::function<void(const QString &, ChatState)> tellGroup)
    {
        m_isGroup = std::move(isGroup);
        m_tellGroup = std::move(tellGroup);
    }

    ChatState peerState(const QString &peer) const { return m_peerStates.value(peer); }

    static constexpr int PausedAfterMs = 5000;
    // A "composing" not refreshed for this long is shown as paused: the peer may have vanished.
    static constexpr int ComposingStaleMs = 30000;
    // Peer states reach the UI at most this often per batch; a flood collapses to its last word.
    static constexpr int DeliverEveryMs = 250;
    // For tests: how long a "composing" stays fresh.
    void setComposingStaleMs(int ms) { m_staleMs = ms; }

Q_SIGNALS:
    void peerStateChanged(const QString &peer, Natter::ChatState state);

private:
    // Puts our state on the wire, if peer may learn it: typing says we are here and reading.
    void tell(const QString &peer, ChatState state);
    void handlePeerState(const QString &peer, ChatState state);
    void deliverPending();
    void expireStale();

    MessageSync *m_sync;
    std::function<bool(const QString &)> m_isContact;
    std::function<bool(const QString &)> m_isGroup;
    std::function<void(const QString &, ChatState)> m_tellGroup;
    QString m_composingPeer; // the one chat the person is typing in
    QTimer m_pauseTimer;
    QTimer m_staleTimer;
    QHash<QString, ChatState> m_peerStates;
    QHash<QString, qint64> m_composingSince;
    QHash<QString, ChatState> m_pending; // received, not yet delivered
    QTimer m_deliverTimer;
    int m_staleMs = ComposingStaleMs;
};

} // namespace Natter
