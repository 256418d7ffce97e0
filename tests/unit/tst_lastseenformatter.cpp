// The line under a contact's name, from plain values with a fixed "now" and the C locale.
#include "LastSeenFormatter.h"

#include <QTest>
#include <QTimeZone>

using namespace Natter;

namespace {
const QDateTime Now(QDate(2026, 3, 20), QTime(15, 30), QTimeZone::utc());

qint64 at(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

QString format(const Activity &activity)
{
    return LastSeenFormatter::format(activity, Now, QLocale::c());
}
} // namespace

class TestLastSeenFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlineAndTyping()
    {
        QCOMPARE(format({ true, false, 0, at(3, 1, 9, 0) }), QStringLiteral("online"));
        QCOMPARE(format({ true, true, 0, 0 }), QStringLiteral("typing…"));
        QCOMPARE(format({ true, true, at(3, 20, 14, 0), 0 }), QStringLiteral("typing…"));
        QVERIFY2(format({ false, true, 0, 0 }).isEmpty(), "typing needs someone online");
    }

    void offline_data()
    {
        QTest::addColumn<qint64>("lastSeen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << at(3, 20, 14, 2) << QStringLiteral("last seen today at 14:02");
        QTest::newRow("midnight") << at(3, 20, 0, 0) << QStringLiteral("last seen today at 00:00");
        QTest::newRow("yesterday")
            << at(3, 19, 9, 15) << QStringLiteral("last seen yesterday at 09:15");
        QTest::newRow("yesterday late")
            << at(3, 19, 23, 59) << QStringLiteral("last seen yesterday at 23:59");
        QTest::newRow("earlier") << at(3, 12, 8, 0) << QStringLiteral("last seen 12 March");
        QTest::newRow("last year")
            << at(12, 31, 8, 0, 2025) << QStringLiteral("last seen 31 December 2025");
        QTest::newRow("clock ahead")
            << at(3, 21, 9, 0) << QStringLiteral("last seen today at 15:30");
        QTest::newRow("unknown") << qint64(0) << QString();
    }

    void offline()
    {
        QFETCH(qint64, lastSeen);
        QFETCH(QString, expected);
        QCOMPARE(format({ false, false, 0, lastSeen }), expected);
    }

    void idleOnlineUsesIdleTime()
    {
        QCOMPARE(format({ true, false, at(3, 20, 14, 2), at(3, 1, 1, 1) }),
            QStringLiteral("last seen today at 14:02"));
    }

    void followsTheTimeZoneOfNow()
    {
        const QDateTime berlinNow = Now.toTimeZone(QTimeZone("Europe/Berlin"));
        // 23:30 UTC on the 19th is 00:30 on the 20th in Berlin.
        QCOMPARE(LastSeenFormatter::format(
                     { false, false, 0, at(3, 19, 23, 30) }, berlinNow, QLocale::c()),
            QStringLiteral("last seen today at 00:30"));
    }
};

QTEST_GUILESS_MAIN(TestLastSeenFormatter)
#include "tst_lastseenformatter.moc"
