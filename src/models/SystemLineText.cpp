#include "SystemLineText.h"

namespace Natter {

namespace {
QString shortened(const QString &value)
{
    if (value.size() <= SystemLineText::MaxValueLength)
        return value;
    return value.left(SystemLineText::MaxValueLength - 1) + QChar(0x2026);
}
} // namespace

QString SystemLineText::sentence(const SystemEvent &e)
{
    using T = SystemEvent::Type;
    const QString actor = e.actor;
    const bool byUs = e.actorIsSelf;
    const bool byName = !byUs && !actor.isEmpty();
    switch (e.type) {
    case T::None:
        return {};
    case T::Presence:
        return presence(e);
    case T::SubjectChanged:
        if (e.value.isEmpty())
            return byUs  ? tr("You removed the group description")
                : byName ? tr("%1 removed the group description").arg(actor)
                         : tr("The group description was removed");
        return byUs
            ? tr("You changed the group description to \u201c%1\u201d").arg(shortened(e.value))
            : byName
            ? tr("%1 changed the group description to \u201c%2\u201d")
                  .arg(actor, shortened(e.value))
            : tr("The group description was changed to \u201c%1\u201d").arg(shortened(e.value));
    case T::Renamed:
        return byUs ? tr("You changed the group name to \u201c%1\u201d").arg(shortened(e.value))
            : byName
            ? tr("%1 changed the group name to \u201c%2\u201d").arg(actor, shortened(e.value))
            : tr("The group name was changed to \u201c%1\u201d").arg(shortened(e.value));
    case T::Destroyed:
        return tr("The group was deleted");
    default:
        return membership(e);
    }
}

// Who did what to whom; the room often does not say who did it.
QString SystemLineText::membership(const SystemEvent &e)
{
    using T = SystemEvent::Type;
    const QString &a = e.actor;
    const QString &t = e.target;
    const bool byUs = e.actorIsSelf;
    const bool byName = !byUs && !a.isEmpty();
    const bool toUs = e.targetIsSelf;
    switch (e.type) {
    case T::Added:
        if (toUs)
            return byName ? tr("%1 added you").arg(a) : tr("You were added");
        return byUs  ? tr("You added %1").arg(t)
            : byName ? tr("%1 added %2").arg(a, t)
                     : tr("%1 was added").arg(t);
    case T::Removed:
        if (toUs)
            return byName ? tr("%1 removed you").arg(a) : tr("You were removed");
        return byUs  ? tr("You removed %1").arg(t)
            : byName ? tr("%1 removed %2").arg(a, t)
                     : tr("%1 was removed").arg(t);
    case T::Kicked:
        if (toUs)
            return byName ? tr("%1 kicked you out").arg(a) : tr("You were kicked out");
        return byUs  ? tr("You kicked %1 out").arg(t)
            : byName ? tr("%1 kicked %2 out").arg(a, t)
                     : tr("%1 was kicked out").arg(t);
    case T::Banned:
        if (toUs)
            return byName ? tr("%1 banned you").arg(a) : tr("You were banned");
        return byUs  ? tr("You banned %1").arg(t)
            : byName ? tr("%1 banned %2").arg(a, t)
                     : tr("%1 was banned").arg(t);
    case T::MadeAdmin:
        if (toUs)
            return byName ? tr("%1 made you an admin").arg(a) : tr("You are now an admin");
        return byUs  ? tr("You made %1 an admin").arg(t)
            : byName ? tr("%1 made %2 an admin").arg(a, t)
                     : tr("%1 is now an admin").arg(t);
    case T::MadeOwner:
        if (toUs)
            return byName ? tr("%1 made you an owner").arg(a) : tr("You are now an owner");
        return byUs  ? tr("You made %1 an owner").arg(t)
            : byName ? tr("%1 made %2 an owner").arg(a, t)
                     : tr("%1 is now an owner").arg(t);
    case T::AdminRevoked:
        return toUs ? tr("You are no longer an admin") : tr("%1 is no longer an admin").arg(t);
    default:
        return {};
    }
}

// "Dave joined", "Dave and Erin joined", "Dave, Erin and 12 others joined, 3 left".
QString SystemLineText::presence(const SystemEvent &e)
{
    auto part = [](const QStringList &names, int count, bool joins) {
        const QString a = names.value(0);
        const QString b = names.value(1);
        if (count <= 0)
            return QString();
        if (names.isEmpty())
            return joins ? tr("%n joined", nullptr, count) : tr("%n left", nullptr, count);
        if (count == 1)
            return joins ? tr("%1 joined").arg(a) : tr("%1 left").arg(a);
        if (count == 2 && names.size() == 2)
            return joins ? tr("%1 and %2 joined").arg(a, b) : tr("%1 and %2 left").arg(a, b);
        const int others = count - int(names.size());
        if (others == 1 && names.size() == 2)
            return joins ? tr("%1, %2 and one other joined").arg(a, b)
                         : tr("%1, %2 and one other left").arg(a, b);
        if (names.size() == 1)
            return joins ? tr("%1 and %n others joined", nullptr, others).arg(a)
                         : tr("%1 and %n others left", nullptr, others).arg(a);
        return joins ? tr("%1, %2 and %n others joined", nullptr, others).arg(a, b)
                     : tr("%1, %2 and %n others left", nullptr, others).arg(a, b);
    };
    const QString joined = part(e.joined, e.joinedCount, true);
    const QString left = part(e.left, e.leftCount, false);
    if (joined.isEmpty() || left.isEmpty())
        return joined + left;
    return tr("%1, %2", "joins, then leaves").arg(joined, left);
}

} // namespace Natter
