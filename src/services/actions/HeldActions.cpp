#include "HeldActions.h"

#include "ServiceLogging.h"

#include <algorithm>
#include <limits>

namespace Natter {

HeldActions::HeldActions(QObject *parent, int maxCount, std::chrono::milliseconds maxAge)
    : QObject(parent)
    , m_maxCount(qMax(1, maxCount))
    , m_maxAge(maxAge)
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &HeldActions::expire);
}

void HeldActions::hold(qint64 chatId, const QString &ref, Retry retry)
{
    if (ref.isEmpty() || !retry)
        return;
    while (int(m_held.size()) >= m_maxCount) {
        qCInfo(lcServices) << "dropped an action for a message that never came: too many wait";
        drop(m_held.begin());
    }
    const quint64 seq = m_nextSeq++;
    const Key key { chatId, ref };
    m_held.emplace(seq, Held { key, m_clock.elapsed(), std::move(retry) });
    m_byKey.insert(key, seq);
    if (!m_expiry.isActive())
        scheduleExpiry();
}

void HeldActions::stored(const QList<Message> &messages)
{
    if (m_held.empty())
        return;
    QList<Retry> ready;
    for (const Message &m : messages) {
        for (const QString *id : { &m.stanzaId, &m.originId, &m.messageId }) {
            if (!id->isEmpty())
                release({ m.chatId, *id }, ready);
        }
    }
    if (m_held.empty())
        m_expiry.stop();
    // Run after the bookkeeping: a retry may hold another action.
    for (const Retry &retry : std::as_const(ready))
        retry();
}

void HeldActions::release(const Key &key, QList<Retry> &ready)
{
    const QList<quint64> seqs = m_byKey.values(key);
    if (seqs.isEmpty())
        return;
    m_byKey.remove(key);
    // values() lists the latest first; run them in the order they arrived.
    for (auto seq = seqs.crbegin(); seq != seqs.crend(); ++seq) {
        const auto it = m_held.find(*seq);
        ready.append(std::move(it->second.retry));
        m_held.erase(it);
    }
}

void HeldActions::drop(std::map<quint64, Held>::iterator it)
{
    const Key key = it->second.key;
    m_byKey.remove(key, it->first);
    m_held.erase(it);
    Q_EMIT dropped(key.first, key.second);
}

void HeldActions::expire()
{
    const qint64 now = m_clock.elapsed();
    while (!m_held.empty() && now - m_held.begin()->second.heldAtMs >= m_maxAge.count()) {
        qCInfo(lcServices) << "dropped an action for a message that never came";
        drop(m_held.begin());
    }
    scheduleExpiry();
}

void HeldActions::scheduleExpiry()
{
    if (m_held.empty())
        return;
    const qint64 due = m_held.begin()->second.heldAtMs + m_maxAge.count() - m_clock.elapsed();
    m_expiry.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

} // namespace Natter
