#pragma once

#include "MucTypes.h"
#include "SystemEvent.h"

#include <optional>

namespace Natter {

// The timeline line for someone's affiliation going from one to another; None when there is none
// worth a line. Free of QXmpp, so the services can put membership changes into lines too.
SystemEvent::Type affiliationChange(MucAffiliation from, MucAffiliation to);
// The other way: the affiliation a line's target has after it; none for a line that is not
// about membership (a kick, a new subject).
std::optional<MucAffiliation> affiliationAfter(SystemEvent::Type type);

} // namespace Natter
