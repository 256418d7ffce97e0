// Subscription requests are kept in order, once each, and a flood keeps only the newest.
#include "SubscriptionRequests.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;

class TestSubscriptionRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRequestOnceInOrder()
    {
        SubscriptionRequests requests;
        QSignalSpy changed(&requests, &SubscriptionRequests::changed);
        QVERIFY(requests.add(QStringLiteral("a@x"), QStringLiteral("Ann")));
        QVERIFY(requests.add(QStringLiteral("b@x"), {}));
        QVERIFY(!requests.add(QStringLiteral("a@x"), QStringLiteral("Again")));
        QCOMPARE(requests.jids(), QStringList({ QStringLiteral("a@x"), QStringLiteral("b@x") }));
        QCOMPARE(requests.nick(QStringLiteral("a@x")), QStringLiteral("Ann"));
        QCOMPARE(changed.count(), 2);

        requests.remove(QStringLiteral("a@x"));
        requests.remove(QStringLiteral("nobody@x"));
        QVERIFY(!requests.contains(QStringLiteral("a@x")));
        QCOMPARE(requests.jids(), QStringList { QStringLiteral("b@x") });
        QCOMPARE(changed.count(), 3);
    }

    void floodKeepsTheNewest()
    {
        SubscriptionRequests requests;
        const qsizetype flood = 20 * SubscriptionRequests::MaxPending;
        for (qsizetype i = 0; i < flood; ++i)
            requests.add(QStringLiteral("spam%1@x").arg(i), QStringLiteral("Spam"));
        const QStringList kept = requests.jids();
        QCOMPARE(kept.size(), SubscriptionRequests::MaxPending);
        QCOMPARE(
            kept.first(), QStringLiteral("spam%1@x").arg(flood - SubscriptionRequests::MaxPending));
        QCOMPARE(kept.last(), QStringLiteral("spam%1@x").arg(flood - 1));
        QVERIFY(!requests.contains(QStringLiteral("spam0@x")));
        QVERIFY(requests.nick(QStringLiteral("spam0@x")).isEmpty());
        QVERIFY(requests.contains(kept.first()));

        // A real request after the flood still shows, and answering it removes it.
        QVERIFY(requests.add(QStringLiteral("friend@x"), QStringLiteral("Friend")));
        QCOMPARE(requests.jids().size(), SubscriptionRequests::MaxPending);
        requests.remove(QStringLiteral("friend@x"));
        QCOMPARE(requests.jids().size(), SubscriptionRequests::MaxPending - 1);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionRequests)
#include "tst_subscriptionrequests.moc"
