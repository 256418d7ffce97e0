#include "Mention.h"

#include <QTest>

using namespace Natter;

namespace {
const QString Room = QStringLiteral("family@groups.example.org");

Mention ref(qsizetype begin, qsizetype end, const QString &nick = QStringLiteral("Bob"))
{
    return Mention { begin, end, QStringLiteral("xmpp:") + Room + u'/' + nick, false };
}
} // namespace

class TestMention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePointsBecomeUtf16AfterAnEmoji()
    {
        // "😀" is one code point and two UTF-16 units: the wire's 3..6 is QString's 4..7.
        const QString body = QStringLiteral("😀 @Bob hi");
        const QList<Mention> m = Mentions::fromCodePoints(body, { ref(3, 6) });
        QCOMPARE(m.size(), 1);
        QCOMPARE(body.sliced(m[0].begin, m[0].end - m[0].begin), QStringLiteral("Bob"));
        QCOMPARE(Mentions::toCodePoints(body, m).first().begin, 3);
        QCOMPARE(Mentions::toCodePoints(body, m).first().end, 6);
    }

    void badOffsetsAreDropped()
    {
        const QString body = QStringLiteral("hi @Bob and @Carol");
        const QList<Mention> m = Mentions::fromCodePoints(body,
            { ref(-1, 2), ref(5, 5), ref(6, 4), ref(14, 99), ref(4, 7), ref(5, 9),
                ref(13, 18, QStringLiteral("Carol")) });
        // Out of range, empty, reversed and overlapping ones go; the two sound ones stay.
        QCOMPARE(m.size(), 2);
        QCOMPARE(body.sliced(m[0].begin, m[0].end - m[0].begin), QStringLiteral("Bob"));
        QCOMPARE(body.sliced(m[1].begin, m[1].end - m[1].begin), QStringLiteral("Carol"));
    }

    void rangeInsideASurrogatePairIsDropped()
    {
        const QString body = QStringLiteral("😀x");
        // Stored (UTF-16) ranges are checked as well: index 1 is the pair's second half.
        QVERIFY(Mentions::decode(QStringLiteral(R"([{"b":1,"e":3}])"), body).isEmpty());
        QCOMPARE(Mentions::decode(QStringLiteral(R"([{"b":2,"e":3,"o":true}])"), body).size(), 1);
    }

    void referencesAreCapped()
    {
        QString body;
        QList<Mention> refs;
        for (int i = 0; i < 100; ++i) {
            refs.append(ref(body.size() + 1, body.size() + 4));
            body += QStringLiteral("@Bob ");
        }
        QCOMPARE(Mentions::fromCodePoints(body, refs).size(), Mentions::MaxPerMessage);
    }

    void typedMentionsCoverTheNickAfterTheAt()
    {
        const QString body = QStringLiteral("👋 @Bob Smith and @Bob, mail bob@example.org @Nobody");
        const QList<Mention> m
            = Mentions::typed(body, { QStringLiteral("Bob"), QStringLiteral("Bob Smith") }, Room);
        QCOMPARE(m.size(), 2);
        QCOMPARE(body.sliced(m[0].begin, m[0].end - m[0].begin), QStringLiteral("Bob Smith"));
        QCOMPARE(m[0].uri, QStringLiteral("xmpp:") + Room + QStringLiteral("/Bob Smith"));
        QCOMPARE(body.sliced(m[1].begin, m[1].end - m[1].begin), QStringLiteral("Bob"));
    }

    void ourNickCountsOnlyAsAWholeWord()
    {
        QList<Mention> none;
        Mentions::markOurs(none, QStringLiteral("Bobby and bobcat, _bob"), Room,
            QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
        QVERIFY(!Mentions::mentionsUs(none));

        QList<Mention> plain;
        Mentions::markOurs(plain, QStringLiteral("hey bob, lunch?"), Room, QStringLiteral("Bob"),
            QStringLiteral("bob@example.org"));
        QCOMPARE(plain.size(), 1);
        QVERIFY(plain[0].ours);
        QCOMPARE(plain[0].begin, 4);
    }

    void referenceToUsIsOurs()
    {
        const QString body = QStringLiteral("@Bob @Carol @me");
        QList<Mention> m = Mentions::fromCodePoints(body,
            { ref(1, 4), ref(6, 11, QStringLiteral("Carol")),
                Mention { 13, 15, QStringLiteral("xmpp:Carol@example.org"), false } });
        Mentions::markOurs(
            m, body, Room, QStringLiteral("Carol"), QStringLiteral("carol@example.org"));
        QCOMPARE(m.size(), 3);
        QVERIFY(!m[0].ours);
        QVERIFY(m[1].ours); // our occupant URI
        QVERIFY(m[2].ours); // our address
        // The nickname inside our own reference is not counted a second time.
        QVERIFY(Mentions::mentionsUs(m));
    }

    void storedFormRoundTrips()
    {
        const QString body = QStringLiteral("😀 @Bob hi");
        QList<Mention> m = Mentions::fromCodePoints(body, { ref(3, 6) });
        m[0].ours = true;
        QCOMPARE(Mentions::decode(Mentions::encode(m), body), m);
        QVERIFY(Mentions::decode(QStringLiteral("not json"), body).isEmpty());
        QVERIFY(Mentions::encode({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMention)
#include "tst_mention.moc"
