#include "LastSeenFormatter.h"

#include "ChatTime.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Natter {

namespace {
// lupdate files tr() in free functions here under "Natter"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter", text);
}

QString lastSeen(qint64 ms, const QDateTime &now, const QLocale &locale)
{
    // A clock ahead of ours must not produce "last seen tomorrow".
    const QDateTime when
        = QDateTime::fromMSecsSinceEpoch(qMin(ms, now.toMSecsSinceEpoch()), now.timeZone());
    const QString time = locale.toString(when.time(), QStringLiteral("HH:mm"));
    const qint64 days = ChatTime::daysAgo(when, now);
    if (days == 0)
        return tr("last seen today at %1").arg(time);
    if (days == 1)
        return tr("last seen yesterday at %1").arg(time);
    return tr("last seen %1").arg(ChatTime::dayAndMonth(when.date(), now, locale));
}
} // namespace

QString LastSeenFormatter::format(
    const Activity &activity, const QDateTime &now, const QLocale &locale)
{
    if (activity.online && activity.typing)
        return QCoreApplication::translate("Natter::LastSeenFormatter", "typing…");
    if (activity.online && activity.idleSinceMs == 0)
        return QCoreApplication::translate("Natter::LastSeenFormatter", "online");
    const qint64 ms = activity.online ? activity.idleSinceMs : activity.lastSeenMs;
    return ms > 0 ? lastSeen(ms, now, locale) : QString();
}

} // namespace Natter
