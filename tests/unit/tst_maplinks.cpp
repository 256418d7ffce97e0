#include "GeoUri.h"
#include "MapLinks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestMapLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_root.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        QDir(m_root.path()).removeRecursively();
        QDir().mkpath(m_root.path());
    }

    void noHandlerOpensTheWebMap()
    {
        const auto geo = GeoUri::parse(QStringLiteral("geo:52.5200,13.4050"));
        QVERIFY(!MapLinks::hasGeoHandler(
            { m_root.filePath(u"config"_s) }, { m_root.filePath(u"data"_s) }));
        QCOMPARE(MapLinks::target(*geo, false),
            QStringLiteral(
                "https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.52/13.405"));
    }

    void handlerGetsTheCanonicalGeoUri()
    {
        // Whatever the sender wrote, the desktop gets our own form of it.
        const auto geo = GeoUri::parse(QStringLiteral("geo:52.5200,13.4050;crs=wgs84;u=12;x=y"));
        QCOMPARE(MapLinks::target(*geo, true), QStringLiteral("geo:52.52,13.405;u=12"));
    }

    void mimeinfoCacheNamesAHandler()
    {
        write(u"data/applications/mimeinfo.cache"_s,
            "[MIME Cache]\ntext/html=firefox.desktop;\nx-scheme-handler/geo=gnome-maps.desktop;\n");
        QVERIFY(MapLinks::hasGeoHandler(
            { m_root.filePath(u"config"_s) }, { m_root.filePath(u"data"_s) }));
    }

    void otherSchemesDoNotCount()
    {
        write(u"data/applications/mimeinfo.cache"_s,
            "[MIME Cache]\nx-scheme-handler/geopard=x.desktop;\nx-scheme-handler/geo=\n");
        QVERIFY(!MapLinks::hasGeoHandler({}, { m_root.filePath(u"data"_s) }));
    }

    void userDefaultWins()
    {
        write(u"config/mimeapps.list"_s,
            "[Default Applications]\nx-scheme-handler/geo=marble.desktop\n");
        QVERIFY(MapLinks::hasGeoHandler({ m_root.filePath(u"config"_s) }, {}));
    }

    void userRemovalHidesTheSystemHandler()
    {
        write(u"config/mimeapps.list"_s,
            "[Removed Associations]\nx-scheme-handler/geo=gnome-maps.desktop;\n");
        write(u"data/applications/mimeinfo.cache"_s,
            "[MIME Cache]\nx-scheme-handler/geo=gnome-maps.desktop;\n");
        QVERIFY(!MapLinks::hasGeoHandler(
            { m_root.filePath(u"config"_s) }, { m_root.filePath(u"data"_s) }));
    }
};

QTEST_GUILESS_MAIN(TestMapLinks)
#include "tst_maplinks.moc"
