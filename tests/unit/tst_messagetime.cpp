#include "MessageTime.h"

#include <QTest>

using namespace Natter;

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
// 2026-01-01T00:00:00Z: the receipt time in every case.
constexpr qint64 Now = 1767225600000;
// <delay stamp='2099-01-01T00:00:00Z'/> and <delay stamp='1970-01-01T00:00:01Z'/>.
constexpr qint64 Year2099 = 4070908800000;
constexpr qint64 Year1970 = 1000;
} // namespace

class TestMessageTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void live_data()
    {
        QTest::addColumn<qint64>("claimed");
        QTest::addColumn<qint64>("offlineSince");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("no delay: the receipt time") << qint64(0) << qint64(0) << Now;
        QTest::newRow("from the future: the receipt time") << Year2099 << qint64(0) << Now;
        QTest::newRow("a second ahead: the receipt time") << Now + 1000 << Now - Hour << Now;
        QTest::newRow("unreadable (negative) stamp") << qint64(-5) << qint64(0) << Now;
        QTest::newRow("offline message since the last connection")
            << Now - 30 * Minute << Now - Hour << Now - 30 * Minute;
        QTest::newRow("older than the last connection: when it ended")
            << Now - 3 * Hour << Now - Hour << Now - Hour - MessageTime::ClockSkewMs;
        QTest::newRow("a server clock slightly behind still counts")
            << Now - Hour - Minute << Now - Hour << Now - Hour - Minute;
        QTest::newRow("1970 with the last connection known")
            << Year1970 << Now - Hour << Now - Hour - MessageTime::ClockSkewMs;
        QTest::newRow("1970, first connection: at most the longest wait")
            << Year1970 << qint64(0) << Now - MessageTime::MaxWaitMs;
        QTest::newRow("a day old, first connection: believed")
            << Now - 24 * Hour << qint64(0) << Now - 24 * Hour;
        QTest::newRow("a long offline spell still caps at the longest wait")
            << Year1970 << Now - 2 * MessageTime::MaxWaitMs << Now - MessageTime::MaxWaitMs;
        QTest::newRow("our clock went back: the bound stays before receipt")
            << Now - 2 * Hour << Now + Hour << Now - MessageTime::ClockSkewMs;
    }

    void live()
    {
        QFETCH(qint64, claimed);
        QFETCH(qint64, offlineSince);
        QFETCH(qint64, expected);
        const qint64 time = MessageTime::live(claimed, Now, offlineSince);
        QCOMPARE(time, expected);
        QVERIFY2(time <= Now, "never later than receipt");
    }
};

QTEST_APPLESS_MAIN(TestMessageTime)
#include "tst_messagetime.moc"
