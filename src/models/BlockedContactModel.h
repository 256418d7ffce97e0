#pragma once

#include "SubscriptionRequestModel.h"

namespace Natter {

// The addresses the person blocked (XEP-0191), for a list with Unblock buttons.
class BlockedContactModel : public SubscriptionRequestModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit BlockedContactModel(QObject *parent = nullptr)
        : SubscriptionRequestModel(parent)
    {
        setBlocked(true);
    }
};

} // namespace Natter
