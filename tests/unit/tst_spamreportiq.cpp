// The block that reports spam (XEP-0191 with XEP-0377), as XEP-0377's example 1 writes it.
#include "SpamReportIq.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>

using namespace Natter;

class TestSpamReportIq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheReportInsideTheBlockItem();
    void readsItsOwnStanzaBack();
};

namespace {
QDomElement written(const SpamReportIq &iq, QDomDocument &doc)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    iq.toXml(&writer);
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}
} // namespace

void TestSpamReportIq::writesTheReportInsideTheBlockItem()
{
    SpamReportIq iq(QStringLiteral("spam@example.org"));
    iq.setTo(QStringLiteral("romeo@example.net"));
    QDomDocument doc;
    const QDomElement stanza = written(iq, doc);
    QCOMPARE(stanza.tagName(), QStringLiteral("iq"));
    QCOMPARE(stanza.attribute(QStringLiteral("type")), QStringLiteral("set"));
    const QDomElement block = stanza.firstChildElement(QStringLiteral("block"));
    QCOMPARE(block.namespaceURI(), QStringLiteral("urn:xmpp:blocking"));
    const QDomElement item = block.firstChildElement(QStringLiteral("item"));
    QCOMPARE(item.attribute(QStringLiteral("jid")), QStringLiteral("spam@example.org"));
    QVERIFY(item.nextSiblingElement().isNull());
    const QDomElement report = item.firstChildElement(QStringLiteral("report"));
    QCOMPARE(report.namespaceURI(), QStringLiteral("urn:xmpp:reporting:1"));
    QCOMPARE(report.attribute(QStringLiteral("reason")), QStringLiteral("urn:xmpp:reporting:spam"));
    QVERIFY(report.firstChildElement().isNull());
}

void TestSpamReportIq::readsItsOwnStanzaBack()
{
    QDomDocument doc;
    const QDomElement stanza = written(SpamReportIq(QStringLiteral("spam@example.org")), doc);
    SpamReportIq parsed;
    parsed.parse(stanza);
    QCOMPARE(parsed.jid(), QStringLiteral("spam@example.org"));
}

QTEST_GUILESS_MAIN(TestSpamReportIq)
#include "tst_spamreportiq.moc"
