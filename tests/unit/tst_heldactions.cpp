#include "HeldActions.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using namespace std::chrono_literals;

namespace {

Message storedMessage(qint64 chatId, const QString &stanzaId, const QString &originId)
{
    Message m;
    m.chatId = chatId;
    m.stanzaId = stanzaId;
    m.originId = originId;
    m.messageId = originId;
    return m;
}

} // namespace

class TestHeldActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnceWhenTheOriginalIsStored();
    void matchesEveryIdButOnlyInItsChat();
    void oldestIsDroppedWhenTooManyWait();
    void dropsWhatWaitsTooLong();
};

void TestHeldActions::runsOnceWhenTheOriginalIsStored()
{
    HeldActions held;
    QStringList ran;
    held.hold(1, QStringLiteral("o-1"), [&] { ran << QStringLiteral("first"); });
    held.hold(1, QStringLiteral("o-1"), [&] { ran << QStringLiteral("second"); });
    held.hold(1, QStringLiteral("o-2"), [&] { ran << QStringLiteral("other"); });
    QCOMPARE(held.count(), 3);
    held.stored({ storedMessage(1, QStringLiteral("s-1"), QStringLiteral("o-1")) });
    QCOMPARE(ran, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    QCOMPARE(held.count(), 1);
    held.stored({ storedMessage(1, QStringLiteral("s-1"), QStringLiteral("o-1")) });
    QCOMPARE(ran.size(), 2); // each runs once
}

void TestHeldActions::matchesEveryIdButOnlyInItsChat()
{
    HeldActions held;
    int ran = 0;
    held.hold(1, QStringLiteral("room-sid"), [&] { ++ran; });
    held.stored({ storedMessage(2, QStringLiteral("room-sid"), QStringLiteral("x")) });
    QCOMPARE(ran, 0);
    held.stored({ storedMessage(1, QStringLiteral("room-sid"), QStringLiteral("x")) });
    QCOMPARE(ran, 1);
    Message idOnly = storedMessage(1, {}, {});
    idOnly.messageId = QStringLiteral("plain");
    held.hold(1, QStringLiteral("plain"), [&] { ++ran; });
    held.stored({ idOnly });
    QCOMPARE(ran, 2);
}

void TestHeldActions::oldestIsDroppedWhenTooManyWait()
{
    HeldActions held(nullptr, 3);
    QSignalSpy dropped(&held, &HeldActions::dropped);
    QList<int> ran;
    for (int i = 0; i < 5; ++i)
        held.hold(1, QString::number(i), [&ran, i] { ran << i; });
    QCOMPARE(held.count(), 3);
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped[0][1].toString(), QStringLiteral("0"));
    QList<Message> all;
    for (int i = 0; i < 5; ++i)
        all << storedMessage(1, QString::number(i), {});
    held.stored(all);
    QCOMPARE(ran, (QList<int> { 2, 3, 4 }));
    QCOMPARE(held.count(), 0);
}

void TestHeldActions::dropsWhatWaitsTooLong()
{
    HeldActions held(nullptr, 10, 50ms);
    QSignalSpy dropped(&held, &HeldActions::dropped);
    int ran = 0;
    held.hold(1, QStringLiteral("late"), [&] { ++ran; });
    QVERIFY(dropped.wait());
    QCOMPARE(held.count(), 0);
    held.stored({ storedMessage(1, QStringLiteral("late"), {}) });
    QCOMPARE(ran, 0);
}

QTEST_GUILESS_MAIN(TestHeldActions)
#include "tst_heldactions.moc"
