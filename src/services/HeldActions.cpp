#include "HeldActions.h"

namespace Natter {

void HeldActions::hold(qint64 chatId, const QString &ref, std::function<void()> retry)
{
    m_held.removeIf([](const Held &held) { return held.age.hasExpired(MaxAgeMs); });
    if (m_held.size() >= MaxHeld)
        m_held.removeFirst();
    Held held { chatId, ref, std::move(retry), {} };
    held.age.start();
    m_held.append(std::move(held));
}

void HeldActions::stored(const QList<Message> &messages)
{
    QList<std::function<void()>> due;
    m_held.removeIf([&](const Held &held) {
        for (const Message &m : messages) {
            if (m.chatId == held.chatId
                && (held.ref == m.stanzaId || held.ref == m.originId || held.ref == m.messageId)) {
                due.append(held.retry);
                return true;
            }
        }
        return false;
    });
    for (const auto &retry : std::as_const(due))
        retry();
}

} // namespace Natter
