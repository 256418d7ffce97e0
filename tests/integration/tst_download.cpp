// Issue 17: downloads never share a file. Files are served by the real ejabberd's HTTPS listener
// (mod_http_upload's docroot): two downloads of one name started together, files already there
// (the user's, another program's part file), a part file changed on disk before the rename, and
// a directory with no free name left.
#include "Download.h"
#include "PinnedNetworkAccess.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 KiB = 1024;

// Random bytes, so a mixed-up or half-written file cannot still match.
QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

DeclaredFile declared(const QByteArray &bytes)
{
    return { bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) };
}

QStringList filesIn(const QTemporaryDir &dir)
{
    QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}
} // namespace

class TestDownload : public QObject
{
    Q_OBJECT

private:
    // Puts bytes where the server's HTTPS listener serves them; returns their URL.
    QUrl serve(const QString &name, const QByteArray &bytes)
    {
        const QString relative = QStringLiteral("%1/%2/%3")
                                     .arg(QFileInfo(m_dir.path()).fileName())
                                     .arg(++m_served)
                                     .arg(name);
        const QString path = m_server.uploadDir() + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(path).path()) || !writeFile(path, bytes))
            return {};
        QUrl url(QStringLiteral("https://%1/upload/%2").arg(m_server.domain(), relative));
        url.setPort(m_server.httpsPort());
        return url;
    }

    // Starts one download and waits for its end: the saved path, or "failed: <text>".
    QString run(Download &get, const QUrl &url, const QString &target, const DeclaredFile &file)
    {
        QSignalSpy finished(&get, &Download::finished);
        QSignalSpy failed(&get, &Download::failed);
        get.start(url, target, file, m_context);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            return QStringLiteral("failed: timed out");
        return finished.isEmpty() ? u"failed: "_s + failed.first().first().toString()
                                  : finished.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_server.httpsPort() != 0);
        QVERIFY(m_dir.isValid());
        m_network = std::make_unique<PinnedNetworkAccess>();
        m_network->setPinnedCertificates({ m_server.certificate() });
        m_network->setOwnHosts({ m_server.domain() });
        m_context.ownUploadHosts = { m_server.domain() };
    }

    void sameNameStartedTogetherGetsTwoFiles_data()
    {
        QTest::addColumn<bool>("sameUrl");
        QTest::newRow("one link twice") << true;
        QTest::newRow("two files of one name") << false;
    }

    void sameNameStartedTogetherGetsTwoFiles()
    {
        QFETCH(bool, sameUrl);
        const QByteArray first = randomBytes(300 * KiB);
        const QByteArray second = sameUrl ? first : randomBytes(200 * KiB);
        const QUrl firstUrl = serve(QStringLiteral("image.jpg"), first);
        const QUrl secondUrl = sameUrl ? firstUrl : serve(QStringLiteral("image.jpg"), second);
        QVERIFY(firstUrl.isValid() && secondUrl.isValid());
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("image.jpg"));

        Download one(m_network.get());
        Download other(m_network.get());
        QSignalSpy oneDone(&one, &Download::finished);
        QSignalSpy oneFailed(&one, &Download::failed);
        QSignalSpy otherDone(&other, &Download::finished);
        QSignalSpy otherFailed(&other, &Download::failed);
        // In the same turn of the event loop, as when two messages arrive in one batch.
        one.start(firstUrl, target, declared(first), m_context);
        other.start(secondUrl, target, declared(second), m_context);
        QTRY_VERIFY_WITH_TIMEOUT((!oneDone.isEmpty() || !oneFailed.isEmpty())
                && (!otherDone.isEmpty() || !otherFailed.isEmpty()),
            60000);
        QVERIFY2(oneFailed.isEmpty(), qPrintable(oneFailed.value(0).value(0).toString()));
        QVERIFY2(otherFailed.isEmpty(), qPrintable(otherFailed.value(0).value(0).toString()));
        QCOMPARE(oneDone.first().first().toString(), target);
        QCOMPARE(
            otherDone.first().first().toString(), dir.filePath(QStringLiteral("image (2).jpg")));
        QVERIFY(contents(target) == first);
        QVERIFY(contents(dir.filePath(QStringLiteral("image (2).jpg"))) == second);
        QCOMPARE(filesIn(dir), QStringList({ u"image (2).jpg"_s, u"image.jpg"_s }));
    }

    void othersFilesAreNeverTouched()
    {
        QTemporaryDir dir;
        // The user's own file, and part files of another program (or an older Natter).
        const QHash<QString, QByteArray> others { { u"report.pdf"_s, "the user's report" },
            { u"report.pdf.part"_s, "someone's part" },
            { u"report (2).pdf.part"_s, "someone else's part" } };
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            QVERIFY(writeFile(dir.filePath(it.key()), it.value()));
        const QString target = dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray bytes = randomBytes(100 * KiB);
        const QUrl url = serve(QStringLiteral("report.pdf"), bytes);

        Download saved(m_network.get());
        QCOMPARE(run(saved, url, target, declared(bytes)),
            dir.filePath(QStringLiteral("report (3).pdf")));
        QVERIFY(contents(dir.filePath(QStringLiteral("report (3).pdf"))) == bytes);

        // A download that fails cleans up only what it created.
        QUrl dead = url;
        dead.setPath(url.path() + QStringLiteral(".gone"));
        Download refused(m_network.get());
        QCOMPARE(run(refused, dead, target, declared(bytes)),
            QStringLiteral("failed: The file is no longer on the server (HTTP 404)."));

        for (auto it = others.cbegin(); it != others.cend(); ++it)
            QCOMPARE(contents(dir.filePath(it.key())), it.value());
        QCOMPARE(filesIn(dir).size(), others.size() + 1);
    }

    void fileChangedOnDiskIsRejected()
    {
        const QByteArray bytes = randomBytes(256 * KiB);
        const QUrl url = serve(QStringLiteral("scan.pdf"), bytes);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("scan.pdf"));
        Download get(m_network.get());
        bool changed = false;
        // Another program writes into the part file as the last byte arrives.
        connect(&get, &Download::progress, &get, [&](qint64 received, qint64 total) {
            QFile part(target + QStringLiteral(".part"));
            if (received == total && part.open(QIODevice::ReadWrite) && part.seek(1000))
                changed = part.write("tampered") == 8;
        });
        const QString result = run(get, url, target, declared(bytes));
        QVERIFY(changed);
        QCOMPARE(result,
            QStringLiteral("failed: The saved file is not the one that was sent (it changed on "
                           "disk), so it was removed."));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void noFreeNameIsExplained()
    {
        QTemporaryDir dir;
        QStringList parts { u"data.bin.part"_s };
        for (int n = 2; n <= Download::MaxNameAttempts; ++n)
            parts.append(QStringLiteral("data (%1).bin.part").arg(n));
        for (const QString &part : std::as_const(parts))
            QVERIFY(writeFile(dir.filePath(part), part.toUtf8()));
        const QByteArray bytes = randomBytes(KiB);
        Download get(m_network.get());
        QCOMPARE(run(get, serve(QStringLiteral("data.bin"), bytes),
                     dir.filePath(QStringLiteral("data.bin")), declared(bytes)),
            QStringLiteral(
                "failed: The file could not be saved: there are too many files named data.bin."));
        parts.sort();
        QCOMPARE(filesIn(dir), parts);
        for (const QString &part : std::as_const(parts))
            QCOMPARE(contents(dir.filePath(part)), part.toUtf8());
    }

private:
    Test::TestServer m_server;
    QTemporaryDir m_dir; // names this run's files on the server
    std::unique_ptr<PinnedNetworkAccess> m_network;
    FetchContext m_context;
    int m_served = 0;
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
