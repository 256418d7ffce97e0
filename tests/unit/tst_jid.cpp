#include "Jid.h"

#include <QTest>

using Natter::Jid;

class TestJid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesParts()
    {
        const auto jid = Jid::parse(QStringLiteral(" Alice@Example.ORG/Laptop "));
        QVERIFY(jid);
        QCOMPARE(jid->node(), QStringLiteral("alice"));
        QCOMPARE(jid->domain(), QStringLiteral("example.org"));
        QCOMPARE(jid->resource(), QStringLiteral("Laptop"));
        QCOMPARE(jid->bare(), QStringLiteral("alice@example.org"));
        QCOMPARE(jid->full(), QStringLiteral("alice@example.org/Laptop"));
        QCOMPARE(jid->toBare().full(), QStringLiteral("alice@example.org"));
    }

    void domainOnlyIsValid()
    {
        const auto jid = Jid::parse(QStringLiteral("example.org"));
        QVERIFY(jid);
        QVERIFY(jid->node().isEmpty());
        QCOMPARE(jid->bare(), QStringLiteral("example.org"));
    }

    void resourceMayContainSlashAndAt()
    {
        const auto jid = Jid::parse(QStringLiteral("a@b/c@d/e"));
        QVERIFY(jid);
        QCOMPARE(jid->resource(), QStringLiteral("c@d/e"));
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("no domain") << QStringLiteral("alice@");
        QTest::newRow("empty node") << QStringLiteral("@example.org");
        QTest::newRow("space in node") << QStringLiteral("al ice@example.org");
        QTest::newRow("two ats") << QStringLiteral("a@b@example.org");
        QTest::newRow("empty resource") << QStringLiteral("alice@example.org/");
        QTest::newRow("dot domain") << QStringLiteral("alice@.org");
        QTest::newRow("double dot") << QStringLiteral("alice@example..org");
        QTest::newRow("too long") << QString(1100, u'a') + QStringLiteral("@example.org");
    }

    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!Jid::parse(text, &error));
        QVERIFY2(!error.isEmpty(), "every rejection explains itself");
    }
};

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
