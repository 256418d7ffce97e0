#pragma once

#include <QString>

namespace Natter {

enum class Subscription { None = 0, To = 1, From = 2, Both = 3 };

// A roster entry of one account.
struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString jid; // bare JID
    QString name;
    Subscription subscription = Subscription::None;
};

} // namespace Natter
