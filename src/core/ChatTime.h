#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// When a message was sent, worded the way WhatsApp does. `now` carries the time zone the
// person lives in (tests pass a fixed one); days are compared as calendar dates in that zone,
// so midnight and daylight-saving changes fall where the person expects them.
namespace Natter::ChatTime {

// The time of a message: the locale's short time, never with seconds ("14:02", "2:02 PM").
QString timeOfDay(const QTime &time, const QLocale &locale = QLocale());

// For a row of the chat list: "14:02" today (the locale's short time), "Yesterday", the
// weekday name within the last six days, then the locale's short date.
QString listTime(const QDateTime &t, const QDateTime &now, const QLocale &locale = QLocale());

// For a date separator in a conversation: "Today", "Yesterday", the weekday name within the
// last six days, then "12 March", with the year only when it is not the current one.
QString daySeparator(const QDateTime &t, const QDateTime &now, const QLocale &locale = QLocale());

// Calendar days from t to now in now's time zone: 0 today, 1 yesterday. A t ahead of now
// (a peer's clock running fast) counts as today.
qint64 daysAgo(const QDateTime &t, const QDateTime &now);

// "12 March", or "31 December 2025" when date is not in now's year, in the locale's words.
QString dayAndMonth(const QDate &date, const QDateTime &now, const QLocale &locale);

} // namespace Natter::ChatTime
