#include "PeakBins.h"

#include <QTest>

#include <algorithm>

using namespace Natter;

class TestPeakBins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsFlat()
    {
        const PeakBins bins;
        QCOMPARE(bins.bars(8), QList<float>(8, 0.0f));
    }

    void quietThenLoudShowsWhereTheSoundIs()
    {
        PeakBins bins;
        for (int i = 0; i < 1000; ++i)
            bins.add(i < 500 ? 0.0f : 0.5f);
        const QList<float> bars = bins.bars(10);
        QCOMPARE(bars.size(), 10);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(bars.at(i), 0.0f);
        for (int i = 5; i < 10; ++i)
            QCOMPARE(bars.at(i), 1.0f); // scaled so the loudest bar is full height
    }

    void longStreamStaysBoundedAndKeepsItsShape()
    {
        PeakBins bins;
        // Ten minutes at 48 kHz: a short loud click in the middle of silence.
        const qint64 frames = 10LL * 60 * 48000;
        for (qint64 i = 0; i < frames; ++i)
            bins.add(i >= frames / 2 && i < frames / 2 + 480 ? 0.8f : 0.001f);
        QVERIFY(bins.binCount() <= 2 * PeakBins::Capacity);
        QCOMPARE(bins.frames(), frames);
        const QList<float> bars = bins.bars(50);
        // The click lies on the border of bars 24 and 25; which one takes it depends on rounding.
        QCOMPARE(std::max(bars.at(24), bars.at(25)), 1.0f);
        QVERIFY(bars.at(10) < 0.01f);
        QVERIFY(bars.at(40) < 0.01f);
    }

    void silenceIsNotScaledUp()
    {
        PeakBins bins;
        for (int i = 0; i < 100; ++i)
            bins.add(0.002f);
        QVERIFY(bins.bars(4).at(0) < 0.01f);
    }

    void shortStreamRepeatsBins()
    {
        PeakBins bins;
        bins.add(1.0f);
        bins.add(0.0f);
        const QList<float> bars = bins.bars(4);
        QCOMPARE(bars, QList<float>({ 1.0f, 1.0f, 0.0f, 0.0f }));
    }

    void outOfRangeIsClamped()
    {
        PeakBins bins;
        bins.add(7.0f);
        bins.add(-1.0f);
        QCOMPARE(bins.bars(2), QList<float>({ 1.0f, 0.0f }));
    }
};

QTEST_MAIN(TestPeakBins)
#include "tst_peakbins.moc"
