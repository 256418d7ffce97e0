#include "GeoUri.h"

#include <QTest>

using Natter::GeoUri;

class TestGeoUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationsBody()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:52.5200,13.4050"));
        QVERIFY(geo);
        QCOMPARE(geo->latitude(), 52.52);
        QCOMPARE(geo->longitude(), 13.405);
        QVERIFY(geo->label().isEmpty());
        QVERIFY(!geo->uncertainty());
        QCOMPARE(geo->coordinatesText(), QStringLiteral("52.52° N, 13.40° E"));
        QCOMPARE(geo->toString(), QStringLiteral("geo:52.52,13.405"));
    }

    void southernAndWesternHemispheres()
    {
        const auto geo = GeoUri::parse(QStringLiteral("GEO:-33.8568,-151.2153"));
        QVERIFY(geo);
        QCOMPARE(geo->coordinatesText(), QStringLiteral("33.86° S, 151.22° W"));
    }

    void altitudeCrsAndUncertainty()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:48.2010,16.3695,183;crs=WGS84;u=35"));
        QVERIFY(geo);
        QCOMPARE(geo->uncertainty().value_or(-1), 35.0);
        QCOMPARE(geo->toString(), QStringLiteral("geo:48.201,16.3695;u=35"));
    }

    void otherCoordinateSystemsAreRefused()
    {
        QString error;
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:52.52,13.40;crs=moon-2011"), &error));
        QVERIFY(error.contains(QStringLiteral("WGS-84")));
        // RFC 5870 puts crs first; after u it is a different parameter pretending.
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:52.52,13.40;u=5;crs=wgs84")));
    }

    void badUncertainty_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("negative") << QStringLiteral("geo:1,2;u=-5");
        QTest::newRow("twice") << QStringLiteral("geo:1,2;u=5;u=6");
        QTest::newRow("huge") << QStringLiteral("geo:1,2;u=99999999");
        QTest::newRow("word") << QStringLiteral("geo:1,2;u=far");
        QTest::newRow("empty") << QStringLiteral("geo:1,2;u=");
    }

    void badUncertainty()
    {
        QFETCH(QString, uri);
        QVERIFY(!GeoUri::parse(uri));
    }

    void extraParametersAreIgnoredButBounded()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:1,2;u=3;foo=bar%20baz;flag"));
        QVERIFY(geo);
        QCOMPARE(geo->latitude(), 1.0);
        QString many = QStringLiteral("geo:1,2");
        for (int i = 0; i < 9; ++i)
            many += QStringLiteral(";p%1=1").arg(i);
        QVERIFY(!GeoUri::parse(many));
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:1,2;foo=%zz")));
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:1,2;=3")));
    }

    void hostileNumbers_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("latitude out of range") << QStringLiteral("geo:90.0001,0");
        QTest::newRow("longitude out of range") << QStringLiteral("geo:0,180.5");
        QTest::newRow("huge") << QStringLiteral("geo:1") + QString(400, u'0')
                + QStringLiteral(",2");
        QTest::newRow("exponent") << QStringLiteral("geo:1e1,2");
        QTest::newRow("nan") << QStringLiteral("geo:nan,2");
        QTest::newRow("NaN") << QStringLiteral("geo:NaN,NaN");
        QTest::newRow("inf") << QStringLiteral("geo:inf,2");
        QTest::newRow("plus") << QStringLiteral("geo:+1,2");
        QTest::newRow("hex") << QStringLiteral("geo:0x10,2");
        QTest::newRow("one number") << QStringLiteral("geo:52.52");
        QTest::newRow("four numbers") << QStringLiteral("geo:1,2,3,4");
        QTest::newRow("empty") << QStringLiteral("geo:");
        QTest::newRow("escaped digits") << QStringLiteral("geo:%35%32,13");
        QTest::newRow("too many decimals")
            << QStringLiteral("geo:1.") + QString(40, u'1') + QStringLiteral(",2");
        QTest::newRow("space") << QStringLiteral("geo:52.52, 13.40");
        QTest::newRow("sentence") << QStringLiteral("geo:52.52,13.40 is where we meet");
        QTest::newRow("fragment") << QStringLiteral("geo:52.52,13.40#x");
        QTest::newRow("control") << QStringLiteral("geo:52.52,13.40\u0007");
        QTest::newRow("not geo") << QStringLiteral("geography:1,2");
    }

    void hostileNumbers()
    {
        QFETCH(QString, uri);
        QString error;
        QVERIFY(!GeoUri::parse(uri, &error));
        QVERIFY(!error.isEmpty());
    }

    void lengthIsLimited()
    {
        const QString padded = QStringLiteral("geo:1,2;x=") + QString(GeoUri::MaxLength, u'a');
        QString error;
        QVERIFY(!GeoUri::parse(padded, &error));
        QVERIFY(error.contains(QStringLiteral("too long")));
    }

    void androidLabel()
    {
        const auto geo = GeoUri::parse(
            QStringLiteral("geo:0,0?q=52.5163,13.3777(Brandenburger%20Tor%20%28Mitte%29)&z=16"));
        QVERIFY(geo);
        QCOMPARE(geo->latitude(), 52.5163);
        QCOMPARE(geo->longitude(), 13.3777);
        QCOMPARE(geo->label(), QStringLiteral("Brandenburger Tor (Mitte)"));
    }

    void labelIsPlainAndBounded()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:1,2?q=1,2(%E2%80%AEevil%0A%3Cb%3Ex)"));
        QVERIFY(geo);
        // The direction override and the line break are gone; markup stays characters.
        QCOMPARE(geo->label(), QStringLiteral("evil<b>x"));
        const QString longLabel = QString(GeoUri::MaxLabelLength + 1, u'a');
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:1,2?q=1,2(%1)").arg(longLabel)));
        QVERIFY(!GeoUri::parse(QStringLiteral("geo:1,2?q=1,2(%FF)")));
    }

    void labelRoundTrips()
    {
        const auto typed = GeoUri::fromCoordinates(
            QStringLiteral("52.5163"), QStringLiteral(" 13.3777"), QStringLiteral("Café (Ost)"));
        QVERIFY(typed);
        // An IRI, readable in other clients and by the search index: "+" for a space.
        QCOMPARE(typed->toString(),
            QStringLiteral("geo:52.5163,13.3777?q=52.5163,13.3777(Café+%28Ost%29)"));
        const auto parsed = GeoUri::parse(typed->toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->label(), QStringLiteral("Café (Ost)"));
        QCOMPARE(parsed->latitude(), 52.5163);
        QVERIFY(!typed->toString().contains(u' '));
    }

    void emojiLabelRoundTrips()
    {
        const auto typed = GeoUri::fromCoordinates(
            QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("Pizza 🍕 & more"));
        QVERIFY(typed);
        QCOMPARE(GeoUri::parse(typed->toString())->label(), QStringLiteral("Pizza 🍕 & more"));
        // A joiner inside an emoji sequence is part of it, not a trick: it stays.
        const QString coder = QStringLiteral("Desk 👩\u200D💻");
        const auto joined
            = GeoUri::fromCoordinates(QStringLiteral("1"), QStringLiteral("2"), coder);
        QCOMPARE(GeoUri::parse(joined->toString())->label(), coder);
    }

    void typedCoordinatesAreChecked()
    {
        QString error;
        QVERIFY(!GeoUri::fromCoordinates(QStringLiteral("91"), QStringLiteral("0"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("latitude")));
        QVERIFY(!GeoUri::fromCoordinates(QStringLiteral("0"), QStringLiteral("east"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("longitude")));
        QVERIFY(!GeoUri::fromCoordinates(QStringLiteral("nan"), QStringLiteral("0"), {}));
        QVERIFY(GeoUri::fromCoordinates(QStringLiteral("-90"), QStringLiteral("180"), {}));
    }

    void pastedLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::newRow("geo") << QStringLiteral("geo:52.52,13.405") << 52.52 << 13.405;
        QTest::newRow("osm marker") << QStringLiteral(
            "https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.52/13.405")
                                    << 52.52 << 13.405;
        QTest::newRow("osm map") << QStringLiteral(
            "https://www.openstreetmap.org/#map=17/48.8584/2.2945")
                                 << 48.8584 << 2.2945;
        QTest::newRow("at") << QStringLiteral("https://maps.example/maps/@40.6892,-74.0445,17z")
                            << 40.6892 << -74.0445;
        QTest::newRow("q") << QStringLiteral("https://maps.example/?q=-22.9519,-43.2105")
                           << -22.9519 << -43.2105;
        QTest::newRow("two numbers")
            << QStringLiteral(" 35.6586, 139.7454 ") << 35.6586 << 139.7454;
    }

    void pastedLinks()
    {
        QFETCH(QString, link);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        const auto geo = GeoUri::fromLink(link);
        QVERIFY(geo);
        QCOMPARE(geo->latitude(), latitude);
        QCOMPARE(geo->longitude(), longitude);
    }

    void pastedNonsense()
    {
        QString error;
        QVERIFY(!GeoUri::fromLink(QStringLiteral("https://example.org/hello"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!GeoUri::fromLink(
            QStringLiteral("https://www.openstreetmap.org/?mlat=95&mlon=1"), &error));
        QVERIFY(error.contains(QStringLiteral("range")));
        QVERIFY(!GeoUri::fromLink(QStringLiteral("lunch at noon")));
    }

    void webMapLink()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:52.5200,13.4050"));
        QCOMPARE(geo->webMapLink(),
            QStringLiteral(
                "https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.52/13.405"));
    }
};

QTEST_GUILESS_MAIN(TestGeoUri)
#include "tst_geouri.moc"
