// Chat list times and date separators, from a fixed "now" and fixed locales.
#include "ChatTime.h"

#include <QTest>
#include <QTimeZone>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone Utc = QTimeZone::utc();
// A Friday afternoon.
const QDateTime Now(QDate(2026, 3, 20), QTime(15, 30), Utc);
const QLocale British(QLocale::English, QLocale::UnitedKingdom);

QDateTime at(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Utc);
}
} // namespace

class TestChatTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listTime_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << at(3, 20, 14, 2) << u"14:02"_s;
        QTest::newRow("midnight") << at(3, 20, 0, 0) << u"00:00"_s;
        QTest::newRow("just before midnight") << at(3, 19, 23, 59) << u"Yesterday"_s;
        QTest::newRow("yesterday morning") << at(3, 19, 0, 0) << u"Yesterday"_s;
        QTest::newRow("two days") << at(3, 18, 23, 59) << u"Wednesday"_s;
        QTest::newRow("six days") << at(3, 14, 0, 0) << u"Saturday"_s;
        QTest::newRow("seven days") << at(3, 13, 23, 59) << u"13/03/2026"_s;
        QTest::newRow("last year") << at(12, 31, 8, 0, 2025) << u"31/12/2025"_s;
        QTest::newRow("peer clock ahead") << at(3, 21, 9, 0) << u"09:00"_s;
    }

    void listTime()
    {
        QFETCH(QDateTime, t);
        QFETCH(QString, expected);
        QCOMPARE(ChatTime::listTime(t, Now, British), expected);
    }

    void daySeparator_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << at(3, 20, 0, 0) << u"Today"_s;
        QTest::newRow("yesterday") << at(3, 19, 23, 59) << u"Yesterday"_s;
        QTest::newRow("weekday") << at(3, 16, 10, 0) << u"Monday"_s;
        QTest::newRow("a week ago") << at(3, 13, 10, 0) << u"13 March"_s;
        QTest::newRow("new year's day") << at(1, 1, 0, 0) << u"1 January"_s;
        QTest::newRow("last year") << at(12, 31, 23, 59, 2025) << u"31 December 2025"_s;
        QTest::newRow("peer clock ahead") << at(3, 22, 9, 0) << u"Today"_s;
    }

    void daySeparator()
    {
        QFETCH(QDateTime, t);
        QFETCH(QString, expected);
        QCOMPARE(ChatTime::daySeparator(t, Now, British), expected);
    }

    void followsTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(ChatTime::listTime(at(3, 20, 14, 2), Now, german), u"14:02"_s);
        QCOMPARE(ChatTime::listTime(at(3, 18, 9, 0), Now, german), u"Mittwoch"_s);
        QCOMPARE(ChatTime::daySeparator(at(3, 2, 9, 0), Now, german), u"2 März"_s);
        const QLocale american(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ChatTime::listTime(at(3, 20, 14, 2), Now, american),
            american.toString(QTime(14, 2), QLocale::ShortFormat));
        QVERIFY(ChatTime::listTime(at(3, 20, 14, 2), Now, american).contains(u"2:02"_s));
        // The C locale's short format has seconds; a chat never shows them.
        QCOMPARE(ChatTime::timeOfDay(QTime(14, 2, 59), QLocale::c()), u"14:02"_s);
        QCOMPARE(ChatTime::listTime(at(3, 20, 14, 2), Now, QLocale::c()), u"14:02"_s);
    }

    void daysAreCalendarDaysInNowsZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime berlinNow = Now.toTimeZone(berlin);
        // 23:30 UTC on the 19th is already 00:30 on the 20th in Berlin.
        QCOMPARE(ChatTime::listTime(at(3, 19, 23, 30), berlinNow, British), u"00:30"_s);
        QCOMPARE(ChatTime::daySeparator(at(3, 19, 23, 30), berlinNow, British), u"Today"_s);
        QCOMPARE(ChatTime::daysAgo(at(3, 19, 22, 59), berlinNow), 1);

        // Across the spring-forward night (29 March 2026 in Berlin) a day is 23 hours long;
        // calendar dates, not 24-hour periods, decide "Yesterday".
        const QDateTime afterChange(QDate(2026, 3, 30), QTime(0, 30), berlin);
        const QDateTime beforeChange(QDate(2026, 3, 28), QTime(23, 45), berlin);
        QCOMPARE(ChatTime::daysAgo(beforeChange, afterChange), 2);
        QCOMPARE(ChatTime::daySeparator(
                     QDateTime(QDate(2026, 3, 29), QTime(0, 5), berlin), afterChange, British),
            u"Yesterday"_s);
        QCOMPARE(ChatTime::daySeparator(
                     QDateTime(QDate(2026, 3, 29), QTime(23, 55), berlin), afterChange, British),
            u"Yesterday"_s);
    }

    void dayAndMonth()
    {
        QCOMPARE(ChatTime::dayAndMonth(QDate(2026, 7, 4), Now, British), u"4 July"_s);
        QCOMPARE(ChatTime::dayAndMonth(QDate(2027, 7, 4), Now, British), u"4 July 2027"_s);
    }
};

QTEST_GUILESS_MAIN(TestChatTime)
#include "tst_chattime.moc"
