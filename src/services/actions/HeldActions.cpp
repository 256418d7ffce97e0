#include "HeldActions.h"

namespace Natter {

HeldActions::HeldActions(QObject *parent, int maxCount)
    : QObject(parent)
    , m_maxCount(maxCount)
{
    m_clock.start();
}

void HeldActions::hold(qint64 chatId, const QString &ref, Retry retry)
{
    expire();
    if (ref.isEmpty() || chatId == 0)
        return;
    if (m_held.size() >= m_maxCount) {
        const Held oldest = m_held.takeFirst();
        Q_EMIT dropped(oldest.chatId, oldest.ref);
    }
    m_held.append({ chatId, ref, m_clock.elapsed(), std::move(retry) });
}

void HeldActions::stored(const QList<Message> &messages)
{
    expire();
    QList<Retry> ready;
    for (const Message &m : messages) {
        for (auto it = m_held.begin(); it != m_held.end();) {
            const bool named = it->chatId == m.chatId
                && (it->ref == m.stanzaId || it->ref == m.originId || it->ref == m.messageId);
            if (named) {
                ready.append(std::move(it->retry));
                it = m_held.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const Retry &retry : std::as_const(ready))
        retry();
}

void HeldActions::expire()
{
    const qint64 now = m_clock.elapsed();
    while (!m_held.isEmpty() && now - m_held.first().heldAtMs > DefaultMaxAgeMs) {
        const Held old = m_held.takeFirst();
        Q_EMIT dropped(old.chatId, old.ref);
    }
}

} // namespace Natter
