#include "ReplyCodec.h"

#include <QBuffer>
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Natter;

namespace {

QXmppMessage parse(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    QXmppMessage stanza;
    stanza.parse(doc.documentElement());
    return stanza;
}

// A reply as Conversations and the XEP's example send it, with fallback ranges given.
QString replyXml(const QString &body, const QString &fallback)
{
    return QStringLiteral("<message xmlns='jabber:client' type='chat' from='bob@example.org/a' "
                          "to='alice@example.org' id='r1'><body>%1</body>"
                          "<reply xmlns='urn:xmpp:reply:0' to='alice@example.org' id='orig-1'/>"
                          "%2</message>")
        .arg(body.toHtmlEscaped(), fallback);
}

QString fallbackXml(const QString &ranges, const QString &ns = QStringLiteral("urn:xmpp:reply:0"))
{
    return QStringLiteral("<fallback xmlns='urn:xmpp:fallback:0' for='%1'>%2</fallback>")
        .arg(ns, ranges);
}

QString fallbackXml(const char *ranges)
{
    return fallbackXml(QString::fromLatin1(ranges));
}

Message read(const QString &xml)
{
    const QXmppMessage stanza = parse(xml);
    Message m;
    m.body = stanza.body();
    ReplyCodec::read(stanza, m);
    return m;
}

QXmppMessage overTheWire(const QXmppMessage &sent)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    sent.toXml(&writer);
    return parse(QString::fromUtf8(xml));
}

} // namespace

class TestReplyCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsReferenceAndHidesQuote();
    void keepsBodyWithoutFallback();
    void ignoresOtherFallbacks();
    void hostileRanges_data();
    void hostileRanges();
    void countsCodePoints();
    void writesQuoteAndMarker();
    void shiftsMentions();
    void noReplyIsUntouched();
    void refusesOversizedReference();
};

void TestReplyCodec::readsReferenceAndHidesQuote()
{
    const QString body = QStringLiteral("> Alice: lunch at noon?\nYes, see you there");
    const Message m = read(replyXml(body, fallbackXml("<body start='0' end='24'/>")));
    QCOMPARE(m.replyRef, QStringLiteral("orig-1"));
    QCOMPARE(m.replyAuthor, QStringLiteral("alice@example.org"));
    QCOMPARE(m.body, QStringLiteral("Yes, see you there"));
}

void TestReplyCodec::keepsBodyWithoutFallback()
{
    const QString body = QStringLiteral("> Alice: lunch at noon?\nYes");
    const Message m = read(replyXml(body, {}));
    QCOMPARE(m.replyRef, QStringLiteral("orig-1"));
    QCOMPARE(m.body, body);
}

void TestReplyCodec::ignoresOtherFallbacks()
{
    const QString body = QStringLiteral("hello there");
    const Message m = read(replyXml(body,
        fallbackXml(
            QStringLiteral("<body start='0' end='6'/>"), QStringLiteral("urn:xmpp:reactions:0"))));
    QCOMPARE(m.body, body);
}

void TestReplyCodec::hostileRanges_data()
{
    QTest::addColumn<QString>("ranges");
    QTest::addColumn<QString>("expected");
    const QString body = QStringLiteral("> q\nanswer"); // 10 code points
    QTest::newRow("end past the body") << "<body start='4' end='4000000000'/>"
                                       << "> q\n";
    QTest::newRow("start past the body") << "<body start='99' end='120'/>" << body;
    QTest::newRow("start after end") << "<body start='6' end='2'/>" << body;
    QTest::newRow("empty range") << "<body start='3' end='3'/>" << body;
    // A range that is not two numbers reads as none, which XEP-0428 makes the whole body: the
    // sender hides only its own text.
    QTest::newRow("negative start") << "<body start='-5' end='4'/>"
                                    << "";
    QTest::newRow("not numbers") << "<body start='x' end='y'/>"
                                 << "";
    QTest::newRow("overlapping") << "<body start='0' end='6'/><body start='2' end='8'/>"
                                 << "er";
    QTest::newRow("no range: whole body") << "<body/>"
                                          << "";
    QTest::newRow("many ranges") << QStringLiteral("<body start='0' end='1'/>").repeated(50)
                                 << " q\nanswer";
}

