// UrlPolicy with plain values: schemes, triggers, own upload host, and every address range a
// message must not make Natter reach.
#include "UrlPolicy.h"

#include <QTest>

using namespace Natter;

namespace {
FetchContext automatic(bool inRoster = false)
{
    FetchContext context;
    context.ownUploadHosts = { QStringLiteral("upload.example.org") };
    context.senderInRoster = inRoster;
    return context;
}

FetchContext clicked()
{
    FetchContext context = automatic();
    context.userInitiated = true;
    return context;
}

QList<QHostAddress> addresses(const QString &address)
{
    return { QHostAddress(address) };
}
} // namespace

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyHttpAndHttps()
    {
        for (const char *url : { "ftp://upload.example.org/a", "file:///etc/passwd",
                 "data:text/plain,hi", "gopher://upload.example.org/", "javascript:alert(1)" }) {
            const auto decision = UrlPolicy::allowUrl(QUrl(QLatin1String(url)), clicked());
            QVERIFY2(!decision.allowed, url);
            QVERIFY(!decision.reason.isEmpty());
        }
        QVERIFY(UrlPolicy::allowUrl(QUrl(QStringLiteral("https://files.example.com/a")), clicked())
                    .allowed);
    }

    void plainHttpOnlyFromOwnUploadHost()
    {
        QVERIFY(
            UrlPolicy::allowUrl(QUrl(QStringLiteral("http://upload.example.org/a")), automatic())
                .allowed);
        QVERIFY(
            UrlPolicy::allowUrl(QUrl(QStringLiteral("http://UPLOAD.example.org./a")), automatic())
                .allowed);
        QVERIFY(!UrlPolicy::allowUrl(QUrl(QStringLiteral("http://files.example.com/a")), clicked())
                     .allowed);
        QVERIFY(!UrlPolicy::allowUrl(
            QUrl(QStringLiteral("http://evil.upload.example.org/a")), automatic(true))
                     .allowed);
    }

    void automaticFetchNeedsOwnHostOrRosterOverHttps()
    {
        const QUrl foreign(QStringLiteral("https://files.example.com/a.jpg"));
        QVERIFY(!UrlPolicy::allowUrl(foreign, automatic(false)).allowed);
        QVERIFY(UrlPolicy::allowUrl(foreign, automatic(true)).allowed);
        QVERIFY(UrlPolicy::allowUrl(foreign, clicked()).allowed);
        QVERIFY(UrlPolicy::allowUrl(
            QUrl(QStringLiteral("https://upload.example.org/a")), automatic(false))
                    .allowed);
    }

    void privateAddresses_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *address : { "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1",
                 "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.254",
                 "169.254.169.254", "0.0.0.0", "224.0.0.1", "239.255.255.250", "255.255.255.255",
                 "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1",
                 "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "::127.0.0.1" })
            QTest::newRow(address) << QString::fromLatin1(address);
    }

    void privateAddresses()
    {
        QFETCH(QString, address);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QVERIFY(!UrlPolicy::isPublic(parsed));
        const QUrl byName(QStringLiteral("https://files.example.com/a"));
        QVERIFY(!UrlPolicy::allowAddresses(byName, addresses(address), clicked()).allowed);
        QUrl literal(QStringLiteral("https://x/a"));
        literal.setHost(address);
        QVERIFY2(!UrlPolicy::allowUrl(literal, clicked()).allowed, qPrintable(literal.toString()));
    }

    void publicAddresses_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *address :
            { "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1",
                "11.0.0.1", "2606:2800:220:1::1", "::ffff:93.184.216.34", "64:ff9b::5db8:d822" })
            QTest::newRow(address) << QString::fromLatin1(address);
    }

    void publicAddresses()
    {
        QFETCH(QString, address);
        QVERIFY(UrlPolicy::isPublic(QHostAddress(address)));
        const QUrl url(QStringLiteral("https://files.example.com/a"));
        QVERIFY(UrlPolicy::allowAddresses(url, addresses(address), clicked()).allowed);
    }

    void everyResolvedAddressCounts()
    {
        const QUrl url(QStringLiteral("https://files.example.com/a"));
        const QList<QHostAddress> mixed { QHostAddress(QStringLiteral("93.184.216.34")),
            QHostAddress(QStringLiteral("192.168.0.10")) };
        QVERIFY(!UrlPolicy::allowAddresses(url, mixed, clicked()).allowed);
        const auto none = UrlPolicy::allowAddresses(url, {}, clicked());
        QVERIFY(!none.allowed);
        QVERIFY(none.reason.contains(QStringLiteral("files.example.com")));
    }

    void ownUploadHostMayBeLocal()
    {
        // A self-hosted server on the LAN (or the test fixture on loopback) is the account's own.
        const QUrl own(QStringLiteral("https://upload.example.org:5443/upload/a"));
        QVERIFY(
            UrlPolicy::allowAddresses(own, addresses(QStringLiteral("192.168.1.5")), automatic())
                .allowed);
        FetchContext loopback = automatic();
        loopback.ownUploadHosts = { QStringLiteral("127.0.0.1") };
        QVERIFY(
            UrlPolicy::allowUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/a")), loopback).allowed);
        QVERIFY(!UrlPolicy::allowUrl(QUrl(QStringLiteral("http://127.0.0.2:8080/a")), loopback)
                     .allowed);
    }

    void invalidUrlsAreRefused()
    {
        QVERIFY(!UrlPolicy::allowUrl(QUrl(), clicked()).allowed);
        QVERIFY(!UrlPolicy::allowUrl(QUrl(QStringLiteral("https:///nohost")), clicked()).allowed);
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
