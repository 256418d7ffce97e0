// Formatting helpers for QML: which key presses type something (a selected message hands
// those back to the composer) and which are control keys.
#include "Format.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedTextIsPrintable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("typed");
        QTest::newRow("letter") << u"h"_s << true;
        QTest::newRow("space") << u" "_s << true;
        QTest::newRow("umlaut") << u"ü"_s << true;
        QTest::newRow("emoji (surrogate pair)") << u"😀"_s << true;
        QTest::newRow("nothing (arrow keys)") << QString() << false;
        QTest::newRow("backspace") << u"\b"_s << false;
        QTest::newRow("tab") << u"\t"_s << false;
        QTest::newRow("return") << u"\r"_s << false;
        QTest::newRow("escape") << u"\x1b"_s << false;
        QTest::newRow("delete") << u"\x7f"_s << false;
        QTest::newRow("ctrl+c") << u"\x03"_s << false;
    }

    void typedTextIsPrintable()
    {
        QFETCH(QString, text);
        QFETCH(bool, typed);
        QCOMPARE(Format().isTypedText(text), typed);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
