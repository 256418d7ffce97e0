// Adding a contact by what a person types or pastes: JIDs and xmpp: links, and every refusal.
#include "ContactAddress.h"

#include <QTest>

using namespace Natter;

namespace {
const QString Own = QStringLiteral("me@example.org");
}

class TestContactAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("name");
        QTest::newRow("jid") << QStringLiteral("Juliet@Example.org")
                             << QStringLiteral("juliet@example.org") << QString();
        QTest::newRow("spaces") << QStringLiteral("  romeo@example.org ")
                                << QStringLiteral("romeo@example.org") << QString();
        QTest::newRow("resource dropped") << QStringLiteral("romeo@example.org/balcony")
                                          << QStringLiteral("romeo@example.org") << QString();
        QTest::newRow("uri") << QStringLiteral("xmpp:romeo@example.org")
                             << QStringLiteral("romeo@example.org") << QString();
        QTest::newRow("uri roster name")
            << QStringLiteral("xmpp:romeo@example.org?roster;name=Romeo%20M.")
            << QStringLiteral("romeo@example.org") << QStringLiteral("Romeo M.");
        QTest::newRow("uri message") << QStringLiteral("XMPP:romeo@example.org?message;body=hi")
                                     << QStringLiteral("romeo@example.org") << QString();
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, jid);
        QFETCH(QString, name);
        QString error;
        const auto address = ContactAddress::parse(text, Own, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->jid, jid);
        QCOMPARE(address->name, name);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("two ats") << QStringLiteral("a@b@c");
        QTest::newRow("space") << QStringLiteral("not a jid@");
        QTest::newRow("no local part") << QStringLiteral("@example.org");
        QTest::newRow("server only") << QStringLiteral("example.org");
        QTest::newRow("own") << QStringLiteral("ME@example.org");
        QTest::newRow("empty uri") << QStringLiteral("xmpp:");
        QTest::newRow("bad escape") << QStringLiteral("xmpp:%ZZ@example.org");
        QTest::newRow("other scheme") << QStringLiteral("mailto:romeo@example.org");
        QTest::newRow("huge") << QString(5000, u'a') + QStringLiteral("@example.org");
    }

    void refused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ContactAddress::parse(text, Own, &error));
        QVERIFY2(!error.isEmpty(), "a refusal always says why");
    }
};

QTEST_GUILESS_MAIN(TestContactAddress)
#include "tst_contactaddress.moc"
