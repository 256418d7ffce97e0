#include "DeliveryState.h"

#include <QTest>

using Natter::canAdvance;
using Natter::DeliveryState;

class TestDeliveryState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesOnlyForward_data()
    {
        QTest::addColumn<DeliveryState>("from");
        QTest::addColumn<DeliveryState>("to");
        QTest::addColumn<bool>("allowed");
        using S = DeliveryState;
        QTest::newRow("pending to sent") << S::Pending << S::Sent << true;
        QTest::newRow("sent to delivered") << S::Sent << S::Delivered << true;
        QTest::newRow("pending to read (skips)") << S::Pending << S::Read << true;
        QTest::newRow("delivered to read") << S::Delivered << S::Read << true;
        QTest::newRow("read to delivered") << S::Read << S::Delivered << false;
        QTest::newRow("delivered to sent") << S::Delivered << S::Sent << false;
        QTest::newRow("same state") << S::Sent << S::Sent << false;
        QTest::newRow("pending fails") << S::Pending << S::Failed << true;
        QTest::newRow("sent fails") << S::Sent << S::Failed << true;
        QTest::newRow("delivered cannot fail") << S::Delivered << S::Failed << false;
        QTest::newRow("failed stays failed") << S::Failed << S::Sent << false;
    }

    void movesOnlyForward()
    {
        QFETCH(DeliveryState, from);
        QFETCH(DeliveryState, to);
        QFETCH(bool, allowed);
        QCOMPARE(canAdvance(from, to), allowed);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryState)
#include "tst_deliverystate.moc"
