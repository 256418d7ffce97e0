// Finding links in message text, and deciding when opening one needs a confirmation.
#include "MessageLinks.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestMessageLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown"); // the linked parts of text
        QTest::newRow("none") << u"no links here"_s << QStringList();
        QTest::newRow("sentence end")
            << u"Look: https://example.org."_s << QStringList { u"https://example.org"_s };
        QTest::newRow("question") << u"Seen https://example.org/?q=1?"_s
                                  << QStringList { u"https://example.org/?q=1"_s };
        QTest::newRow("in brackets")
            << u"(see https://example.org/x)"_s << QStringList { u"https://example.org/x"_s };
        QTest::newRow("balanced brackets")
            << u"https://en.wikipedia.org/wiki/Mercury_(planet))."_s
            << QStringList { u"https://en.wikipedia.org/wiki/Mercury_(planet)"_s };
        QTest::newRow("square") << u"[https://example.org/a]"_s
                                << QStringList { u"https://example.org/a"_s };
        QTest::newRow("angle brackets")
            << u"<https://example.org/a>"_s << QStringList { u"https://example.org/a"_s };
        QTest::newRow("glued to a word") << u"xhttp://example.org"_s << QStringList();
        QTest::newRow("scheme only") << u"http:// and https://."_s << QStringList();
        QTest::newRow("xmpp") << u"xmpp:alice@example.org?message;body=hi"_s
                              << QStringList { u"xmpp:alice@example.org?message;body=hi"_s };
        QTest::newRow("bad xmpp") << u"xmpp:@@"_s << QStringList();
        QTest::newRow("mailto") << u"mailto:bob@example.org!"_s
                                << QStringList { u"mailto:bob@example.org"_s };
        QTest::newRow("mailto without address") << u"mailto:nobody"_s << QStringList();
        QTest::newRow("other schemes")
            << u"javascript:alert(1) data:text/html,x file:///etc/passwd ftp://a.example"_s
            << QStringList();
        QTest::newRow("bidi override ends a link")
            << u"https://a.example/\u202Efdp.exe"_s << QStringList { u"https://a.example/"_s };
        QTest::newRow("zero width ends a link")
            << u"https://exa\u200Bmple.org"_s << QStringList { u"https://exa"_s };
        QTest::newRow("quote") << u"http://a/\"onmouseover=alert(1)"_s
                               << QStringList { u"http://a/"_s };
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        QStringList found;
        for (const MessageLinks::Link &link : MessageLinks::find(text))
            found << text.sliced(link.start, link.end - link.start);
        QCOMPARE(found, shown);
    }

    void hrefIsEncoded()
    {
        const QList<MessageLinks::Link> links
            = MessageLinks::find(u"https://аpple.com/a b https://a.example/ü?x=ä"_s);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].href, u"https://xn--pple-43d.com/a"_s);
        QCOMPARE(links[1].href, u"https://a.example/%C3%BC?x=%C3%A4"_s);
    }

    // Across lines (find() takes one line), in order, each target once.
    void targetsOfAMessage()
    {
        QCOMPARE(MessageLinks::targets(u"see https://a.example/x\nand (https://b.example).\n"
                                       u"again https://a.example/x or xmpp:ada@example.org"_s),
            (QStringList {
                u"https://a.example/x"_s, u"https://b.example"_s, u"xmpp:ada@example.org"_s }));
        QVERIFY(MessageLinks::targets(u"no links: javascript:alert(1)"_s).isEmpty());
    }

    void needsConfirmation_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("same") << u"https://example.org/a"_s << u"https://example.org/a"_s << false;
        QTest::newRow("without scheme") << u"example.org"_s << u"https://example.org/x"_s << false;
        QTest::newRow("www") << u"www.example.org"_s << u"https://example.org/"_s << false;
        QTest::newRow("case") << u"HTTPS://EXAMPLE.org"_s << u"https://example.org"_s << false;
        QTest::newRow("idn same") << u"https://bücher.example"_s
                                  << u"https://xn--bcher-kva.example"_s << false;
        QTest::newRow("other host")
            << u"https://bank.example"_s << u"https://evil.example"_s << true;
        QTest::newRow("homograph") << u"https://аpple.com"_s << u"https://apple.com"_s << true;
        QTest::newRow("homograph target")
            << u"https://apple.com"_s << u"https://xn--pple-43d.com"_s << true;
        QTest::newRow("mixed script even when equal")
            << u"https://аpple.com"_s << u"https://xn--pple-43d.com"_s << true;
        // The same address shown as opened, so only the host itself can give it away.
        QTest::newRow("whole-script cyrillic")
            << u"https://аррӏе.com"_s << u"https://xn--80ak6aa92e.com"_s << true;
        QTest::newRow("whole-script cyrillic decoded")
            << u"https://аррӏе.com/login"_s << u"https://аррӏе.com/login"_s << true;
        QTest::newRow("whole-script greek")
            << u"https://ορο.example"_s << u"https://ορο.example"_s << true;
        QTest::newRow("mixed script in a subdomain")
            << u"https://pаypal.example.org"_s << u"https://pаypal.example.org"_s << true;
        QTest::newRow("cyrillic word")
            << u"https://пример.испытание"_s << u"https://пример.испытание"_s << false;
        QTest::newRow("cyrillic label, latin tld")
            << u"https://яндекс.com"_s << u"https://яндекс.com"_s << false;
        QTest::newRow("greek word")
            << u"https://παράδειγμα.δοκιμή"_s << u"https://παράδειγμα.δοκιμή"_s << false;
        QTest::newRow("japanese with latin")
            << u"https://日本語abc.jp"_s << u"https://日本語abc.jp"_s << false;
        QTest::newRow("german") << u"https://müller.example"_s << u"https://müller.example"_s
                                << false;
        QTest::newRow("userinfo") << u"https://bank.example@evil.example"_s
                                  << u"https://bank.example@evil.example"_s << true;
        QTest::newRow("userinfo in shown")
            << u"https://bank.example@evil.example"_s << u"https://evil.example"_s << true;
        QTest::newRow("elided") << u"https://example.org/very/lo…"_s
                                << u"https://example.org/very/long"_s << true;
        QTest::newRow("elided dots")
            << u"https://example.org/..."_s << u"https://example.org/x"_s << true;
        QTest::newRow("not an address") << u"click here"_s << u"https://example.org"_s << true;
        QTest::newRow("a word") << u"here"_s << u"https://example.org"_s << true;
        QTest::newRow("empty") << QString() << u"https://example.org"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << u"file:///etc/passwd"_s << true;
        QTest::newRow("xmpp same")
            << u"xmpp:alice@example.org"_s << u"xmpp:alice@example.org?message"_s << false;
        QTest::newRow("xmpp bare")
            << u"alice@example.org"_s << u"xmpp:alice@example.org"_s << false;
        QTest::newRow("xmpp other")
            << u"alice@example.org"_s << u"xmpp:mallory@example.org"_s << true;
        QTest::newRow("mailto") << u"mailto:bob@example.org"_s << u"mailto:bob@example.org"_s
                                << false;
        QTest::newRow("web shown, xmpp target")
            << u"https://example.org"_s << u"xmpp:alice@example.org"_s << true;
    }

    void needsConfirmation()
    {
        QFETCH(QString, shown);
        QFETCH(QString, href);
        QFETCH(bool, confirm);
        QCOMPARE(MessageLinks::needsConfirmation(shown, href), confirm);
    }
};

QTEST_GUILESS_MAIN(TestMessageLinks)
#include "tst_messagelinks.moc"
