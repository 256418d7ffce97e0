// Which of a contact's resources is shown: most reachable, then priority, then least idle.
#include "PresenceSet.h"

#include <QTest>

using namespace Natter;

namespace {
ResourcePresence make(Availability a, int priority = 0, qint64 idle = 0)
{
    ResourcePresence p;
    p.availability = a;
    p.priority = priority;
    p.idleSinceMs = idle;
    return p;
}
} // namespace

class TestPresenceSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsOffline()
    {
        PresenceSet set;
        QVERIFY(!set.isOnline());
        QCOMPARE(set.best().availability, Availability::Offline);
    }

    void bestResourceWins()
    {
        PresenceSet set;
        set.update(QStringLiteral("phone"), make(Availability::Away, 10));
        set.update(QStringLiteral("laptop"), make(Availability::Online, 0));
        QCOMPARE(set.best().availability, Availability::Online);
        set.update(QStringLiteral("laptop"), make(Availability::DoNotDisturb));
        QCOMPARE(set.best().availability, Availability::Away);
        QCOMPARE(set.resourceCount(), 2);
    }

    void priorityThenActivityBreakTies()
    {
        PresenceSet set;
        set.update(QStringLiteral("a"), make(Availability::Online, 1, 5000));
        set.update(QStringLiteral("b"), make(Availability::Online, 5, 1000));
        QCOMPARE(set.best().priority, 5);
        set.update(QStringLiteral("b"), make(Availability::Online, 1, 1000));
        QCOMPARE(set.best().idleSinceMs, 5000);
        set.update(QStringLiteral("c"), make(Availability::Online, 1, 0));
        QCOMPARE(set.best().idleSinceMs, 0);
    }

    void resourcesAreBounded()
    {
        PresenceSet set;
        ResourcePresence online;
        online.availability = Availability::Online;
        for (int i = 0; i < 10 * PresenceSet::MaxResources; ++i)
            set.update(QStringLiteral("r%1").arg(i), online);
        QCOMPARE(set.resourceCount(), PresenceSet::MaxResources);
        // A known resource still updates, and one that left makes room.
        ResourcePresence away = online;
        away.availability = Availability::Away;
        set.update(QStringLiteral("r0"), away);
        set.update(QStringLiteral("r1"), ResourcePresence {});
        set.update(QStringLiteral("new"), online);
        QCOMPARE(set.resourceCount(), PresenceSet::MaxResources);
        set.update(QStringLiteral("new"), ResourcePresence {});
        QCOMPARE(set.resourceCount(), PresenceSet::MaxResources - 1);
    }

    void unavailableRemovesOnlyThatResource()
    {
        PresenceSet set;
        set.update(QStringLiteral("a"), make(Availability::Online));
        set.update(QStringLiteral("b"), make(Availability::Away));
        set.update(QStringLiteral("a"), make(Availability::Offline));
        QVERIFY(set.isOnline());
        QCOMPARE(set.best().availability, Availability::Away);
        set.update(QStringLiteral("b"), make(Availability::Offline));
        QVERIFY(!set.isOnline());
    }
};

QTEST_GUILESS_MAIN(TestPresenceSet)
#include "tst_presenceset.moc"
