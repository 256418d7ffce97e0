#include "SystemEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Natter {

namespace {
// Stored names of the types: the numbers may be reordered, the stored rows stay readable.
constexpr std::pair<SystemEvent::Type, const char *> TypeNames[] = {
    { SystemEvent::Type::Added, "added" },
    { SystemEvent::Type::Removed, "removed" },
    { SystemEvent::Type::Kicked, "kicked" },
    { SystemEvent::Type::Banned, "banned" },
    { SystemEvent::Type::MadeAdmin, "admin" },
    { SystemEvent::Type::MadeOwner, "owner" },
    { SystemEvent::Type::AdminRevoked, "unadmin" },
    { SystemEvent::Type::SubjectChanged, "subject" },
    { SystemEvent::Type::Renamed, "name" },
    { SystemEvent::Type::Destroyed, "destroyed" },
    { SystemEvent::Type::Presence, "presence" },
};

QJsonArray toArray(const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names)
        array.append(name);
    return array;
}

QStringList toNames(const QJsonValue &value)
{
    QStringList names;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &name : array) {
        if (names.size() < SystemEvent::MaxNames)
            names.append(name.toString());
    }
    return names;
}
} // namespace

void SystemEvent::addPresence(const QString &nick, bool joins)
{
    QStringList &names = joins ? joined : left;
    int &count = joins ? joinedCount : leftCount;
    // One person coming and going is counted once each way, and named once.
    if (names.contains(nick))
        return;
    ++count;
    if (names.size() < MaxNames)
        names.append(nick);
}

QString SystemEvent::encode() const
{
    QJsonObject o;
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            o.insert(QStringLiteral("t"), QLatin1String(name));
    }
    if (!actor.isEmpty())
        o.insert(QStringLiteral("a"), actor);
    if (!target.isEmpty())
        o.insert(QStringLiteral("g"), target);
    if (!targetJid.isEmpty())
        o.insert(QStringLiteral("gj"), targetJid);
    if (!value.isEmpty())
        o.insert(QStringLiteral("v"), value);
    if (actorIsSelf)
        o.insert(QStringLiteral("as"), true);
    if (targetIsSelf)
        o.insert(QStringLiteral("gs"), true);
    if (joinedCount > 0) {
        o.insert(QStringLiteral("j"), toArray(joined));
        o.insert(QStringLiteral("jc"), joinedCount);
    }
    if (leftCount > 0) {
        o.insert(QStringLiteral("l"), toArray(left));
        o.insert(QStringLiteral("lc"), leftCount);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SystemEvent SystemEvent::decode(const QString &text)
{
    SystemEvent e;
    if (text.isEmpty() || text.size() > MaxEncodedLength)
        return e;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(QStringLiteral("t")).toString();
    for (const auto &[t, name] : TypeNames) {
        if (type == QLatin1String(name))
            e.type = t;
    }
    e.actor = o.value(QStringLiteral("a")).toString();
    e.target = o.value(QStringLiteral("g")).toString();
    e.targetJid = o.value(QStringLiteral("gj")).toString();
    e.value = o.value(QStringLiteral("v")).toString();
    e.actorIsSelf = o.value(QStringLiteral("as")).toBool();
    e.targetIsSelf = o.value(QStringLiteral("gs")).toBool();
    e.joined = toNames(o.value(QStringLiteral("j")));
    e.joinedCount = std::max(o.value(QStringLiteral("jc")).toInt(), int(e.joined.size()));
    e.left = toNames(o.value(QStringLiteral("l")));
    e.leftCount = std::max(o.value(QStringLiteral("lc")).toInt(), int(e.left.size()));
    return e;
}

} // namespace Natter
