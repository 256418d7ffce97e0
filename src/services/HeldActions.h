#pragma once

#include "Message.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>

namespace Natter {

// STAND-IN until the lead's HeldActions is on main (same interface; replaced at merge).
// Holds an action that names a message not stored yet, bounded in count and age.
class HeldActions
{
public:
    static constexpr int MaxHeld = 500;
    static constexpr qint64 MaxAgeMs = 10 * 60 * 1000;

    void hold(qint64 chatId, const QString &ref, std::function<void()> retry);
    // Runs and forgets the retries whose ref is one of the messages' ids in the same chat.
    void stored(const QList<Message> &messages);

private:
    struct Held
    {
        qint64 chatId = 0;
        QString ref;
        std::function<void()> retry;
        QElapsedTimer age;
    };
    QList<Held> m_held;
};

} // namespace Natter
