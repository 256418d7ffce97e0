#pragma once

#include "Enums.h"

namespace Natter {

// A state only moves forward; Failed can be left only by a retry, which starts at Pending again.
constexpr bool canAdvance(DeliveryState from, DeliveryState to)
{
    if (from == DeliveryState::Failed)
        return false;
    if (to == DeliveryState::Failed)
        return from == DeliveryState::Pending || from == DeliveryState::Sent;
    return static_cast<int>(to) > static_cast<int>(from);
}

} // namespace Natter
