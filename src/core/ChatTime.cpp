#include "ChatTime.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Natter::ChatTime {

namespace {
// lupdate files tr() in members here under "Natter::ChatTime"; the same context finds the
// translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::ChatTime", text);
}

// The words shared by both forms for the last week, or an empty string beyond it.
QString recentDay(const QDate &date, qint64 days, const QLocale &locale)
{
    if (days == 1)
        return tr("Yesterday");
    return days < 7 ? locale.dayName(date.dayOfWeek()) : QString();
}
} // namespace

qint64 daysAgo(const QDateTime &t, const QDateTime &now)
{
    return qMax<qint64>(0, t.toTimeZone(now.timeZone()).date().daysTo(now.date()));
}

QString dayAndMonth(const QDate &date, const QDateTime &now, const QLocale &locale)
{
    return locale.toString(date, date.year() == now.date().year() ? u"d MMMM"_s : u"d MMMM yyyy"_s);
}

QString timeOfDay(const QTime &time, const QLocale &locale)
{
    // Some locales (C among them) put seconds in the short format; a chat never shows them.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return locale.toString(time, format);
}

QString listTime(const QDateTime &t, const QDateTime &now, const QLocale &locale)
{
    const QDateTime local = t.toTimeZone(now.timeZone());
    const qint64 days = daysAgo(t, now);
    if (days == 0)
        return timeOfDay(local.time(), locale);
    const QString recent = recentDay(local.date(), days, locale);
    return recent.isEmpty() ? locale.toString(local.date(), QLocale::ShortFormat) : recent;
}

QString daySeparator(const QDateTime &t, const QDateTime &now, const QLocale &locale)
{
    const QDateTime local = t.toTimeZone(now.timeZone());
    const qint64 days = daysAgo(t, now);
    if (days == 0)
        return tr("Today");
    const QString recent = recentDay(local.date(), days, locale);
    return recent.isEmpty() ? dayAndMonth(local.date(), now, locale) : recent;
}

} // namespace Natter::ChatTime