void TestReplyCodec::hostileRanges()
{
    QFETCH(QString, ranges);
    QFETCH(QString, expected);
    const Message m = read(replyXml(QStringLiteral("> q\nanswer"), fallbackXml(ranges)));
    QCOMPARE(m.body, expected);
}

void TestReplyCodec::countsCodePoints()
{
    // XEP-0426 counts code points: the emoji before the cut is one, not two UTF-16 units.
    const QString body = QStringLiteral("> 😀 hi\nok");
    const Message m = read(replyXml(body, fallbackXml("<body start='0' end='7'/>")));
    QCOMPARE(m.body, QStringLiteral("ok"));
    QCOMPARE(ReplyCodec::withoutRange(QStringLiteral("a😀b"), 1, 2), QStringLiteral("ab"));
}

void TestReplyCodec::writesQuoteAndMarker()
{
    Message m;
    m.body = QStringLiteral("Yes 😀");
    m.replyRef = QStringLiteral("orig-1");
    m.replyAuthor = QStringLiteral("alice@example.org");
    m.replyQuote = QStringLiteral("> Alice: lunch 😀?\n");
    QXmppMessage stanza;
    ReplyCodec::write(stanza, m);
    const QXmppMessage received = overTheWire(stanza);
    QCOMPARE(received.body(), m.replyQuote + m.body);
    QVERIFY(received.reply());
    QCOMPARE(received.reply()->id, QStringLiteral("orig-1"));
    QCOMPARE(received.reply()->to, QStringLiteral("alice@example.org"));
    QCOMPARE(received.fallbackMarkers().size(), 1);
    const auto range = received.fallbackMarkers().first().references().first().range;
    QVERIFY(range);
    QCOMPARE(range->start, 0u);
    QCOMPARE(range->end, 18u); // code points of the quote, the emoji counting once
    Message back;
    back.body = received.body();
    ReplyCodec::read(received, back);
    QCOMPARE(back.body, m.body);
}

void TestReplyCodec::shiftsMentions()
{
    const QString xml = replyXml(
        QStringLiteral("> @bob: hi\n@carol yes"), fallbackXml("<body start='0' end='11'/>"));
    const QXmppMessage stanza = parse(xml);
    Mention inQuote;
    inQuote.begin = 2;
    inQuote.end = 6;
    Mention inReply;
    inReply.begin = 11;
    inReply.end = 17;
    const QList<Mention> shifted = ReplyCodec::shifted(QList<Mention> { inQuote, inReply }, stanza);
    QCOMPARE(shifted.size(), 1);
    QCOMPARE(shifted.first().begin, 0);
    QCOMPARE(shifted.first().end, 6);

    Message ours;
    ours.replyRef = QStringLiteral("x");
    ours.replyQuote = QStringLiteral("> a: b\n");
    const QList<Mention> out = ReplyCodec::shifted(QList<Mention> { inQuote }, ours);
    QCOMPARE(out.first().begin, 2 + 7);
}

void TestReplyCodec::noReplyIsUntouched()
{
    const QString xml = QStringLiteral(
        "<message xmlns='jabber:client' type='chat' id='x'><body>&gt; quoted\nplain</body>"
        "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
        "<body start='0' end='9'/></fallback></message>");
    const Message m = read(xml);
    QVERIFY(m.replyRef.isEmpty());
    QCOMPARE(m.body, QStringLiteral("> quoted\nplain"));
    Message plain;
    plain.body = QStringLiteral("hi");
    QXmppMessage stanza;
    ReplyCodec::write(stanza, plain);
    QCOMPARE(stanza.body(), QStringLiteral("hi"));
    QVERIFY(!stanza.reply());
    QVERIFY(stanza.fallbackMarkers().isEmpty());
}

void TestReplyCodec::refusesOversizedReference()
{
    const QString xml = QStringLiteral(
        "<message xmlns='jabber:client' type='chat' id='x'><body>&gt; q\nanswer</body>"
        "<reply xmlns='urn:xmpp:reply:0' id='%1'/>"
        "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
        "<body start='0' end='4'/></fallback></message>")
                            .arg(QString(ReplyCodec::MaxRefLength + 1, u'a'));
    const Message m = read(xml);
    QVERIFY(m.replyRef.isEmpty());
    QCOMPARE(m.body, QStringLiteral("> q\nanswer"));
}

QTEST_GUILESS_MAIN(TestReplyCodec)
#include "tst_replycodec.moc"
