#include "FileShareCodec.h"
#include "MediaLimits.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Natter;

namespace {

Attachment photo()
{
    Attachment a;
    a.fileName = QStringLiteral("balcony.jpg");
    a.mimeType = QStringLiteral("image/jpeg");
    a.size = 5'242'880;
    a.url = QStringLiteral("https://upload.example.org/slot/balcony.jpg");
    a.description = QStringLiteral("the balcony at night");
    a.width = 4000;
    a.height = 3000;
    a.sha256 = QCryptographicHash::hash("bytes", QCryptographicHash::Sha256);
    a.thumbnail = QByteArray(900, 'j');
    a.thumbnailMimeType = QStringLiteral("image/jpeg");
    return a;
}

// What the receiving client parses: the stanza as XML, through QXmpp's own parser.
QXmppMessage overTheWire(const QXmppMessage &sent)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    sent.toXml(&writer);
    QDomDocument doc;
    doc.setContent(xml, true);
    QXmppMessage received;
    received.parse(doc.documentElement());
    return received;
}

QXmppMessage fromXml(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    QXmppMessage message;
    message.parse(doc.documentElement());
    return message;
}

} // namespace

class TestFileShareCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void otherClientsSeeTheLink();
    void wellFormedWithoutCaption();
    void bareOutOfBandUrlIsAFile();
    void hostileDeclarationsAreRefused();
    void onlyHttpSources();
    void bodyWithWordsIsKept();
};

void TestFileShareCodec::roundTrip()
{
    QXmppMessage sent;
    FileShareCodec::write(sent, { photo() });
    const QList<Attachment> read = FileShareCodec::read(overTheWire(sent));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first(), photo());
}

void TestFileShareCodec::wellFormedWithoutCaption()
{
    Attachment a = photo();
    a.description.clear();
    a.thumbnail.clear();
    QXmppMessage sent;
    FileShareCodec::write(sent, { a });
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    sent.toXml(&writer);
    // A server parses strictly: a repeated attribute ends the stream.
    // (Qt's readers accept a repeated xmlns; count the declarations of each element instead.)
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto declarations = reader.namespaceDeclarations();
        const auto defaults = std::count_if(declarations.begin(), declarations.end(),
            [](const QXmlStreamNamespaceDeclaration &d) { return d.prefix().isEmpty(); });
        QVERIFY2(defaults <= 1, qPrintable(QString::fromUtf8(xml)));
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(FileShareCodec::read(overTheWire(sent)).value(0).sha256, a.sha256);
}

void TestFileShareCodec::otherClientsSeeTheLink()
{
    QXmppMessage sent;
    FileShareCodec::write(sent, { photo() });
    const QXmppMessage received = overTheWire(sent);
    QCOMPARE(received.body(), photo().url);
    QCOMPARE(received.outOfBandUrl(), photo().url);
    QVERIFY(FileShareCodec::bodyIsOnlyUrls(received.body(), FileShareCodec::read(received)));
}

void TestFileShareCodec::bareOutOfBandUrlIsAFile()
{
    const auto message = fromXml(QStringLiteral(
        "<message xmlns='jabber:client' type='chat'><body>https://h.example/x/Cat%20Pic.png</body>"
        "<x xmlns='jabber:x:oob'><url>https://h.example/x/Cat%20Pic.png</url></x></message>"));
    const QList<Attachment> read = FileShareCodec::read(message);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().fileName, QStringLiteral("Cat Pic.png"));
    QCOMPARE(read.first().mimeType, QStringLiteral("image/png"));
    QCOMPARE(read.first().size, 0);
}

void TestFileShareCodec::hostileDeclarationsAreRefused()
{
    // A thumbnail that claims 65535 × 65535, a picture of absurd size and a hash of wrong length.
    Attachment a = photo();
    QXmppMessage sent;
    FileShareCodec::write(sent, { a });
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    sent.toXml(&writer);
    QString text = QString::fromUtf8(xml);
    text.replace(QStringLiteral("width=\"256\""), QString());
    text.replace(QStringLiteral("<thumbnail "),
        QStringLiteral("<thumbnail width=\"65535\" height=\"65535\" "));
    text.replace(
        QStringLiteral("<width>4000</width>"), QStringLiteral("<width>4000000000</width>"));
    text.replace(QStringLiteral("<length>"), QStringLiteral("<length>"));
    const QList<Attachment> read = FileShareCodec::read(fromXml(text));
    QCOMPARE(read.size(), 1);
    QVERIFY(read.first().thumbnail.isEmpty());
    QCOMPARE(read.first().width, 0);
    QCOMPARE(read.first().height, 0);

    // Thumbnail bytes beyond the limit are left out too.
    a.thumbnail = QByteArray(MediaLimits::MaxThumbnailBytes + 1, 'j');
    QXmppMessage big;
    FileShareCodec::write(big, { a });
    QVERIFY(FileShareCodec::read(overTheWire(big)).first().thumbnail.isEmpty());
}

void TestFileShareCodec::onlyHttpSources()
{
    const auto message = fromXml(
        QStringLiteral("<message xmlns='jabber:client' type='chat'><body>look</body>"
                       "<x xmlns='jabber:x:oob'><url>file:///etc/passwd</url></x>"
                       "<x xmlns='jabber:x:oob'><url>ftp://h.example/a.png</url></x></message>"));
    QVERIFY(FileShareCodec::read(message).isEmpty());
}

void TestFileShareCodec::bodyWithWordsIsKept()
{
    QVERIFY(!FileShareCodec::bodyIsOnlyUrls(
        QStringLiteral("look at this ") + photo().url, { photo() }));
    QVERIFY(!FileShareCodec::bodyIsOnlyUrls(QStringLiteral("hello"), {}));
}

QTEST_GUILESS_MAIN(TestFileShareCodec)
#include "tst_filesharecodec.moc"
