// Message bodies as rich text: XEP-0393 styling, links, caps, and hostile input that must stay
// harmless text. Output is checked through QTextDocument, the renderer the bubbles use.
#include "FindWords.h"
#include "MessageMarkup.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <limits>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
// What a person sees: the document's text plus every anchor and image in it.
struct Rendered
{
    QString plain;
    QStringList hrefs;
    int images = 0;
};

Rendered render(const QString &body, QTextDocument &doc)
{
    doc.setHtml(MessageMarkup::toHtml(body));
    Rendered result { doc.toPlainText(), {}, 0 };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                result.hrefs << format.anchorHref();
            if (format.isImageFormat())
                ++result.images;
        }
    }
    return result;
}

Rendered render(const QString &body)
{
    QTextDocument doc;
    return render(body, doc);
}

// The format of the character at position in the rendered body.
QTextCharFormat formatAt(QTextDocument &doc, int position)
{
    QTextCursor cursor(&doc);
    cursor.setPosition(position + 1);
    return cursor.charFormat();
}

// The fastest of three runs of toHtml: the bounds are about work, not a busy machine's noise.
qint64 bestOfThree(const QString &body, QString *html)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        *html = MessageMarkup::toHtml(body);
        best = qMin(best, timer.elapsed());
    }
    return best;
}

bool allowedScheme(const QString &href)
{
    for (const auto scheme : { "http://"_L1, "https://"_L1, "xmpp:"_L1, "mailto:"_L1 }) {
        if (href.startsWith(scheme))
            return true;
    }
    return false;
}
} // namespace

class TestMessageMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Mentions are highlighted where they are, ours more strongly, and stay escaped text.
    void mentionsAreHighlightedAndEscaped()
    {
        // A zero-width space (removed when shown) before the mentions shifts nothing.
        const QString body = u"\u200B😀 <b>@Bob</b> *hi* @Me"_s;
        const QList<Mention> mentions { Mention { 8, 11, {}, false },
            Mention { 22, 24, {}, true } };
        QTextDocument doc;
        doc.setHtml(MessageMarkup::toHtml(body, mentions));
        const QString plain = doc.toPlainText();
        QCOMPARE(plain, u"😀 <b>@Bob</b> *hi* @Me"_s);
        const int bob = int(plain.indexOf(u"Bob"_s));
        const int me = int(plain.indexOf(u"Me"_s));
        QCOMPARE(formatAt(doc, bob).fontWeight(), 600);
        QVERIFY(formatAt(doc, bob).background().style() == Qt::NoBrush);
        QCOMPARE(formatAt(doc, me).fontWeight(), 700);
        QVERIFY(formatAt(doc, me).background().style() != Qt::NoBrush);
        // Neither the "@" nor the text around the mentions is highlighted.
        QCOMPARE(formatAt(doc, bob - 1).fontWeight(), QFont::Normal);
        QCOMPARE(formatAt(doc, int(plain.indexOf(u"</b>"_s))).fontWeight(), QFont::Normal);
        // Ranges past the end are dropped, never a crash.
        QVERIFY(!MessageMarkup::toHtml(body, { Mention { 20, 400, {}, true } })
                     .contains(u"background"_s));
    }

    // Find in chat (issue 19): the words typed are marked where a word of the text starts with
    // them, ignoring case; the text around and inside stays escaped.
    void findMatchesAreMarkedAndEscaped()
    {
        const QString body = u"<b>Pizza</b> tonight? pizzeria or *PIZZA* & spizza"_s;
        QTextDocument doc;
        doc.setHtml(MessageMarkup::toHtml(body, {}, FindWords::split(u"pizz"_s)));
        const QString plain = doc.toPlainText();
        QCOMPARE(plain, body);
        const int first = int(plain.indexOf(u"Pizza"_s));
        QVERIFY(formatAt(doc, first).background().style() != Qt::NoBrush);
        QCOMPARE(formatAt(doc, first).fontWeight(), 700);
        QVERIFY(
            formatAt(doc, int(plain.indexOf(u"pizzeria"_s))).background().style() != Qt::NoBrush);
        // Inside a styled span too.
        QVERIFY(
            formatAt(doc, int(plain.indexOf(u"PIZZA"_s)) + 1).background().style() != Qt::NoBrush);
        // Not inside a word, and not past the match.
        QVERIFY(
            formatAt(doc, int(plain.indexOf(u"spizza"_s)) + 1).background().style() == Qt::NoBrush);
        QVERIFY(formatAt(doc, first + 4).background().style() == Qt::NoBrush);
        QVERIFY(
            formatAt(doc, int(plain.indexOf(u"tonight"_s))).background().style() == Qt::NoBrush);
        // Markup typed as a find is text too.
        const QString html = MessageMarkup::toHtml(u"a <b> b"_s, {}, { u"<b>"_s });
        QVERIFY(!html.contains(u"<b>"_s));
        // Accents count as little as case, as in the search that found the message.
        doc.setHtml(
            MessageMarkup::toHtml(u"Crème brûlée"_s, {}, FindWords::split(u"creme brulee"_s)));
        QVERIFY(formatAt(doc, 0).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(doc, 8).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(doc, 5).background().style() == Qt::NoBrush);
        QCOMPARE(FindWords::split(u"  lunch, at noon?"_s),
            (QStringList { u"lunch"_s, u"at"_s, u"noon"_s }));
    }

    void findMatchesAndMentionsShareTheText()
    {
        const QString body = u"@Bob said bob"_s;
        QTextDocument doc;
        doc.setHtml(MessageMarkup::toHtml(
            body, { Mention { 1, 4, {}, false } }, FindWords::split(u"bob"_s)));
        QCOMPARE(doc.toPlainText(), body);
        // Where both start at once, the match is what the person looks for now.
        QVERIFY(formatAt(doc, 1).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(doc, 10).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(doc, 6).background().style() == Qt::NoBrush);
        doc.setHtml(MessageMarkup::toHtml(
            body, { Mention { 1, 4, {}, false } }, FindWords::split(u"said"_s)));
        QCOMPARE(formatAt(doc, 1).fontWeight(), 600);
    }

    void typedTextComesBack_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("plain") << u"Hello there"_s;
        QTest::newRow("styled") << u"*bold* _italic_ ~strike~ `code`"_s;
        QTest::newRow("newlines") << u"one\ntwo\n\nfour"_s;
        QTest::newRow("spaces") << u"a   b     c  "_s;
        QTest::newRow("leading spaces") << u"    indented"_s;
        QTest::newRow("code block") << u"```cpp\nint *p = *q;\n  return;\n```\nafter"_s;
        QTest::newRow("quote") << u"> quoted *bold*\n>> nested\nreply"_s;
        QTest::newRow("link") << u"see https://example.org/a_b?c=d&e=f."_s;
        QTest::newRow("img") << u"<img src=x onerror=alert(1)>"_s;
        QTest::newRow("anchor") << u"<a href=javascript:alert(1)>x</a>"_s;
        QTest::newRow("script") << u"<script>alert('x')</script><style>*{}</style>"_s;
        QTest::newRow("entities") << u"&lt; &amp; &#60; &quot; <!-- x -->"_s;
        QTest::newRow("quote in url") << u"http://a/\"onmouseover=alert(1) x"_s;
        QTest::newRow("attribute break") << u"https://a.example/'><img src=x>"_s;
        QTest::newRow("html tags") << u"</div><div style=\"color:red\"><b>x"_s;
        QTest::newRow("emoji") << u"👨‍👩‍👧 🇩🇪 #️⃣ 👍🏽"_s;
    }

    void typedTextComesBack()
    {
        QFETCH(QString, body);
        const Rendered shown = render(body);
        QCOMPARE(shown.plain, body);
        QCOMPARE(shown.images, 0);
        for (const QString &href : shown.hrefs)
            QVERIFY2(allowedScheme(href), qPrintable(href));
        const QString html = MessageMarkup::toHtml(body);
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<style"_s, Qt::CaseInsensitive));
    }

    void onlyAllowedSchemesLink_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("hrefs");
        QTest::newRow("https") << u"go to https://example.org/path now"_s
                               << QStringList { u"https://example.org/path"_s };
        QTest::newRow("uppercase")
            << u"HTTP://Example.org"_s << QStringList { u"http://example.org"_s };
        QTest::newRow("xmpp") << u"join xmpp:room@muc.example.org?join"_s
                              << QStringList { u"xmpp:room@muc.example.org?join"_s };
        QTest::newRow("mailto") << u"mail mailto:bob@example.org, thanks"_s
                                << QStringList { u"mailto:bob@example.org"_s };
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QStringList();
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << QStringList();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QStringList();
        QTest::newRow("typed anchor")
            << u"<a href=\"javascript:alert(1)\">x</a>"_s << QStringList();
        QTest::newRow("quote ends url")
            << u"http://a/\"onmouseover=alert(1)"_s << QStringList { u"http://a/"_s };
        QTest::newRow("two") << u"https://a.example and https://b.example."_s
                             << QStringList { u"https://a.example"_s, u"https://b.example"_s };
        QTest::newRow("in bold") << u"*https://a.example*"_s
                                 << QStringList { u"https://a.example"_s };
        QTest::newRow("in code") << u"`https://a.example`"_s << QStringList();
        QTest::newRow("idn") << u"https://bücher.example/"_s
                             << QStringList { u"https://xn--bcher-kva.example/"_s };
    }

    void onlyAllowedSchemesLink()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, hrefs);
        const Rendered shown = render(body);
        QCOMPARE(shown.hrefs, hrefs);
        QCOMPARE(shown.plain, body);
    }

    void autoLinksNeedNoConfirmation()
    {
        const QString body = u"https://example.org/a?b=c xmpp:alice@example.org"_s;
        QTextDocument doc;
        render(body, doc);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().isAnchor())
                    QVERIFY(!MessageMarkup::linkNeedsConfirmation(
                        fragment.text(), fragment.charFormat().anchorHref()));
            }
        }
    }

    void styling_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("position"); // of the character whose format is checked
        QTest::addColumn<QString>("styles"); // b(old) i(talic) s(trike) c(ode), all others off
        QTest::newRow("bold") << u"say *hello* now"_s << 5 << u"b"_s;
        QTest::newRow("italic") << u"_hi_"_s << 1 << u"i"_s;
        QTest::newRow("strike") << u"~gone~"_s << 2 << u"s"_s;
        QTest::newRow("code") << u"run `ls -l` here"_s << 6 << u"c"_s;
        QTest::newRow("nested") << u"*_both_*"_s << 3 << u"bi"_s;
        QTest::newRow("no styling in code") << u"`*x*`"_s << 2 << u"c"_s;
        QTest::newRow("code block") << u"```\n*not bold*\n```"_s << 6 << u"c"_s;
        QTest::newRow("block hint") << u"```py\nx\n```"_s << 6 << u"c"_s;
        QTest::newRow("unclosed block") << u"```\n_x_"_s << 5 << u"c"_s;
        QTest::newRow("after block") << u"```\nx\n```\n*y*"_s << 11 << u"b"_s;
        QTest::newRow("quoted bold") << u"> *q*"_s << 3 << u"b"_s;
        QTest::newRow("space after opener") << u"* not*"_s << 3 << QString();
        QTest::newRow("space before closer") << u"*not *"_s << 2 << QString();
        QTest::newRow("across lines") << u"*one\ntwo*"_s << 2 << QString();
        QTest::newRow("empty span") << u"** x"_s << 1 << QString();
        QTest::newRow("inside a word") << u"a*b*c"_s << 2 << QString();
        QTest::newRow("arithmetic") << u"2 * 3 * 4"_s << 4 << QString();
        QTest::newRow("closer glued") << u"*bold*text"_s << 2 << u"b"_s;
        QTest::newRow("first closer wins") << u"*a* b*"_s << 4 << QString();
        QTest::newRow("snake_case") << u"my_var_name"_s << 4 << QString();
        QTest::newRow("underscore url") << u"https://a.example/_x_"_s << 19 << QString();
    }

    void styling()
    {
        QFETCH(QString, body);
        QFETCH(int, position);
        QFETCH(QString, styles);
        QTextDocument doc;
        QCOMPARE(render(body, doc).plain, body);
        const QTextCharFormat format = formatAt(doc, position);
        QCOMPARE(format.fontWeight() >= QFont::Bold, styles.contains(u'b'));
        QCOMPARE(format.fontItalic(), styles.contains(u'i'));
        QCOMPARE(format.fontStrikeOut(), styles.contains(u's'));
        QCOMPARE(
            format.fontFamilies().toStringList().contains(u"monospace"_s), styles.contains(u'c'));
    }

    void markersAndQuotesAreDimmed()
    {
        QTextDocument doc;
        render(u"*b*\n> q"_s, doc);
        const QColor text = formatAt(doc, 1).foreground().color();
        QVERIFY(formatAt(doc, 0).foreground().color() != text); // the opening *
        QVERIFY(formatAt(doc, 6).foreground().color() != text); // the quoted q
    }

    void emojiGetTheColourFont()
    {
        QTextDocument doc;
        QCOMPARE(render(u"hi 😀👍🏽 ❤️ ❤ ok"_s, doc).plain,
            u"hi 😀👍🏽 ❤️ ❤ ok"_s);
        QVERIFY(formatAt(doc, 3).fontFamilies().toStringList().contains(u"Noto Color Emoji"_s));
        QVERIFY(formatAt(doc, 10).fontFamilies().toStringList().contains(u"Noto Color Emoji"_s));
        QVERIFY(!formatAt(doc, 0).fontFamilies().toStringList().contains(u"Noto Color Emoji"_s));
        // ❤ without U+FE0F is text by default.
        QVERIFY(!formatAt(doc, 13).fontFamilies().toStringList().contains(u"Noto Color Emoji"_s));
    }

    void escapesEverything()
    {
        QCOMPARE(MessageMarkup::escaped(u"<a href='x'>&\"</a>"),
            u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_s);
        QVERIFY(MessageMarkup::toHtml(u"&lt;"_s).contains(u"&amp;lt;"_s));
        QCOMPARE(MessageMarkup::toHtml(QString()), QString());
    }

    void longBodiesAreCut()
    {
        const QString body(MessageMarkup::MaxShownLength + 100, u'a');
        const QString shown = MessageMarkup::shownText(body);
        QCOMPARE(shown.size(), MessageMarkup::MaxShownLength + 1);
        QVERIFY(shown.endsWith(u'…'));
        QCOMPARE(render(body).plain, shown);

        // An emoji across the cut is dropped whole, never halved.
        const QString emoji = QString(MessageMarkup::MaxShownLength - 1, u'a') + u"😀😀"_s;
        const QString cut = MessageMarkup::shownText(emoji);
        QCOMPARE(cut, QString(MessageMarkup::MaxShownLength - 1, u'a') + u'…');
        QCOMPARE(MessageMarkup::shownText(QString(MessageMarkup::MaxShownLength, u'a')).size(),
            MessageMarkup::MaxShownLength);
    }

    void combiningFloodIsHarmless()
    {
        const QString body = u'a' + QString(10000, QChar(0x0301)) + u" b"_s;
        QString html;
        const qint64 ms = bestOfThree(body, &html);
        QVERIFY2(ms < 50, qPrintable(u"%1 ms"_s.arg(ms)));
        QVERIFY2(html.size() < 200, qPrintable(QString::number(html.size())));
        const QString expected
            = u'a' + QString(MessageMarkup::MaxMarksPerCharacter, QChar(0x0301)) + u" b"_s;
        QCOMPARE(MessageMarkup::shownText(body), expected);
        QCOMPARE(render(body).plain, expected);

        // Real text with one mark per letter keeps every mark.
        QString accented;
        for (int i = 0; i < 5000; ++i)
            accented += u"e\u0301"_s;
        QCOMPARE(MessageMarkup::shownText(accented), accented);
    }

    // "invoice\u202Efdp.exe" would read "invoiceexe.pdf": the override shows as "‹RLO›".
    void bidiControlsAreShown_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("plain");
        QTest::newRow("override") << u"invoice\u202Efdp.exe"_s << u"invoice‹RLO›fdp.exe"_s;
        QTest::newRow("isolates") << u"a\u2067b\u2069c"_s << u"a‹RLI›b‹PDI›c"_s;
        QTest::newRow("marks") << u"x\u200Ey\u200F\u061Cz"_s << u"x‹LRM›y‹RLM›‹ALM›z"_s;
        QTest::newRow("in bold") << u"*pay\u202Dme*"_s << u"*pay‹LRO›me*"_s;
        QTest::newRow("in a link")
            << u"https://a.example/\u202Efdp.exe"_s << u"https://a.example/‹RLO›fdp.exe"_s;
        QTest::newRow("invisible") << u"pay\u200Bpal\u2060\uFEFF\u2062!"_s << u"paypal!"_s;
    }

    void bidiControlsAreShown()
    {
        QFETCH(QString, body);
        QFETCH(QString, plain);
        const Rendered shown = render(body);
        QCOMPARE(shown.plain, plain);
        for (const QString &href : shown.hrefs)
            QVERIFY2(!href.contains(u"%E2%80%AE"_s), qPrintable(href));
    }

    // Right-to-left scripts and joiners need no control characters and stay as they are.
    void realTextIsUntouched_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("arabic") << u"مرحبا بالعالم، كيف حالك؟"_s;
        QTest::newRow("hebrew") << u"שלום עולם https://example.org"_s;
        QTest::newRow("persian zwnj") << u"می\u200Cخواهم"_s;
        QTest::newRow("emoji zwj")
            << u"👩\u200D💻 👨\u200D👩\u200D👧 🏳️\u200D🌈"_s;
        QTest::newRow("flag tags")
            << u"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"_s;
        QTest::newRow("soft hyphen") << u"Donau\u00ADdampf"_s;
    }

    void realTextIsUntouched()
    {
        QFETCH(QString, body);
        QCOMPARE(MessageMarkup::shownText(body), body);
        QCOMPARE(render(body).plain, body);
        QVERIFY(!MessageMarkup::toHtml(body).contains(u'‹'));
    }

    void pathologicalInputIsFast_data()
    {
        QTest::addColumn<QString>("body");
        const qsizetype n = MessageMarkup::MaxShownLength;
        QTest::newRow("openers") << u"*a _b ~c `d "_s.repeated(n / 12);
        QTest::newRow("closers") << u"a* b_ c~ d` "_s.repeated(n / 12);
        QTest::newRow("quotes") << QString(n, u'>');
        QTest::newRow("links") << u"http://a.example/( "_s.repeated(n / 19);
        QTest::newRow("brackets") << u"http://a.example/"_s + QString(n, u')');
        QTest::newRow("lines") << u"*a*\n"_s.repeated(n / 4);
        QTest::newRow("fences") << u"```\n"_s.repeated(n / 4);
        QTest::newRow("emoji") << u"😀 "_s.repeated(n / 3);
    }

    void pathologicalInputIsFast()
    {
        QFETCH(QString, body);
        QString html;
        // About 15 ms on a quiet machine; anything quadratic in 64 KiB would take seconds.
        const qint64 ms = bestOfThree(body, &html);
        // 1 to 30 ms here with a load of 10 on 2 cores; a quadratic scan of 64 KiB takes seconds.
        QVERIFY2(ms < 250, qPrintable(u"%1 ms"_s.arg(ms)));
        QVERIFY2(html.size() < 40 * body.size(), qPrintable(QString::number(html.size())));
    }
};

QTEST_MAIN(TestMessageMarkup)
#include "tst_messagemarkup.moc"
