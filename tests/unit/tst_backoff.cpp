#include "Backoff.h"

#include <QTest>

using Natter::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheCap()
    {
        Backoff backoff(1000, 60000);
        QList<int> delays;
        for (int i = 0; i < 9; ++i)
            delays << backoff.nextDelayMs(0.999999);
        QCOMPARE(delays.mid(0, 6), (QList<int> { 999, 1999, 3999, 7999, 15999, 31999 }));
        QCOMPARE(delays.at(6), 59999);
        QCOMPARE(delays.at(8), 59999);
        QCOMPARE(backoff.attempts(), 9);
    }

    void jitterStaysWithinHalfAndWhole()
    {
        Backoff low(1000, 60000);
        Backoff high(1000, 60000);
        for (int i = 0; i < 10; ++i) {
            const int a = low.nextDelayMs(0.0);
            const int b = high.nextDelayMs(0.99);
            QVERIFY(a < b);
            QVERIFY(a * 2 >= b - 1);
        }
        QCOMPARE(low.nextDelayMs(0.0), 30000);
    }

    void resetStartsOver()
    {
        Backoff backoff(500, 8000);
        backoff.nextDelayMs(0.0);
        backoff.nextDelayMs(0.0);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelayMs(0.0), 250);
    }

    void survivesManyAttempts()
    {
        Backoff backoff(1000, 60000);
        int last = 0;
        for (int i = 0; i < 1000; ++i)
            last = backoff.nextDelayMs(0.5);
        QCOMPARE(last, 45000);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
