#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Natter {

// What is known about a contact's activity, in the form the formatter needs.
struct Activity
{
    bool online = false;
    bool typing = false;
    qint64 idleSinceMs = 0; // online but idle since then (XEP-0319); 0 when active
    qint64 lastSeenMs = 0; // offline since then; 0 when unknown
};

// The one line under a contact's name, the way WhatsApp words it: "online", "typing…",
// "last seen today at 14:02", "last seen yesterday at 09:15", "last seen 12 March".
class LastSeenFormatter
{
public:
    // now carries the time zone the person lives in; tests pass a fixed one.
    static QString format(
        const Activity &activity, const QDateTime &now, const QLocale &locale = QLocale());
};

} // namespace Natter
