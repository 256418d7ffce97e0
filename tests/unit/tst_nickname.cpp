// A nick is untrusted input from the network: plain, one line, short, and never rich text.
#include "Contact.h"
#include "Nickname.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestNickname : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Ada"_s << u"Ada"_s;
        QTest::newRow("emoji kept") << u"Ada ✨"_s << u"Ada ✨"_s;
        QTest::newRow("zwj sequence kept") << u"👩‍💻 Ada"_s << u"👩‍💻 Ada"_s;
        QTest::newRow("trimmed") << u"  Ada  "_s << u"Ada"_s;
        QTest::newRow("whitespace folded") << u"Ada\n\tLovelace"_s << u"Ada Lovelace"_s;
        QTest::newRow("controls dropped") << u"A\u0001d\u0007a\u001B[31m"_s << u"Ada[31m"_s;
        QTest::newRow("nul dropped") << QString(u"Ad\0a"_s) << u"Ada"_s;
        QTest::newRow("bidi override dropped") << u"Ada\u202Egnp.exe"_s << u"Adagnp.exe"_s;
        QTest::newRow("isolates dropped") << u"\u2067Ada\u2069"_s << u"Ada"_s;
        QTest::newRow("markup is text") << u"<b>x</b>"_s << u"<b>x</b>"_s;
        QTest::newRow("only controls") << u"\u0001\u0002 \n"_s << QString();
        QTest::newRow("lone surrogate dropped") << (u"Ada"_s + QChar(0xD800)) << u"Ada"_s;
    }
    void sanitizes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(Nickname::sanitized(raw), expected);
    }

    void capsLengthWithoutSplittingCharacters()
    {
        const QString huge = QString(10 * 1024, u'x');
        QCOMPARE(Nickname::sanitized(huge).size(), Nickname::MaxLength);

        // 100 emoji outside the BMP: cut at 64 code points, each still a whole surrogate pair.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += u"😀"_s;
        const QString capped = Nickname::sanitized(emoji);
        QCOMPARE(capped.toUcs4().size(), Nickname::MaxLength);
        QCOMPARE(capped, emoji.left(2 * Nickname::MaxLength));

        // A space at the cut is not left dangling at the end.
        const QString spaced = QString(Nickname::MaxLength - 1, u'a') + u" b"_s;
        QCOMPARE(Nickname::sanitized(spaced), QString(Nickname::MaxLength - 1, u'a'));
    }

    void displayNamePrefersRosterThenNick()
    {
        Contact contact;
        contact.jid = u"ada@example.org"_s;
        QCOMPARE(contact.displayName(), u"ada"_s);
        contact.nick = u"Ada ✨"_s;
        QCOMPARE(contact.displayName(), u"Ada ✨"_s);
        contact.name = u"Countess"_s;
        QCOMPARE(contact.displayName(), u"Countess"_s);
        contact.name = u"   "_s;
        QCOMPARE(contact.displayName(), u"Ada ✨"_s);
    }

    void mergeLearnedKeepsWhatARosterUpdateLacks()
    {
        Contact old;
        old.lastSeenMs = 5;
        old.avatarHash = u"abc"_s;
        old.nick = u"Ada"_s;
        Contact pushed;
        pushed.name = u"New name"_s;
        pushed.mergeLearned(old);
        QCOMPARE(pushed.lastSeenMs, qint64(5));
        QCOMPARE(pushed.avatarHash, u"abc"_s);
        QCOMPARE(pushed.nick, u"Ada"_s);
        QCOMPARE(pushed.name, u"New name"_s);
    }
};

QTEST_GUILESS_MAIN(TestNickname)
#include "tst_nickname.moc"
