#include "MessageCard.h"

#include <QTest>

using Natter::MessageCard;
using Kind = Natter::MessageCard::Kind;

class TestMessageCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locationBody()
    {
        const auto card = MessageCard::fromBody(QStringLiteral("geo:52.5200,13.4050\n"));
        QCOMPARE(card.kind(), Kind::Location);
        QCOMPARE(card.accessibleName(), QStringLiteral("Location: 52.52° N, 13.40° E"));
        QCOMPARE(card.previewText(), QStringLiteral("📍 Location"));
    }

    void labelledLocation()
    {
        const auto card = MessageCard::fromBody(QStringLiteral("geo:1,2?q=1,2(Home)"));
        QCOMPARE(card.previewText(), QStringLiteral("📍 Location: Home"));
        QCOMPARE(card.accessibleName(), QStringLiteral("Location: Home, 1.00° N, 2.00° E"));
    }

    void onlyAWholeBodyIsACard_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("sentence") << QStringLiteral("meet me at geo:52.52,13.40");
        QTest::newRow("two") << QStringLiteral("geo:1,2 geo:3,4");
        QTest::newRow("hostile geo") << QStringLiteral("geo:999,13.40");
        QTest::newRow("moon") << QStringLiteral("geo:1,2;crs=moon");
        QTest::newRow("contact in sentence") << QStringLiteral("add xmpp:alice@example.org");
        QTest::newRow("server") << QStringLiteral("xmpp:example.org");
        QTest::newRow("join") << QStringLiteral("xmpp:room@conference.example.org?join");
        QTest::newRow("message") << QStringLiteral("xmpp:alice@example.org?message;body=hi");
        QTest::newRow("resource") << QStringLiteral("xmpp:alice@example.org/phone");
        QTest::newRow("account") << QStringLiteral("xmpp://me@example.org/alice@example.org");
        QTest::newRow("bad jid") << QStringLiteral("xmpp:al ice@example.org");
        QTest::newRow("huge") << QStringLiteral("xmpp:alice@example.org?roster;name=")
                + QString(600, u'a');
        QTest::newRow("plain text") << QStringLiteral("hello");
    }

    void onlyAWholeBodyIsACard()
    {
        QFETCH(QString, body);
        const auto card = MessageCard::fromBody(body);
        QCOMPARE(card.kind(), Kind::None);
        QVERIFY(card.previewText().isEmpty());
    }

    void contactWithName()
    {
        const auto card = MessageCard::fromBody(
            QStringLiteral("xmpp:alice@example.org?roster;name=Alice%20Liddell"));
        QCOMPARE(card.kind(), Kind::Contact);
        QCOMPARE(card.jid(), QStringLiteral("alice@example.org"));
        QCOMPARE(card.name(), QStringLiteral("Alice Liddell"));
        QCOMPARE(card.previewText(), QStringLiteral("👤 Contact: Alice Liddell"));
        QCOMPARE(
            card.accessibleName(), QStringLiteral("Contact: Alice Liddell, alice@example.org"));
    }

    void plainContact()
    {
        const auto card = MessageCard::fromBody(QStringLiteral("xmpp:Bob@Example.org"));
        QCOMPARE(card.kind(), Kind::Contact);
        QVERIFY(card.name().isEmpty());
        QCOMPARE(card.accessibleName(), QStringLiteral("Contact: %1").arg(card.jid()));
    }

    void hostileNameIsPlainOrDropped()
    {
        auto card = MessageCard::fromBody(
            QStringLiteral("xmpp:a@example.org?roster;name=%E2%80%AEx%0A%3Cimg%3E"));
        QCOMPARE(card.name(), QStringLiteral("x<img>"));
        card = MessageCard::fromBody(
            QStringLiteral("xmpp:a@example.org?roster;name=") + QString(100, u'n'));
        QCOMPARE(card.kind(), Kind::Contact);
        QVERIFY(card.name().isEmpty());
    }

    void contactUriRoundTrips()
    {
        const QString uri = MessageCard::contactUri(
            QStringLiteral("alice@example.org"), QStringLiteral("Alice; the \"first\""));
        QCOMPARE(uri.left(37), QStringLiteral("xmpp:alice@example.org?roster;name=Al"));
        const auto card = MessageCard::fromBody(uri);
        QCOMPARE(card.kind(), Kind::Contact);
        QCOMPARE(card.name(), QStringLiteral("Alice; the \"first\""));
        QCOMPARE(MessageCard::contactUri(QStringLiteral("bob@example.org"), {}),
            QStringLiteral("xmpp:bob@example.org"));
        QVERIFY(MessageCard::contactUri(QStringLiteral("example.org"), {}).isEmpty());
        // Names of any script stay readable (an IRI), so other clients and search see them.
        const QString named = MessageCard::contactUri(
            QStringLiteral("jose@example.org"), QStringLiteral("José Núñez"));
        QCOMPARE(named, QStringLiteral("xmpp:jose@example.org?roster;name=José%20Núñez"));
        QCOMPARE(MessageCard::fromBody(named).name(), QStringLiteral("José Núñez"));
        QVERIFY(MessageCard::contactUri(QStringLiteral("not a jid"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageCard)
#include "tst_messagecard.moc"
