// MessageWindow: the rows of an open chat, with plain messages; and MessageSelection, several
// of them chosen at once.
#include "MessageSelection.h"
#include "MessageWindow.h"

#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Natter;

namespace {
// Noon local time on 1 March 2026, so a few minutes either side stay on that day.
const qint64 Noon = QDateTime(QDate(2026, 3, 1), QTime(12, 0)).toMSecsSinceEpoch();
constexpr qint64 Minute = 60 * 1000;

Message message(qint64 id, qint64 timestamp, const QString &sender = QStringLiteral("a@x.org"))
{
    Message m;
    m.id = id;
    m.timestamp = timestamp;
    m.sender = sender;
    return m;
}

QList<qint64> ids(const MessageWindow &window)
{
    QList<qint64> out;
    for (const Message &m : window.rows())
        out.append(m.id);
    return out;
}
} // namespace

class TestMessageWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesJoinWithoutDuplicates()
    {
        MessageWindow window;
        window.replace({ message(3, Noon + 2), message(2, Noon + 1) });
        // An older page that overlaps the window: only the unloaded ones, newest first.
        const QList<Message> older = window.unloadedOlder(
            { message(0, Noon - 2), message(1, Noon - 1), message(2, Noon + 1) });
        QCOMPARE(older.size(), 2);
        window.appendOlder(older);
        QCOMPARE(ids(window), (QList<qint64> { 3, 2, 1, 0 }));
        // A newer page: neither loaded rows nor anything older than the newest row.
        const QList<Message> newer = window.unloadedNewer(
            { message(9, Noon - 5), message(3, Noon + 2), message(4, Noon + 3) });
        window.prependNewer(newer);
        QCOMPARE(ids(window), (QList<qint64> { 4, 3, 2, 1, 0 }));
        QCOMPARE(window.rowOf(2), 2);
        QCOMPARE(window.rowOf(9), -1);
        QCOMPARE(window.idAt(0), 4);
        QCOMPARE(window.idAt(5), 0);
    }

    void liveMessageLandsInHistoryOrder()
    {
        MessageWindow window;
        window.replace({ message(30, Noon + 30), message(10, Noon + 10) });
        QCOMPARE(window.insertionRow(message(20, Noon + 20)), 1);
        // The same millisecond: the id decides.
        QCOMPARE(window.insertionRow(message(31, Noon + 30)), 0);
        QCOMPARE(window.insertionRow(message(5, Noon + 30)), 1);
        window.insert(1, message(20, Noon + 20));
        QCOMPARE(ids(window), (QList<qint64> { 30, 20, 10 }));
        window.removeAt(1);
        QCOMPARE(ids(window), (QList<qint64> { 30, 10 }));
        QVERIFY(!window.contains(20));
    }

    void groupsAndDays()
    {
        MessageWindow window;
        const qint64 lateEvening = QDateTime(QDate(2026, 3, 1), QTime(23, 50)).toMSecsSinceEpoch();
        const QString b = QStringLiteral("b@x.org");
        window.replace({
            message(6, lateEvening + 11 * Minute), // past midnight, three minutes on
            message(5, lateEvening + 8 * Minute), // seven minutes after the one below
            message(4, lateEvening + Minute),
            message(3, lateEvening + 30 * 1000, b), // another sender
            message(2, lateEvening + 10 * 1000, b),
            message(1, lateEvening, b),
        });
        QVERIFY(window.startsDay(5)); // the oldest loaded row
        QVERIFY(!window.startsDay(4));
        QVERIFY(!window.startsDay(1));
        QVERIFY(window.startsDay(0));
        QVERIFY(!window.groupedWithOlder(5));
        QVERIFY(window.groupedWithOlder(4));
        QVERIFY(window.groupedWithOlder(3));
        QVERIFY(!window.groupedWithOlder(2)); // sender
        QVERIFY(!window.groupedWithOlder(1)); // gap
        QVERIFY(!window.groupedWithOlder(0)); // day
    }

    void lastOwnMessage()
    {
        MessageWindow window;
        QCOMPARE(window.lastOwnRow(), -1);
        Message own = message(2, Noon + 1);
        own.direction = Direction::Outgoing;
        window.replace({ message(3, Noon + 2), own, message(1, Noon) });
        QCOMPARE(window.lastOwnRow(), 1);
    }

    // Click, Shift-click: a range of messages, never a group's own lines; oldest first.
    void selectionTakesARangeWithoutSystemLines()
    {
        MessageWindow window;
        Message line = message(3, Noon + 3);
        line.kind = MessageKind::System;
        window.replace({ message(5, Noon + 5), message(4, Noon + 4), line, message(2, Noon + 2),
            message(1, Noon + 1) });
        MessageSelection selection(window);
        QSignalSpy toggled(&selection, &MessageSelection::messagesToggled);
        selection.toggle(3); // id 2
        QVERIFY(selection.active());
        QCOMPARE(toggled.takeFirst().at(0).value<QList<qint64>>(), (QList<qint64> { 2 }));
        selection.toggle(2); // the system line: not a message to choose
        QCOMPARE(selection.count(), 1);
        selection.extendTo(0); // Shift-click on id 5
        QCOMPARE(selection.ids(), (QList<qint64> { 2, 4, 5 }));
        QCOMPARE(toggled.takeFirst().at(0).value<QList<qint64>>(), (QList<qint64> { 5, 4 }));
        selection.toggle(1); // id 4 let go
        QCOMPARE(selection.ids(), (QList<qint64> { 2, 5 }));
        selection.forget(5); // deleted meanwhile
        QCOMPARE(selection.ids(), (QList<qint64> { 2 }));
        selection.clear();
        QVERIFY(!selection.active());
        QCOMPARE(toggled.takeLast().at(0).value<QList<qint64>>(), (QList<qint64> { 2 }));
        // Shift-click with nothing chosen chooses just that one.
        selection.extendTo(4);
        QCOMPARE(selection.ids(), (QList<qint64> { 1 }));
    }

    void selectionIsBounded()
    {
        MessageWindow window;
        QList<Message> rows;
        for (qint64 id = MessageSelection::MaxCount + 10; id > 0; --id)
            rows.append(message(id, Noon + id));
        window.replace(rows);
        MessageSelection selection(window);
        selection.toggle(0);
        selection.extendTo(window.size() - 1);
        QCOMPARE(selection.count(), MessageSelection::MaxCount);
        selection.toggle(window.size() - 1);
        QCOMPARE(selection.count(), MessageSelection::MaxCount);
    }

    // Copied as WhatsApp copies several: date, time and author per message, files by name,
    // deleted messages left out; the rules decide who "You" are and what may be retracted.
    void selectionCopiesAndJudgesTheChoice()
    {
        MessageWindow window;
        Message ours = message(1, Noon, QString());
        ours.direction = Direction::Outgoing;
        ours.body = QStringLiteral("lunch?");
        ours.deliveryState = DeliveryState::Delivered;
        Message photo = message(2, Noon + Minute);
        photo.body = QStringLiteral("here");
        Attachment file;
        file.fileName = QStringLiteral("table.jpg");
        photo.attachments = { file }; // not uploaded: no URL
        Message gone = message(3, Noon + 2 * Minute);
        gone.retracted = true;
        window.replace({ gone, photo, ours });
        MessageSelection selection(window);
        selection.setRules([](const Message &m) { return m.direction == Direction::Outgoing; },
            [](const Message &m) {
                return m.direction == Direction::Outgoing ? QStringLiteral("You") : m.sender;
            });
        selection.toggle(2);
        QVERIFY(selection.canRetract());
        QVERIFY(selection.canForward());
        selection.extendTo(0);
        QVERIFY(!selection.canRetract());
        QVERIFY(!selection.canForward()); // the photo has no URL, and one is deleted
        QVERIFY(selection.hasText());
        const QLocale locale;
        const QDateTime noon = QDateTime::fromMSecsSinceEpoch(Noon);
        const QString day = locale.toString(noon.date(), QLocale::ShortFormat);
        QCOMPARE(selection.text(),
            QStringLiteral("[%1, %2] You: lunch?\n[%1, %3] a@x.org: table.jpg\nhere")
                .arg(day, locale.toString(noon.time(), QLocale::ShortFormat),
                    locale.toString(noon.addSecs(60).time(), QLocale::ShortFormat)));
    }
};

QTEST_APPLESS_MAIN(TestMessageWindow)
#include "tst_messagewindow.moc"
