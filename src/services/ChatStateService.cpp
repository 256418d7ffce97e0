#include "ChatStateService.h"

#include "MessageSync.h"

#include <QDateTime>

namespace Natter {

ChatStateService::ChatStateService(MessageSync *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(PausedAfterMs);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        if (!m_composingPeer.isEmpty())
            tell(std::exchange(m_composingPeer, {}), ChatState::Paused);
    });
    m_staleTimer.setInterval(1000);
    m_deliverTimer.setSingleShot(true);
    m_deliverTimer.setInterval(DeliverEveryMs);
    connect(&m_deliverTimer, &QTimer::timeout, this, &ChatStateService::deliverPending);
    connect(&m_staleTimer, &QTimer::timeout, this, &ChatStateService::expireStale);
    connect(sync, &MessageSync::chatStateReceived, this, &ChatStateService::handlePeerState);
    // A message from the peer ends their typing, whatever they said about it.
    connect(sync, &MessageSync::messageReceived, this, [this](const Message &message) {
        if (message.direction == Direction::Incoming
            && m_peerStates.value(message.peer) == ChatState::Composing)
            handlePeerState(message.peer, ChatState::Active);
    });
}

void ChatStateService::userTyped(const QString &peer)
{
    if (m_composingPeer != peer) {
        if (!m_composingPeer.isEmpty())
            tell(m_composingPeer, ChatState::Paused);
        m_composingPeer = peer;
        tell(peer, ChatState::Composing);
    }
    m_pauseTimer.start();
}

void ChatStateService::userStoppedTyping(const QString &peer)
{
    if (m_composingPeer != peer)
        return;
    m_pauseTimer.stop();
    m_composingPeer.clear();
    tell(peer, ChatState::Active);
}

void ChatStateService::setChatFocused(const QString &peer, bool focused)
{
    if (!focused && m_composingPeer == peer) {
        m_pauseTimer.stop();
        m_composingPeer.clear();
    }
    tell(peer, focused ? ChatState::Active : ChatState::Inactive);
}

void ChatStateService::tell(const QString &peer, ChatState state)
{
    if (m_isGroup && m_isGroup(peer))
        return m_tellGroup(peer, state);
    if (m_isContact && m_isContact(peer))
        m_sync->sendChatState(peer, state);
}

void ChatStateService::handlePeerState(const QString &peer, ChatState state)
{
    if (state == ChatState::Composing) {
        m_composingSince.insert(peer, QDateTime::currentMSecsSinceEpoch());
        if (!m_staleTimer.isActive())
            m_staleTimer.start();
    } else {
        m_composingSince.remove(peer);
    }
    m_pending.insert(peer, state);
    if (!m_deliverTimer.isActive())
        m_deliverTimer.start();
}

void ChatStateService::deliverPending()
{
    const QHash<QString, ChatState> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_peerStates.value(it.key()) == it.value())
            continue;
        m_peerStates.insert(it.key(), it.value());
        Q_EMIT peerStateChanged(it.key(), it.value());
    }
}

void ChatStateService::expireStale()
{
    const qint64 limit = QDateTime::currentMSecsSinceEpoch() - m_staleMs;
    for (auto it = m_composingSince.begin(); it != m_composingSince.end();) {
        if (it.value() < limit) {
            const QString peer = it.key();
            it = m_composingSince.erase(it);
            if (m_peerStates.value(peer) == ChatState::Composing) {
                m_peerStates.insert(peer, ChatState::Paused);
                Q_EMIT peerStateChanged(peer, ChatState::Paused);
            }
        } else {
            ++it;
        }
    }
    if (m_composingSince.isEmpty())
        m_staleTimer.stop();
}

} // namespace Natter
