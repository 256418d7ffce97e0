// The forwarded mark as the stanza carries it: ours is read back, a look-alike in another
// namespace is not, and a message without it is a plain message.
#include "ForwardCodec.h"
#include "MessageSync.h"

#include <QBuffer>
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Natter;

namespace {
QXmppMessage parse(const QString &xml)
{
    static QDomDocument doc; // keeps the elements alive for the message's extensions
    doc.setContent(xml, true);
    QXmppMessage stanza;
    stanza.parse(doc.documentElement());
    return stanza;
}

QString wrap(const QString &inner)
{
    return QStringLiteral("<message xmlns='jabber:client' from='juliet@example.org/phone' "
                          "to='romeo@example.org' type='chat' id='m1'><body>hi</body>%1</message>")
        .arg(inner);
}

QString serialize(const QXmppMessage &stanza)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&buffer);
    stanza.toXml(&writer);
    return QString::fromUtf8(buffer.data());
}
} // namespace

class TestForwardCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheMark()
    {
        const QXmppMessage stanza
            = parse(wrap(QStringLiteral("<forwarded xmlns='urn:natter:forwarded:0'/>")));
        QVERIFY(ForwardCodec::read(stanza));
        const Message message = messageFromStanza(stanza, QStringLiteral("romeo@example.org"));
        QVERIFY(message.forwarded);
        QCOMPARE(message.body, QStringLiteral("hi"));
    }

    void aPlainMessageIsNotForwarded()
    {
        const QXmppMessage stanza = parse(wrap({}));
        QVERIFY(!ForwardCodec::read(stanza));
        QVERIFY(!messageFromStanza(stanza, QStringLiteral("romeo@example.org")).forwarded);
    }

    void anotherNamespaceIsNotTheMark()
    {
        // XEP-0297's element has the same name; it wraps a stanza and says nothing of ours.
        QVERIFY(!ForwardCodec::read(
            parse(wrap(QStringLiteral("<forwarded xmlns='urn:xmpp:forward:0'/>")))));
        QVERIFY(!ForwardCodec::read(
            parse(wrap(QStringLiteral("<forwarded xmlns='urn:natter:forwarded:1'/>")))));
        QVERIFY(!ForwardCodec::read(
            parse(wrap(QStringLiteral("<forward xmlns='urn:natter:forwarded:0'/>")))));
    }

    void writesTheMarkOnlyWhenForwarded()
    {
        QXmppMessage plain;
        plain.setBody(QStringLiteral("hi"));
        ForwardCodec::write(plain, false);
        QVERIFY(!serialize(plain).contains(QLatin1String("urn:natter:forwarded:0")));

        QXmppMessage forwarded;
        forwarded.setBody(QStringLiteral("hi"));
        ForwardCodec::write(forwarded, true);
        const QString xml = serialize(forwarded);
        QVERIFY2(xml.contains(QLatin1String("<forwarded xmlns=\"urn:natter:forwarded:0\"/>")),
            qPrintable(xml));
        // The body stays as it is: no quote of anyone, nothing for other clients to misread.
        QVERIFY(xml.contains(QLatin1String("<body>hi</body>")));
        QVERIFY(ForwardCodec::read(parse(xml)));
    }
};

QTEST_GUILESS_MAIN(TestForwardCodec)
#include "tst_forwardcodec.moc"
