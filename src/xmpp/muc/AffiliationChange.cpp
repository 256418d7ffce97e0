#include "AffiliationChange.h"

namespace Natter {

SystemEvent::Type affiliationChange(MucAffiliation from, MucAffiliation to)
{
    using T = SystemEvent::Type;
    if (from == to)
        return T::None;
    switch (to) {
    case MucAffiliation::Owner:
        return T::MadeOwner;
    case MucAffiliation::Admin:
        return T::MadeAdmin;
    case MucAffiliation::Member:
        return from == MucAffiliation::Admin || from == MucAffiliation::Owner ? T::AdminRevoked
                                                                              : T::Added;
    case MucAffiliation::Outcast:
        return T::Banned;
    case MucAffiliation::None:
        return from == MucAffiliation::Outcast ? T::None : T::Removed;
    }
    return T::None;
}

std::optional<MucAffiliation> affiliationAfter(SystemEvent::Type type)
{
    using T = SystemEvent::Type;
    switch (type) {
    case T::Added:
    case T::AdminRevoked:
        return MucAffiliation::Member;
    case T::MadeAdmin:
        return MucAffiliation::Admin;
    case T::MadeOwner:
        return MucAffiliation::Owner;
    case T::Banned:
        return MucAffiliation::Outcast;
    case T::Removed:
        return MucAffiliation::None;
    default:
        return std::nullopt;
    }
}

} // namespace Natter
