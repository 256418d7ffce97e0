#include "XmppUri.h"

#include <QTest>

using Natter::XmppUri;

class TestXmppUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareAddressOpensChat()
    {
        const auto uri = XmppUri::parse(QStringLiteral("xmpp:alice@example.org"));
        QVERIFY(uri);
        QCOMPARE(uri->jid().bare(), QStringLiteral("alice@example.org"));
        QVERIFY(uri->action().isEmpty());
        QVERIFY(uri->parameters().isEmpty());
        QVERIFY(!uri->account().isValid());
    }

    void messageActionWithParameters()
    {
        const auto uri = XmppUri::parse(
            QStringLiteral("xmpp:alice@example.org?message;subject=Lunch;body=Hi%20there%21"));
        QVERIFY(uri);
        QCOMPARE(uri->action(), QStringLiteral("message"));
        QCOMPARE(uri->value(QStringLiteral("subject")), QStringLiteral("Lunch"));
        QCOMPARE(uri->value(QStringLiteral("body")), QStringLiteral("Hi there!"));
        QVERIFY(uri->value(QStringLiteral("thread")).isEmpty());
        QCOMPARE(uri->parameters().size(), 2);
    }

    void rosterActionWithNameAndGroup()
    {
        const auto uri = XmppUri::parse(
            QStringLiteral("xmpp:bob@example.org?roster;name=Bob%20B.;group=Friends"));
        QVERIFY(uri);
        QCOMPARE(uri->action(), QStringLiteral("roster"));
        QCOMPARE(uri->value(QStringLiteral("name")), QStringLiteral("Bob B."));
        QCOMPARE(uri->value(QStringLiteral("group")), QStringLiteral("Friends"));
    }

    void decodesUtf8AndKeepsPlus()
    {
        // RFC 5122 example: the node "nasty!#$%()*+,-./:;<=>?@[\]^_`{|}~node" needs escapes;
        // here a simpler non-ASCII node and a '+' that must stay a '+', not become a space.
        const auto uri
            = XmppUri::parse(QStringLiteral("xmpp:j%C3%BCrgen@example.org?message;body=1+1"));
        QVERIFY(uri);
        QCOMPARE(uri->jid().node(), QStringLiteral("j\u00fcrgen"));
        QCOMPARE(uri->value(QStringLiteral("body")), QStringLiteral("1+1"));
    }

    void schemeIsCaseInsensitiveAndFragmentIgnored()
    {
        const auto uri = XmppUri::parse(QStringLiteral(" XMPP:Alice@Example.org?message#top "));
        QVERIFY(uri);
        QCOMPARE(uri->jid().bare(), QStringLiteral("alice@example.org"));
        QCOMPARE(uri->action(), QStringLiteral("message"));
    }

    void resourceAndAuthority()
    {
        const auto uri = XmppUri::parse(
            QStringLiteral("xmpp://guest@example.com/support@example.com/desk%2F1?message"));
        QVERIFY(uri);
        QCOMPARE(uri->account().bare(), QStringLiteral("guest@example.com"));
        QCOMPARE(uri->jid().bare(), QStringLiteral("support@example.com"));
        QCOMPARE(uri->jid().resource(), QStringLiteral("desk/1"));
    }

    void joinActionForRooms()
    {
        const auto uri = XmppUri::parse(QStringLiteral("xmpp:lounge@conference.example.org?join"));
        QVERIFY(uri);
        QCOMPARE(uri->action(), QStringLiteral("join"));
    }

    void roundTripsThroughCanonicalForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bare") << QStringLiteral("xmpp:alice@example.org");
        QTest::newRow("domain") << QStringLiteral("xmpp:example.org");
        QTest::newRow("message") << QStringLiteral(
            "xmpp:alice@example.org?message;body=a;subject=b%3Dc");
        QTest::newRow("unicode") << QStringLiteral("xmpp:j%C3%BCrgen@example.org/%E2%9C%93");
        QTest::newRow("authority")
            << QStringLiteral("xmpp://me@example.org/you@example.org?roster");
    }

    void roundTripsThroughCanonicalForm()
    {
        QFETCH(QString, text);
        const auto uri = XmppUri::parse(text);
        QVERIFY(uri);
        const auto again = XmppUri::parse(uri->toString());
        QVERIFY2(again, qPrintable(uri->toString()));
        QCOMPARE(*again, *uri);
    }

    void canonicalFormEscapesReservedCharacters()
    {
        const auto uri
            = XmppUri::parse(QStringLiteral("xmpp:alice@example.org?message;body=a%3Bb"));
        QVERIFY(uri);
        QCOMPARE(uri->value(QStringLiteral("body")), QStringLiteral("a;b"));
        QCOMPARE(uri->toString(), QStringLiteral("xmpp:alice@example.org?message;body=a%3Bb"));
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("mailto:alice@example.org");
        QTest::newRow("no scheme") << QStringLiteral("alice@example.org");
        QTest::newRow("no address") << QStringLiteral("xmpp:");
        QTest::newRow("only query") << QStringLiteral("xmpp:?message");
        QTest::newRow("raw space") << QStringLiteral("xmpp:alice@example.org?message;body=a b");
        QTest::newRow("short escape") << QStringLiteral("xmpp:alice@example.org?message;body=%4");
        QTest::newRow("bad escape") << QStringLiteral("xmpp:al%zzice@example.org");
        QTest::newRow("not utf-8") << QStringLiteral("xmpp:al%FFice@example.org");
        QTest::newRow("invalid jid") << QStringLiteral("xmpp:alice@@example.org");
        QTest::newRow("escaped at") << QStringLiteral("xmpp:a%40b@example.org");
        QTest::newRow("account only") << QStringLiteral("xmpp://guest@example.com");
        QTest::newRow("bad account") << QStringLiteral("xmpp://@example.com/bob@example.com");
        QTest::newRow("params, no action") << QStringLiteral("xmpp:a@example.org?;body=x");
        QTest::newRow("action with =") << QStringLiteral("xmpp:a@example.org?body=x");
        QTest::newRow("pair without =") << QStringLiteral("xmpp:a@example.org?message;body");
        QTest::newRow("empty key") << QStringLiteral("xmpp:a@example.org?message;=x");
    }

    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!XmppUri::parse(text, &error));
        QVERIFY2(!error.isEmpty(), "every rejection explains itself");
    }
};

QTEST_GUILESS_MAIN(TestXmppUri)
#include "tst_xmppuri.moc"
