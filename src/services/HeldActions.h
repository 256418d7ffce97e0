#pragma once

#include "Message.h"

#include <QList>

#include <functional>

namespace Natter {

// TEMPORARY stand-in for the lead's HeldActions (issue 19 foundation); replaced at merge.
class HeldActions
{
public:
    void hold(qint64 chatId, const QString &ref, std::function<void()> retry);
    void stored(const QList<Message> &messages);

private:
    struct Held
    {
        qint64 chatId;
        QString ref;
        std::function<void()> retry;
    };
    QList<Held> m_held;
};

} // namespace Natter
