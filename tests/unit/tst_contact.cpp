#include "Contact.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

// A contact's initials, drawn on the avatar when there is no picture.
class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << u"juliet capulet"_s << u"JC"_s;
        QTest::newRow("three words") << u"Anna Maria Lima"_s << u"AM"_s;
        QTest::newRow("one word") << u"Zoë"_s << u"Z"_s;
        QTest::newRow("extra spaces") << u"  ben   ott "_s << u"BO"_s;
        // An emoji is not a letter; its first half alone would draw as a broken glyph.
        QTest::newRow("emoji between") << u"Ana 😀 Lima"_s << u"AL"_s;
        QTest::newRow("emoji first") << u"🎉 Party"_s << u"P"_s;
        QTest::newRow("emoji glued") << u"😀Ana"_s << u"A"_s;
        QTest::newRow("only emoji") << u"😀 🎉"_s << QString();
        QTest::newRow("markup") << u"<b>x</b>"_s << u"B"_s;
        QTest::newRow("digits") << u"4 Seasons"_s << u"4S"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(Contact::initials(name), initials);
    }
};

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
