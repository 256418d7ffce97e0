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

    // A click hands over only the target; the page asks whether what the bubble shows matches.
    void linkTextIsWhatTheBubbleShows_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("plain") << u"see https://a.example/x."_s << u"https://a.example/x"_s
                               << u"https://a.example/x"_s << false;
        QTest::newRow("second line")
            << u"hi\nor (xmpp:ada@example.org)"_s << u"xmpp:ada@example.org"_s
            << u"xmpp:ada@example.org"_s << false;
        QTest::newRow("elided") << u"https://bank.example/login… now"_s
                                << u"https://bank.example/login%E2%80%A6"_s
                                << u"https://bank.example/login…"_s << true;
        QTest::newRow("whole-script look-alike")
            << u"https://аррӏе.com"_s << u"https://xn--80ak6aa92e.com"_s << u"https://аррӏе.com"_s
            << true;
        QTest::newRow("not in the body")
            << u"https://a.example/x"_s << u"https://evil.example"_s << QString() << true;
    }

    void linkTextIsWhatTheBubbleShows()
    {
        QFETCH(QString, body);
        QFETCH(QString, href);
        QFETCH(QString, text);
        QFETCH(bool, confirm);
        const Format format;
        QCOMPARE(format.linkText(body, href), text);
        QCOMPARE(format.linkNeedsConfirmation(format.linkText(body, href), href), confirm);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
