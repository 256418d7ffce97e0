#pragma once

#include "Message.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>

namespace Natter {

// Actions that name a message not stored yet: a correction, reaction or retraction that archive
// catch-up or a room delivered before its original. Each waits for a message with its reference
// to be stored, then runs once; one that waits too long, or the oldest when too many wait, is
// dropped and logged. A hostile sender can thus cost a bounded amount of memory and nothing else.
class HeldActions : public QObject
{
    Q_OBJECT

public:
    using Retry = std::function<void()>;
    static constexpr int DefaultMaxCount = 1000;
    static constexpr std::chrono::milliseconds DefaultMaxAge = std::chrono::minutes(2);

    explicit HeldActions(QObject *parent = nullptr, int maxCount = DefaultMaxCount,
        std::chrono::milliseconds maxAge = DefaultMaxAge);

    // Keeps retry until a message of chatId whose stanza-id, origin-id or id is ref is stored.
    void hold(qint64 chatId, const QString &ref, Retry retry);
    // Runs, and forgets, the retries waiting for these messages; connect it to the history's
    // messagesAdded.
    void stored(const QList<Natter::Message> &messages);
    int count() const { return int(m_held.size()); }

Q_SIGNALS:
    // An action waited in vain (too old, or pushed out by newer ones).
    void dropped(qint64 chatId, const QString &ref);

private:
    using Key = std::pair<qint64, QString>;
    struct Held
    {
        Key key;
        qint64 heldAtMs = 0;
        Retry retry;
    };

    void release(const Key &key, QList<Retry> &ready);
    void drop(std::map<quint64, Held>::iterator it);
    void expire();
    void scheduleExpiry();

    int m_maxCount;
    std::chrono::milliseconds m_maxAge;
    QElapsedTimer m_clock;
    QTimer m_expiry;
    quint64 m_nextSeq = 0;
    std::map<quint64, Held> m_held; // by arrival, oldest first
    QMultiHash<Key, quint64> m_byKey;
};

} // namespace Natter
