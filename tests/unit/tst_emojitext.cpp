// Finding the emoji runs that rich text sets in a colour emoji font.
#include "EmojiText.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestEmojiText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << u"plain text 123 © ↔"_s << QStringList();
        QTest::newRow("one") << u"hi 😀!"_s << QStringList { u"😀"_s };
        QTest::newRow("adjacent") << u"😀😃 x"_s << QStringList { u"😀😃"_s };
        QTest::newRow("two") << u"😀 x 🐻"_s << QStringList { u"😀"_s, u"🐻"_s };
        QTest::newRow("skin tone") << u"ok 👍🏽."_s << QStringList { u"👍🏽"_s };
        QTest::newRow("zwj family")
            << u"👨‍👩‍👧 fam"_s << QStringList { u"👨‍👩‍👧"_s };
        QTest::newRow("zwj with text-default part")
            << u"🏳️‍⚧️ x"_s << QStringList { u"🏳️‍⚧️"_s };
        QTest::newRow("flag") << u"in 🇩🇪"_s << QStringList { u"🇩🇪"_s };
        QTest::newRow("keycap") << u"press #️⃣ 1️⃣"_s
                                << QStringList { u"#️⃣"_s, u"1️⃣"_s };
        QTest::newRow("selector makes emoji")
            << u"I ❤️ it, ❤ plain"_s << QStringList { u"❤️"_s };
        QTest::newRow("bmp presentation") << u"⭐ ⌛"_s << QStringList { u"⭐"_s, u"⌛"_s };
        QTest::newRow("tag sequence") << u"🏴󠁧󠁢󠁳󠁣󠁴󠁿!"_s
                                      << QStringList { u"🏴󠁧󠁢󠁳󠁣󠁴󠁿"_s };
        QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << QStringList();
        QTest::newRow("joiner at the end") << u"😀\u200D"_s << QStringList { u"😀"_s };
    }

    void runs()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const EmojiText::Run &run : EmojiText::runs(text))
            found << text.sliced(run.start, run.end - run.start);
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestEmojiText)
#include "tst_emojitext.moc"
