#pragma once

#include "Message.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Natter {

// Stand-in until the lead's HeldActions is on main (same interface): actions that name a
// message not stored yet, run once it is; bounded in count and age.
class HeldActions : public QObject
{
    Q_OBJECT

public:
    using Retry = std::function<void()>;
    static constexpr int DefaultMaxCount = 1000;
    static constexpr qint64 DefaultMaxAgeMs = 2 * 60 * 1000;

    explicit HeldActions(QObject *parent = nullptr, int maxCount = DefaultMaxCount);

    void hold(qint64 chatId, const QString &ref, Retry retry);
    void stored(const QList<Natter::Message> &messages);
    int count() const { return int(m_held.size()); }

Q_SIGNALS:
    void dropped(qint64 chatId, const QString &ref);

private:
    struct Held
    {
        qint64 chatId = 0;
        QString ref;
        qint64 heldAtMs = 0;
        Retry retry;
    };
    void expire();

    int m_maxCount;
    QElapsedTimer m_clock;
    QList<Held> m_held; // oldest first
};

} // namespace Natter
