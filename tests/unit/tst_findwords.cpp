// The words of a find and where they stand in a text, by the search index's own rule: what the
// search finds, the find bar marks (issue 19).
#include "FindWords.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

using Ranges = QList<std::pair<qsizetype, qsizetype>>;

class TestFindWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeTheIndex()
    {
        QCOMPARE(FindWords::split(u"  lunch, at noon?"_s),
            (QStringList { u"lunch"_s, u"at"_s, u"noon"_s }));
        QCOMPARE(FindWords::split(u"\"quoted\" OR *"_s), (QStringList { u"quoted"_s, u"OR"_s }));
        QVERIFY(FindWords::split(u" ,.!? "_s).isEmpty());
    }

    void matchesStartWordsIgnoringCaseAndAccents()
    {
        QCOMPARE(FindWords::matches(u"Pizza, pizzeria and spizza"_s, { u"PIZZ"_s }),
            (Ranges { { 0, 4 }, { 7, 11 } }));
        QCOMPARE(FindWords::matches(u"Crème brûlée"_s, { u"creme"_s, u"brulee"_s }),
            (Ranges { { 0, 5 }, { 6, 12 } }));
        // Decomposed text: the combining accent belongs to its letter, and is marked with it.
        QCOMPARE(FindWords::matches(u"cafe\u0301 time"_s, { u"cafe"_s }), (Ranges { { 0, 5 } }));
        QVERIFY(FindWords::matches(u"nothing here"_s, { u"needle"_s }).isEmpty());
        QVERIFY(FindWords::matches(u"anything"_s, {}).isEmpty());
    }

    void matchesNeverOverlap()
    {
        QCOMPARE(FindWords::matches(u"lunchbox"_s, { u"lunch"_s, u"lunchbox"_s }),
            (Ranges { { 0, 5 } }));
    }
};

QTEST_GUILESS_MAIN(TestFindWords)
#include "tst_findwords.moc"
