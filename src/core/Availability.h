#pragma once

namespace Natter {

// What one resource (or, for the best resource, the contact) says about reachability. Ordered
// from least to most reachable, so the best of several resources is the largest.
enum class Availability { Offline = 0, DoNotDisturb = 1, ExtendedAway = 2, Away = 3, Online = 4 };

} // namespace Natter
