#include "CorrectionRule.h"

#include <QTest>

using namespace Natter;
using Verdict = CorrectionRule::Verdict;

namespace {

Message groupMessage(const QString &nick, const QString &occupantId)
{
    Message m;
    m.id = 7;
    m.chatId = 3;
    m.sender = nick;
    m.senderId = occupantId;
    m.body = QStringLiteral("helo");
    m.timestamp = 1000;
    return m;
}

Message correctionOf(const Message &original)
{
    Message c = original;
    c.id = 0;
    c.correctsId = original.id;
    c.body = QStringLiteral("hello");
    return c;
}

} // namespace

class TestCorrectionRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorMayCorrect();
    void anotherOccupantMayNot();
    void sameNickAnotherOccupantMayNot();
    void occupantKeepsTheRightAfterANickChange();
    void withoutOccupantIdTheNickDecides();
    void anotherDirectionMayNot();
    void anotherChatMayNot();
    void fileIsRefused();
    void emptyTextIsRefused();
    void onlyMessagesAreCorrected();
    void ourOwnFromAnyDevice();
    void editWindow();
};

void TestCorrectionRule::authorMayCorrect()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    QCOMPARE(CorrectionRule::judge(original, correctionOf(original)), Verdict::Allowed);
}

void TestCorrectionRule::anotherOccupantMayNot()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message forged = correctionOf(original);
    forged.sender = QStringLiteral("mercutio");
    forged.senderId = QStringLiteral("occ-2");
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
}

void TestCorrectionRule::sameNickAnotherOccupantMayNot()
{
    // Someone who took the nickname after the author left is not the author.
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message forged = correctionOf(original);
    forged.senderId = QStringLiteral("occ-2");
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
    forged.senderId.clear();
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
}

void TestCorrectionRule::occupantKeepsTheRightAfterANickChange()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message renamed = correctionOf(original);
    renamed.sender = QStringLiteral("prince of cats");
    QCOMPARE(CorrectionRule::judge(original, renamed), Verdict::Allowed);
}

void TestCorrectionRule::withoutOccupantIdTheNickDecides()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), {});
    QCOMPARE(CorrectionRule::judge(original, correctionOf(original)), Verdict::Allowed);
    Message forged = correctionOf(original);
    forged.sender = QStringLiteral("benvolio");
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
}

void TestCorrectionRule::anotherDirectionMayNot()
{
    // The peer cannot correct what we wrote, nor can we correct what they wrote.
    Message original = groupMessage(QStringLiteral("juliet@example.org"), {});
    Message forged = correctionOf(original);
    forged.direction = Direction::Outgoing;
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
    original.direction = Direction::Outgoing;
    forged.direction = Direction::Incoming;
    QCOMPARE(CorrectionRule::judge(original, forged), Verdict::OtherAuthor);
}

void TestCorrectionRule::anotherChatMayNot()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message elsewhere = correctionOf(original);
    elsewhere.chatId = 4;
    QCOMPARE(CorrectionRule::judge(original, elsewhere), Verdict::OtherAuthor);
}

void TestCorrectionRule::fileIsRefused()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message withFile = correctionOf(original);
    Attachment file;
    file.url = QStringLiteral("https://example.org/virus.exe");
    file.fileName = QStringLiteral("virus.exe");
    withFile.attachments.append(file);
    QCOMPARE(CorrectionRule::judge(original, withFile), Verdict::AddsFile);
}

void TestCorrectionRule::emptyTextIsRefused()
{
    const Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message empty = correctionOf(original);
    empty.body = QStringLiteral("  \n");
    QCOMPARE(CorrectionRule::judge(original, empty), Verdict::Empty);
}

void TestCorrectionRule::onlyMessagesAreCorrected()
{
    Message original = groupMessage(QStringLiteral("tybalt"), QStringLiteral("occ-1"));
    Message line = original;
    line.kind = MessageKind::System;
    QCOMPARE(CorrectionRule::judge(line, correctionOf(original)), Verdict::NotAMessage);
    Message correction = original;
    correction.correctsId = 3;
    QCOMPARE(CorrectionRule::judge(correction, correctionOf(original)), Verdict::NotAMessage);
    QCOMPARE(CorrectionRule::judge(Message(), correctionOf(original)), Verdict::NotAMessage);
}

void TestCorrectionRule::ourOwnFromAnyDevice()
{
    // Stored from this device without an occupant id; the room reflects the other's with one.
    Message original = groupMessage(QStringLiteral("romeo@example.org"), {});
    original.direction = Direction::Outgoing;
    Message fromPhone = correctionOf(original);
    fromPhone.sender = QStringLiteral("romeo");
    fromPhone.senderId = QStringLiteral("occ-9");
    QCOMPARE(CorrectionRule::judge(original, fromPhone), Verdict::Allowed);
}

void TestCorrectionRule::editWindow()
{
    Message ours = groupMessage(QStringLiteral("romeo@example.org"), {});
    ours.direction = Direction::Outgoing;
    QVERIFY(CorrectionRule::mayEdit(ours, ours.timestamp + CorrectionRule::EditWindowMs));
    QVERIFY(!CorrectionRule::mayEdit(ours, ours.timestamp + CorrectionRule::EditWindowMs + 1));
    Message theirs = ours;
    theirs.direction = Direction::Incoming;
    QVERIFY(!CorrectionRule::mayEdit(theirs, ours.timestamp));
    Message file = ours;
    file.attachments.append(Attachment());
    QVERIFY(!CorrectionRule::mayEdit(file, ours.timestamp));
    Message failed = ours;
    failed.deliveryState = DeliveryState::Failed;
    QVERIFY(!CorrectionRule::mayEdit(failed, ours.timestamp));
}

QTEST_GUILESS_MAIN(TestCorrectionRule)
#include "tst_correctionrule.moc"
