#include "HeldActions.h"

namespace Natter {

void HeldActions::hold(qint64 chatId, const QString &ref, std::function<void()> retry)
{
    if (m_held.size() >= 500)
        m_held.removeFirst();
    m_held.append({ chatId, ref, std::move(retry) });
}

void HeldActions::stored(const QList<Message> &messages)
{
    QList<std::function<void()>> due;
    for (const Message &m : messages) {
        for (auto it = m_held.begin(); it != m_held.end();) {
            if (it->chatId == m.chatId
                && (it->ref == m.stanzaId || it->ref == m.originId || it->ref == m.messageId)) {
                due.append(std::move(it->retry));
                it = m_held.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const auto &retry : due)
        retry();
}

} // namespace Natter
